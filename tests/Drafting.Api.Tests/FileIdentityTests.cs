using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Time.Testing;

namespace Drafting.Api.Tests;

/// <summary>
/// The files of one negotiation are told apart on a desktop and on their first page: each export is named from the
/// symbol, the revision label and what kind of file it is, and its masthead says the same (Word, HTML, Akoma Ntoso).
/// </summary>
public class FileIdentityTests
{
    /// <summary>10:00 in New York on 6 December 2026.</summary>
    private static readonly DateTimeOffset TenInNewYork = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_files_of_one_negotiation_have_distinct_names_and_say_what_they_are_on_page_one()
    {
        var clock = new FakeTimeProvider(TenInNewYork);
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        (await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new { symbol = "S/2026/118" })).EnsureSuccessStatusCode();
        var being = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx"));
        Assert.Equal("S-2026-118-zero-draft-2026-12-06-1000.docx", being.Name);
        Assert.Contains("Zero draft (not yet published)", being.Text, StringComparison.Ordinal);
        Assert.Contains("Text as of 6 December 2026, 10:00 (New York)", being.Text, StringComparison.Ordinal);

        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { })).EnsureSuccessStatusCode();
        var zero = await ExportAsync(scenario.Clients["observer"], scenario.Path("/export/docx"));
        Assert.Equal("S-2026-118-zero-draft.docx", zero.Name);
        Assert.Contains("Zero draft", zero.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet published", zero.Text, StringComparison.Ordinal);

        var clause = scenario.ClauseId("operative", 0);
        var proposed = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"),
            new { kind = "replace", clauseId = clause, text = "Requests the Secretary-General to report every month;", baseVersion = 1 });
        proposed.EnsureSuccessStatusCode();
        var compilation = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx?compilation=true"));
        Assert.Equal("S-2026-118-compilation-2026-12-06-1000.docx", compilation.Name);
        Assert.Contains("Compilation of proposals as of 6 December 2026, 10:00 (New York)", compilation.Text, StringComparison.Ordinal);

        var proposalId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/proposals/{proposalId}/accept"), new { })).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromHours(1));
        var after = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx"));
        Assert.Equal("S-2026-118-after-zero-draft-2026-12-06-1100.docx", after.Name);
        Assert.Contains("Text after Zero draft (not yet published)", after.Text, StringComparison.Ordinal);

        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { })).EnsureSuccessStatusCode();
        var rev1 = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx"));
        var changes = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx?compareTo=0"));
        var zeroAgain = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx?revision=0"));
        Assert.Equal("S-2026-118-Rev.1.docx", rev1.Name);
        Assert.Contains("Rev.1", rev1.Text, StringComparison.Ordinal);
        Assert.Equal("S-2026-118-Rev.1-changes-since-zero-draft.docx", changes.Name);
        Assert.Contains("Changes since the zero draft shown as tracked changes", changes.Text, StringComparison.Ordinal);
        Assert.Equal("S-2026-118-zero-draft.docx", zeroAgain.Name);
        Assert.DoesNotContain("every month", zeroAgain.Text, StringComparison.Ordinal);
        Assert.Equal(6, new[] { being, zero, compilation, after, rev1, changes }.Select(f => f.Name).Distinct().Count());

        // A move into blue does not make another text: the file is still Rev.1, and says "In blue".
        (await scenario.Clients["secretary"].PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        var blue = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx"));
        Assert.Equal("S-2026-118-Rev.1-in-blue.docx", blue.Name);
        Assert.Contains("In blue", blue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_and_akoma_ntoso_carry_the_same_identity()
    {
        var clock = new FakeTimeProvider(TenInNewYork);
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        (await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new { symbol = "S/2026/118", session = "Eighty-first year", agendaItems = new[] { "The situation in the Middle East" } }))
            .EnsureSuccessStatusCode();
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();

        var html = await scenario.Penholder.GetAsync(scenario.Path("/export/html"));
        Assert.Equal("S-2026-118-Rev.1.html", html.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"identity\">Rev.1</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"session\">Agenda item The situation in the Middle East</p>", page, StringComparison.Ordinal);
        Assert.Contains("<title>S/2026/118, Rev.1</title>", page, StringComparison.Ordinal);

        var akn = await scenario.Penholder.GetAsync(scenario.Path("/export/akn"));
        Assert.Equal("S-2026-118-Rev.1.akn.xml", akn.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var xml = await akn.Content.ReadAsStringAsync();
        Assert.Contains("<FRBRversionNumber value=\"Rev.1\" />", xml, StringComparison.Ordinal);
        Assert.Contains("<FRBRdate date=\"2026-12-06\" name=\"publication\" />", xml, StringComparison.Ordinal);
        Assert.Contains("eng@rev.1", xml, StringComparison.Ordinal);
        Assert.Contains("<p class=\"session\">Eighty-first year</p>", xml, StringComparison.Ordinal);

        var markdown = await scenario.Penholder.GetStringAsync(scenario.Path("/export/md"));
        Assert.Contains("**Session:** Eighty-first year", markdown, StringComparison.Ordinal);

        var word = await ExportAsync(scenario.Penholder, scenario.Path("/export/docx"));
        Assert.Contains("Eighty-first year", word.Text, StringComparison.Ordinal);
        Assert.Contains("Agenda item The situation in the Middle East", word.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_export_answers_with_a_file_name()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { })).EnsureSuccessStatusCode();
        foreach (var query in new[] { "docx", "docx?compareTo=0", "docx?revision=0", "docx?compilation=true", "html", "html?compareTo=0", "html?compilation=true", "md", "akn", "md?revision=0" })
        {
            var response = await scenario.Penholder.GetAsync(scenario.Path($"/export/{query}"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode}");
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.StartsWith("Security-Council-draft-resolution-2020-03-30-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        }
    }

    private static async Task<(string Name, string Text)> ExportAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var name = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "";
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        return (name, text);
    }
}
