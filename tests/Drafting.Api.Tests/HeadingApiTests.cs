using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>Headings inside the operative part: in the JSON, stored, moved with their paragraph and copied into revisions.</summary>
public class HeadingApiTests
{
    private const string Sanctions = """
        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations,

        Arms embargo

        1. *Decides* to renew the arms embargo;

        2. *Calls upon* all Member States to inspect vessels;

        Assets freeze

        3. *Decides* to renew the assets freeze;

        4. *Decides* to remain seized of the matter.
        """;

    [Fact]
    public async Task Imported_headings_are_stored_shown_on_their_paragraph_and_kept_in_revisions()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var created = await client.PostAsync("/api/resolutions/import", new StringContent(Sanctions, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}");
        var operative = stored.GetProperty("operative");
        Assert.Equal("Arms embargo", operative[0].GetProperty("heading").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, operative[1].GetProperty("heading").ValueKind);
        Assert.Equal("Assets freeze", operative[2].GetProperty("heading").GetProperty("text").GetString());
        Assert.Equal(3, operative[2].GetProperty("number").GetInt32());
        var headingId = operative[2].GetProperty("heading").GetProperty("id").GetString();

        var published = await client.PostAsJsonAsync($"/api/resolutions/{id}/revisions", new { label = "Zero draft" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var number = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        // Removing the first paragraph takes its heading along; the other heading keeps its id.
        (await client.DeleteAsync($"/api/resolutions/{id}/clauses/{operative[0].GetProperty("id").GetString()}")).EnsureSuccessStatusCode();
        var after = (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}")).GetProperty("operative");
        Assert.Equal(JsonValueKind.Null, after[0].GetProperty("heading").ValueKind);
        Assert.Equal(headingId, after[1].GetProperty("heading").GetProperty("id").GetString());

        var revision = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/revisions/{number}");
        Assert.Equal("Arms embargo", revision.GetProperty("resolution").GetProperty("operative")[0].GetProperty("heading").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_heading_in_the_preamble_is_stored_shown_on_its_preambular_paragraph_and_exported()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        const string text = """
            The Security Council,

            *Recalling* its previous resolutions on Libya,

            Current situation

            *Expressing* grave concern at the situation in Libya,

            1. *Decides* to remain seized of the matter.
            """;
        var created = await client.PostAsync("/api/resolutions/import", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(body.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "preamble-heading");
        var id = body.GetProperty("id").GetString();

        var preambular = (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}")).GetProperty("preambular");
        Assert.False(preambular[0].TryGetProperty("heading", out var none) && none.ValueKind != JsonValueKind.Null);
        Assert.Equal("Current situation", preambular[1].GetProperty("heading").GetProperty("text").GetString());

        var markdown = await client.GetStringAsync($"/api/resolutions/{id}/export/md");
        Assert.Contains("Libya,\n\n### Current situation\n\n*Expressing*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footnotes_are_stored_with_their_clause_and_exported_as_word_footnotes()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var text = "The General Assembly,\n\n*Recalling* the Convention on the Law of the Sea,1\n\n1 United Nations, Treaty Series, vol. 1833, No. 31363.\n\n1. *Decides* to remain seized of the matter.\n";
        var created = await client.PostAsync("/api/resolutions/import", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var preambular = (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}")).GetProperty("preambular")[0];
        Assert.Equal("Recalling the Convention on the Law of the Sea,", preambular.GetProperty("text").GetString());
        var note = preambular.GetProperty("notes")[0];
        Assert.Equal(preambular.GetProperty("text").GetString()!.Length, note.GetProperty("offset").GetInt32());
        Assert.Equal("United Nations, Treaty Series, vol. 1833, No. 31363.", note.GetProperty("text").GetString());

        var docx = await client.GetByteArrayAsync($"/api/resolutions/{id}/export/docx");
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Contains("Treaty Series", document.MainDocumentPart!.FootnotesPart!.Footnotes!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_footnoted_clause_live_or_by_rest_keeps_each_marker_after_its_word_in_storage_and_exports()
    {
        await using var app = DraftingApplication.OnLoopback();
        using var client = await app.UserAsync("delegate");
        var text = "The General Assembly,\n\n*Recalling* the Convention on the Rights of the Child1 and the Optional Protocols thereto,\n\n1 Ibid., vol. 1577, No. 27531.\n\n1. *Decides* to remain seized of the matter.\n";
        var created = await client.PostAsync("/api/resolutions/import", new StringContent(text, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        async Task<JsonElement> ClauseAsync() =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}", TestContext.Current.CancellationToken)).GetProperty("preambular")[0];
        static string MarkedWord(JsonElement clause) =>
            clause.GetProperty("text").GetString()![..clause.GetProperty("notes")[0].GetProperty("offset").GetInt32()].Split(' ')[^1];
        var clause = await ClauseAsync();
        Assert.Equal("Child", MarkedWord(clause));

        // Live: words inserted before the marker push it along.
        await using var hub = await LiveConnection.StartAsync(app.HubUrl, client);
        var live = await hub.InvokeAsync<JsonElement>("EditClause", new
        {
            resolutionId = id, clauseId = clause.GetProperty("id").GetString(), baseVersion = 1, opId = "note-1",
            text = "Recalling the new Convention on the Rights of the Child and the Optional Protocols thereto,",
        }, TestContext.Current.CancellationToken);
        Assert.Equal("applied", live.GetProperty("status").GetString());
        clause = await ClauseAsync();
        Assert.Equal("Child", MarkedWord(clause));

        // REST: the marked word replaced; the marker follows its replacement.
        var rest = await client.PutAsJsonAsync($"/api/resolutions/{id}/clauses/{clause.GetProperty("id").GetString()}", new
        {
            text = "Recalling the new Convention on the Rights of Children and the Optional Protocols thereto,", baseVersion = 2, opId = "note-2",
        }, TestContext.Current.CancellationToken);
        rest.EnsureSuccessStatusCode();
        Assert.Equal("Children", MarkedWord(await ClauseAsync()));
        var markdown = await client.GetStringAsync($"/api/resolutions/{id}/export/md", TestContext.Current.CancellationToken);
        Assert.Contains("the Rights of Children[^1] and the Optional Protocols", markdown, StringComparison.Ordinal);
    }
}
