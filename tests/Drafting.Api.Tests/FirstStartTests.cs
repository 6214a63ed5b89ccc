using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>
/// What `dotnet run` gives a new database: the sample draft and a sample library of twelve adopted texts, whose
/// paragraphs the draft's agreed-language check already finds.
/// </summary>
public class FirstStartTests
{
    [Fact]
    public async Task The_first_start_imports_the_sample_draft_and_a_library_that_its_paragraphs_are_found_in()
    {
        await using var app = new DraftingApplication();
        app.Settings["Drafting:ImportSample"] = "true";
        using var admin = await app.ClientForAsync("admin", DraftingApplication.AdminPassword);

        var library = await admin.GetFromJsonAsync<JsonElement>("/api/library?limit=100", TestContext.Current.CancellationToken);
        var symbols = library.EnumerateArray().Select(d => d.GetProperty("symbol").GetString()).ToList();
        Assert.Equal(12, symbols.Count);
        Assert.Contains("S/RES/2185 (2014)", symbols);
        Assert.Contains("A/RES/75/127", symbols);

        var draft = (await admin.GetFromJsonAsync<JsonElement>("/api/resolutions", TestContext.Current.CancellationToken)).EnumerateArray().Single();
        var check = await admin.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft.GetProperty("id").GetGuid()}/agreed-language", TestContext.Current.CancellationToken);
        var sources = check.GetProperty("clauses").EnumerateArray()
            .Where(c => c.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object)
            .Select(c => c.GetProperty("source")).ToList();
        Console.WriteLine(string.Join("\n", sources.Select(s => s.GetProperty("label").GetString())));
        Assert.Contains(sources, s => s.GetProperty("symbol").GetString() == "S/RES/2185 (2014)");
    }
}
