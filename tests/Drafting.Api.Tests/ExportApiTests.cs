using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Time.Testing;

namespace Drafting.Api.Tests;

public class ExportApiTests
{
    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")]
    [InlineData("md", "text/markdown", "md")]
    [InlineData("html", "text/html", "html")]
    [InlineData("akn", "application/akn+xml", "akn.xml")]
    [InlineData("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")]
    public async Task Every_format_has_its_content_type_and_a_file_name(string format, string contentType, string extension)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero));
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        var response = await scenario.Clients["secretary"].GetAsync(scenario.Path($"/export/{format}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        // Seed 001 has neither symbol nor title: the organ and date name the file; nothing is published, so it is the zero draft being written, as of 10:00 in New York.
        Assert.Equal($"Security-Council-draft-resolution-2020-03-30-zero-draft-2026-12-06-1000.{extension}", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/diff?from=0&format=html")]
    [InlineData("/export/html")]
    [InlineData("/export/html?compilation=true")]
    public async Task Every_html_answer_carries_a_content_security_policy_and_nosniff(string path)
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();
        var response = await scenario.Penholder.GetAsync(scenario.Path(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single((await scenario.Penholder.GetAsync(scenario.Path())).Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_symbol_names_the_file()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("penholder");
        var created = await client.PostAsJsonAsync("/api/resolutions", new { symbol = "S/2020/123" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await client.PostAsJsonAsync($"/api/resolutions/{id}/revisions", new { })).EnsureSuccessStatusCode();
        var response = await client.GetAsync($"/api/resolutions/{id}/export/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("S-2020-123-zero-draft.docx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Unknown_format_is_a_404_problem_listing_the_formats()
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.GetAsync(scenario.Path("/export/pdf"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("docx, md, html, akn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["docx", "md", "html", "akn"], problem.GetProperty("availableFormats").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Comments_true_adds_the_comments_the_caller_may_see()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 6);
        var shared = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = clause, quote = new { exact = "the African Union's efforts" }, body = "Shared with all.", visibility = "all" });
        shared.EnsureSuccessStatusCode();
        var parentId = (await shared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/comments"), new { parentId, body = "Noted." })).EnsureSuccessStatusCode();
        (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = clause, quote = new { exact = "safety and security" }, body = "AU only.", visibility = "organization" })).EnsureSuccessStatusCode();

        var withComments = await scenario.Clients["secretary"].GetByteArrayAsync(scenario.Path("/export/docx?comments=true"));
        using (var document = WordprocessingDocument.Open(new MemoryStream(withComments), false))
        {
            var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
            Assert.Equal(["Shared with all.", "Noted."], comments.Select(c => c.Elements<Paragraph>().Last().InnerText));
            Assert.EndsWith("(African Union)", comments[0].Author!.Value, StringComparison.Ordinal);
            var anchored = document.MainDocumentPart.Document!.Body!.Descendants<CommentRangeStart>().Count();
            Assert.Equal(2, anchored);
        }

        var without = await scenario.Clients["secretary"].GetByteArrayAsync(scenario.Path("/export/docx"));
        using var plain = WordprocessingDocument.Open(new MemoryStream(without), false);
        Assert.Null(plain.MainDocumentPart!.WordprocessingCommentsPart);
    }

    [Fact]
    public async Task Tracked_changes_against_a_revision_name_who_changed_each_clause()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Zero draft" })).EnsureSuccessStatusCode();
        var op2 = scenario.Resolution.GetProperty("operative")[1];
        var op3 = scenario.Resolution.GetProperty("operative")[2];
        (await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{op2.GetProperty("id").GetString()}"),
            new { text = op2.GetProperty("text").GetString()!.Replace("host states", "host States", StringComparison.Ordinal), baseVersion = 1 })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{op3.GetProperty("id").GetString()}"),
            new { text = op3.GetProperty("text").GetString()!.Replace("promptly", "swiftly", StringComparison.Ordinal), baseVersion = 1 })).EnsureSuccessStatusCode();

        var tracked = await scenario.Clients["secretary"].GetAsync(scenario.Path("/export/docx?compareTo=0"));
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await tracked.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var inserted = body.Descendants<InsertedRun>().ToList();
        var deleted = body.Descendants<DeletedRun>().ToList();
        Assert.Equal(["States", "swiftly"], inserted.Select(r => r.InnerText));
        Assert.Equal(["states", "promptly"], deleted.Select(r => string.Concat(r.Descendants<DeletedText>().Select(t => t.Text))));
        Assert.Equal(["drafter (Ghana)", "penholder (France)"], inserted.Select(r => r.Author?.Value));
        Assert.Equal(["drafter (Ghana)", "penholder (France)"], deleted.Select(r => r.Author?.Value));

        // The published revision exports as it was; an unknown one is a clear 404.
        var zero = await scenario.Clients["secretary"].GetAsync(scenario.Path("/export/md?revision=0"));
        Assert.Contains("promptly", await zero.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await scenario.Clients["secretary"].GetAsync(scenario.Path("/export/docx?compareTo=5"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Revision 5", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renumbering_in_a_secretarys_export_is_signed_by_the_delegation_that_inserted_the_paragraph()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Zero draft" })).EnsureSuccessStatusCode();
        var insertedAt = clock.GetUtcNow();
        var insertedClause = await (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 1, text = "Welcomes the new partnership;" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        clock.Advance(TimeSpan.FromMinutes(5));

        // The pen-holder (France) then edits the words of Ghana's paragraph: that does not renumber anything.
        var insertedId = insertedClause.GetProperty("clauseId").GetString();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{insertedId}"),
            new { text = "Welcomes warmly the new partnership;", baseVersion = 1, opId = "edit-inserted" })).EnsureSuccessStatusCode();
        clock.Advance(TimeSpan.FromMinutes(5));

        var tracked = await scenario.Clients["secretary"].GetByteArrayAsync(scenario.Path("/export/docx?compareTo=0"));
        using var document = WordprocessingDocument.Open(new MemoryStream(tracked), false);
        var body = document.MainDocumentPart!.Document.Body!;

        // Old 2 became 3 and so on to the end: each paragraph's old number deleted and new one inserted.
        var numberMarks = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphMarkRunProperties is null)
            .SelectMany(p => p.ChildElements.TakeWhile(e => e is not Run run || run.GetFirstChild<TabChar>() is null))
            .Where(e => e is InsertedRun or DeletedRun)
            .ToList();
        var operativeCount = scenario.Resolution.GetProperty("operative").GetArrayLength();
        Assert.Equal(2 * (operativeCount - 1), numberMarks.Count);
        Assert.All(numberMarks, mark =>
        {
            var (author, date) = mark is InsertedRun ins ? (ins.Author?.Value, ins.Date?.Value) : (((DeletedRun)mark).Author?.Value, ((DeletedRun)mark).Date?.Value);
            Assert.Equal("drafter (Ghana)", author);
            Assert.Equal(insertedAt.UtcDateTime, date);
        });
        Assert.DoesNotContain(body.Descendants<InsertedRun>().Select(r => r.Author?.Value).Concat(body.Descendants<DeletedRun>().Select(r => r.Author?.Value)), a => a == "secretary (Secretariat)");
    }
}

/// <summary>An organization's private words reach only their audience, in exports too.</summary>
public class PrivateCommentExportTests
{
    [Fact]
    public async Task A_circulated_export_never_carries_a_private_comment_unless_asked_and_then_marked_with_its_audience()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 6);
        (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = clause, quote = new { exact = "the African Union's efforts" }, body = "Shared with all.", visibility = "all" })).EnsureSuccessStatusCode();
        (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = clause, quote = new { exact = "safety and security" }, body = "AU only.", visibility = "penholder" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();

        async Task<string> CommentsIn(string query, string role = "penholder")
        {
            var bytes = await scenario.Clients[role].GetByteArrayAsync(scenario.Path($"/export/docx{query}"));
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            return document.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.InnerText ?? "";
        }

        foreach (var circulated in new[] { "", "?comments=none", "?comments=public", "?comments=true", "?compareTo=0", "?compareTo=0&comments=public" })
        {
            Assert.DoesNotContain("AU only.", await CommentsIn(circulated), StringComparison.Ordinal);
        }

        Assert.Contains("Shared with all.", await CommentsIn("?comments=public"), StringComparison.Ordinal);
        var all = await CommentsIn("?comments=all");
        Assert.Contains("[African Union and the pen-holder] AU only.", all, StringComparison.Ordinal);
        Assert.Contains("Shared with all.", all, StringComparison.Ordinal);
        // The Secretariat is not the AU's audience: asking for all gives it only what it may see.
        Assert.DoesNotContain("AU only.", await CommentsIn("?comments=all", "secretary"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await scenario.Penholder.GetAsync(scenario.Path("/export/docx?comments=everything"))).StatusCode);
    }
}
