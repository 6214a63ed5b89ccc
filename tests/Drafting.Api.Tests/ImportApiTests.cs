using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Drafting.Api.Tests;

public class ImportApiTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", name));

    [Fact]
    public async Task Seed_001_imports_with_its_sponsors_and_counts()
    {
        await using var scenario = await Scenario.CreateAsync();
        var resolution = scenario.Resolution;
        Assert.Equal(44, resolution.GetProperty("sponsors").GetArrayLength());
        Assert.Equal(15, resolution.GetProperty("preambular").GetArrayLength());
        Assert.Equal(15, resolution.GetProperty("operative").GetArrayLength());
        Assert.Equal("2020-03-30", resolution.GetProperty("date").GetString());
        Assert.Equal("penholder", resolution.GetProperty("role").GetString());
        Assert.Equal(15, resolution.GetProperty("operative")[14].GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Multipart_file_upload_imports_seed_000()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Fixture("seed-000-regional-partnerships.md"))), "file", "draft.md" } };
        var response = await client.PostAsync("/api/resolutions/import", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var resolution = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(7, resolution.GetProperty("operative").GetArrayLength());
        Assert.Equal(2, resolution.GetProperty("operative")[3].GetProperty("subparagraphs").GetArrayLength());
        Assert.Contains(resolution.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("line").GetInt32() == 96);
    }

    [Fact]
    public async Task A_second_import_with_the_same_symbol_names_the_draft_the_importer_already_has_and_no_one_elses()
    {
        await using var app = new DraftingApplication();
        using var delegate_ = await app.UserAsync("delegate");
        using var stranger = await app.UserAsync("stranger", "Chile");
        const string draft = "**Symbol:** S/2026/100\n\nThe Security Council,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n";
        async Task<JsonElement> ImportAsync(HttpClient client)
        {
            var response = await client.PostAsync("/api/resolutions/import", new StringContent(draft, Encoding.UTF8, "text/markdown"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var first = await ImportAsync(delegate_);
        Assert.Equal("S/2026/100", first.GetProperty("symbol").GetString());
        Assert.False(NamesAny(first));

        var second = await ImportAsync(delegate_);
        var same = Assert.Single(second.GetProperty("sameSymbol").EnumerateArray());
        Assert.Equal(first.GetProperty("id").GetString(), same.GetProperty("id").GetString());
        Assert.Equal("S/2026/100", same.GetProperty("symbol").GetString());

        // Someone who takes part in neither draft learns nothing of them.
        Assert.False(NamesAny(await ImportAsync(stranger)));
    }

    private static bool NamesAny(JsonElement created) => created.TryGetProperty("sameSymbol", out var same) && same.ValueKind != JsonValueKind.Null;

    [Fact]
    public async Task Bad_import_is_a_400_with_line_numbers()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var huge = "*Recalling* " + new string('x', 30_000) + ",";
        var response = await client.PostAsync("/api/resolutions/import", new StringContent($"The Security Council,\n\n*Noting* it,\n\n{huge}\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Line 5", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, problem.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Exported_markdown_reimports_to_the_same_resolution()
    {
        await using var scenario = await Scenario.CreateAsync();
        var export = await scenario.Penholder.GetAsync(scenario.Path("/export/md"));
        Assert.Equal("text/markdown", export.Content.Headers.ContentType?.MediaType);
        var markdown = await export.Content.ReadAsStringAsync();
        var again = await scenario.Penholder.PostAsync("/api/resolutions/import", new StringContent(markdown, Encoding.UTF8, "text/markdown"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var reimported = await again.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var part in new[] { "preambular", "operative" })
        {
            Assert.Equal(
                scenario.Resolution.GetProperty(part).EnumerateArray().Select(c => (c.GetProperty("opening").GetString(), c.GetProperty("text").GetString())),
                reimported.GetProperty(part).EnumerateArray().Select(c => (c.GetProperty("opening").GetString(), c.GetProperty("text").GetString())));
        }

        Assert.Equal(
            scenario.Resolution.GetProperty("sponsors").EnumerateArray().Select(s => s.GetProperty("name").GetString()),
            reimported.GetProperty("sponsors").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Lint_reports_seed_000_operative_5_commas()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var created = await (await client.PostAsync("/api/resolutions/import", new StringContent(Fixture("seed-000-regional-partnerships.md"), Encoding.UTF8, "text/markdown"))).Content.ReadFromJsonAsync<JsonElement>();
        var op5 = created.GetProperty("operative")[4];
        var findings = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{created.GetProperty("id").GetGuid()}/lint");
        var onOp5 = findings.EnumerateArray().Where(f => f.GetProperty("clauseId").GetString() == op5.GetProperty("id").GetString()).ToList();
        Assert.Contains(onOp5, f => f.GetProperty("code").GetString() == "op-colon");
        Assert.Equal(3, findings.EnumerateArray().Count(f => f.GetProperty("code").GetString() == "sub-punctuation"));
    }
}

/// <summary>Pastes that used to answer 500 answer a 400 that says where.</summary>
public class EmptyParagraphImportApiTests
{
    [Theory]
    [InlineData("1. ")]
    [InlineData("The Security Council,\n\n1. *Decides* to act;\n\n2.")]
    public async Task A_number_without_text_is_a_400_with_its_line(string text)
    {
        await using var app = new DraftingApplication();
        using var admin = await app.AdminAsync();
        var response = await admin.PostAsync("/api/resolutions/import", new StringContent(text, System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("line").GetInt32() > 0);
    }
}
