using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

public class WordApiTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static ByteArrayContent WordBody(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(Docx);
        return content;
    }

    private static async Task<byte[]> ExportAsync(Scenario scenario, HttpClient client, string query = "")
    {
        var response = await client.GetAsync(scenario.Path("/export/docx" + query));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Our_word_export_imports_as_a_new_resolution_with_the_same_text()
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.PostAsync("/api/resolutions/import", WordBody(await ExportAsync(scenario, scenario.Penholder)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var imported = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var part in new[] { "preambular", "operative" })
        {
            Assert.Equal(
                scenario.Resolution.GetProperty(part).EnumerateArray().Select(c => (c.GetProperty("opening").GetString(), c.GetProperty("text").GetString())),
                imported.GetProperty(part).EnumerateArray().Select(c => (c.GetProperty("opening").GetString(), c.GetProperty("text").GetString())));
        }

        Assert.Equal(scenario.Resolution.GetProperty("sponsors").GetArrayLength(), imported.GetProperty("sponsors").GetArrayLength());
        Assert.NotEqual(scenario.ResolutionId, imported.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_docx_picked_in_a_form_imports_with_its_comments_by_the_importer_naming_the_word_author()
    {
        await using var scenario = await Scenario.CreateAsync();
        var op1 = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, scenario.Penholder));
        var file = edited.Comment("Ama Mensah (Ghana)", op1[..30], "Too strong?").Bytes();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "draft.docx" } };
        var response = await scenario.Penholder.PostAsync("/api/resolutions/import?trackedChanges=accept", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        var comments = await scenario.Penholder.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/comments");
        var comment = Assert.Single(comments.EnumerateArray());
        Assert.Equal("**Ama Mensah \\(Ghana\\)** in Word: Too strong?".Replace("\\(", "(").Replace("\\)", ")"), comment.GetProperty("body").GetString());
        Assert.Equal(created.GetProperty("operative")[0].GetProperty("id").GetString(), comment.GetProperty("anchor").GetProperty("clauseId").GetString());
        Assert.Equal("penholder", comment.GetProperty("author").GetProperty("displayName").GetString());
        Assert.Contains(created.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "word-comments");
    }

    [Fact]
    public async Task Tracked_changes_are_accepted_by_default_and_rejected_on_request()
    {
        await using var scenario = await Scenario.CreateAsync();
        var op1 = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, scenario.Penholder));
        var file = edited.Insert("Ama Mensah (Ghana)", op1[..30], " Added words.").Bytes();

        var accepted = await (await scenario.Penholder.PostAsync("/api/resolutions/import", WordBody(file))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("Added words.", accepted.GetProperty("operative")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(accepted.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "tracked-changes"
            && w.GetProperty("message").GetString()!.Contains("1 tracked change(s) by 1 author(s) (Ama Mensah (Ghana)) were accepted", StringComparison.Ordinal));

        var rejected = await (await scenario.Penholder.PostAsync("/api/resolutions/import?trackedChanges=reject", WordBody(file))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(op1, rejected.GetProperty("operative")[0].GetProperty("text").GetString());

        var bad = await scenario.Penholder.PostAsync("/api/resolutions/import?trackedChanges=maybe", WordBody(file));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode, string> BadFiles => new()
    {
        { "text", HttpStatusCode.BadRequest, "not-a-zip" },
        { "zip", HttpStatusCode.BadRequest, "no-document-part" },
        { "odt", HttpStatusCode.BadRequest, "opendocument" },
        { "doc", HttpStatusCode.BadRequest, "legacy-doc" },
        { "encrypted", HttpStatusCode.BadRequest, "encrypted" },
        { "bomb", HttpStatusCode.RequestEntityTooLarge, "unpacked-too-large" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_word_file_is_a_4xx_saying_why_and_nothing_is_stored(string file, HttpStatusCode status, string reason)
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var bytes = BadWordFile(file);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "draft.docx" } };
        var response = await client.PostAsync("/api/resolutions/import", form);
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Contains("draft.docx", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/resolutions")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_macro_enabled_document_is_imported_for_its_text_with_a_warning()
    {
        await using var scenario = await Scenario.CreateAsync();
        var exported = await ExportAsync(scenario, scenario.Penholder);
        using var stream = new MemoryStream();
        using (var source = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(exported), false))
        using (var docm = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument))
        {
            var main = docm.AddMainDocumentPart();
            main.Document = (DocumentFormat.OpenXml.Wordprocessing.Document)source.MainDocumentPart!.Document!.CloneNode(true);
            using var vba = new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.VbaProjectPart>().FeedData(vba);
        }

        using var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "draft.docm" } };
        var response = await scenario.Penholder.PostAsync("/api/resolutions/import", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(scenario.Resolution.GetProperty("operative").GetArrayLength(), created.GetProperty("operative").GetArrayLength());
        Assert.Contains(created.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "macros-ignored");
    }

    [Fact]
    public async Task A_word_file_over_the_size_limit_is_refused()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var response = await client.PostAsync("/api/resolutions/import", WordBody([0x50, 0x4B, 0x03, 0x04, .. new byte[9 * 1024 * 1024]]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/resolutions")).GetArrayLength());
    }

    [Fact]
    public async Task A_delegations_tracked_changes_and_comments_become_its_proposals_and_comments_once()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0];
        var op2 = scenario.Resolution.GetProperty("operative")[1];
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, drafter));
        var file = edited
            .Insert("drafter (Ghana)", op1.GetProperty("text").GetString()![..30], " Added by Ghana.")
            .Insert("J. Smith", op2.GetProperty("text").GetString()![..30], " Added by a consultant.")
            .Comment("drafter (Ghana)", op2.GetProperty("text").GetString()![..30], "Please check.")
            .Bytes();

        var response = await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var review = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Ghana", review.GetProperty("delegation").GetString());
        var made = review.GetProperty("proposals").EnumerateArray().ToList();
        Assert.Equal(2, made.Count);
        Assert.All(made, p => Assert.Equal("created", p.GetProperty("status").GetString()));
        var first = made.Single(p => p.GetProperty("clauseId").GetString() == op1.GetProperty("id").GetString());
        Assert.Equal("drafter", first.GetProperty("proposedBy").GetString());
        Assert.False(first.GetProperty("flagged").GetBoolean());
        var second = made.Single(p => p.GetProperty("clauseId").GetString() == op2.GetProperty("id").GetString());
        Assert.True(second.GetProperty("flagged").GetBoolean());
        Assert.Equal("created", Assert.Single(review.GetProperty("comments").EnumerateArray()).GetProperty("status").GetString());

        var proposals = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals?status=open"));
        Assert.Equal(2, proposals.GetArrayLength());
        var consultant = proposals.EnumerateArray().Single(p => p.GetProperty("clauseId").GetString() == op2.GetProperty("id").GetString());
        Assert.Equal("Ghana", consultant.GetProperty("organization").GetString());
        Assert.Equal("replace", consultant.GetProperty("kind").GetString());
        Assert.EndsWith("Added by a consultant.", consultant.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("J. Smith", consultant.GetProperty("rationale").GetString(), StringComparison.Ordinal);

        // The same file again: nothing new.
        var again = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.All(again.GetProperty("proposals").EnumerateArray(), p => Assert.Equal("duplicate", p.GetProperty("status").GetString()));
        Assert.All(again.GetProperty("comments").EnumerateArray(), c => Assert.Equal("duplicate", c.GetProperty("status").GetString()));
        Assert.Equal(2, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).GetArrayLength());
        Assert.Single((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"))).EnumerateArray());
    }

    [Fact]
    public async Task A_word_comment_guessing_a_private_comments_body_is_added_as_new_never_matched_to_the_hidden_one()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0];
        // The African Union's own thread, written the way a Word comment's body reads.
        var secret = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = op1.GetProperty("id").GetString(), body = "**Ama** in Word: We will vote against.", visibility = "organization" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, drafter));
        var file = edited.Comment("Ama", op1.GetProperty("text").GetString()![..30], "We will vote against.").Bytes();

        var review = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file))).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var outcome = Assert.Single(review.GetProperty("comments").EnumerateArray());
        Assert.Equal("created", outcome.GetProperty("status").GetString());
        Assert.NotEqual(secret.GetProperty("id").GetString(), outcome.GetProperty("commentId").GetString());
    }

    [Fact]
    public async Task A_change_signed_with_the_delegations_name_is_described_as_the_file_signs_it_never_by_the_uploaders_name()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0];
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, drafter));
        var file = edited.Insert("Ghana", op1.GetProperty("text").GetString()![..30], " Added by the delegation.").Bytes();

        var review = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file))).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var made = Assert.Single(review.GetProperty("proposals").EnumerateArray());
        Assert.False(made.GetProperty("flagged").GetBoolean());
        var proposal = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{made.GetProperty("proposalId").GetString()}"));
        var rationale = proposal.GetProperty("rationale").GetString()!;
        Assert.Contains("a tracked change signed \u201CGhana\u201D in Word", rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("drafter", rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("not among", rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewed_revision_proposes_a_new_paragraph_and_a_deletion_on_that_revision()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0];
        var pp2 = scenario.Resolution.GetProperty("preambular")[1];
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, drafter, "?revision=0"));
        var file = edited
            .InsertParagraphAfter("drafter (Ghana)", op1.GetProperty("text").GetString()![..30], "2.", "Encourages regional organizations to share information;")
            .DeleteParagraph("drafter (Ghana)", pp2.GetProperty("text").GetString()![..30])
            .Bytes();

        var response = await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var review = JsonDocument.Parse(text).RootElement;
        Assert.Equal(0, review.GetProperty("baseRevision").GetInt32());
        var proposals = (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).EnumerateArray().ToList();
        Assert.Equal(["delete", "insert"], proposals.Select(p => p.GetProperty("kind").GetString()).Order());
        var insert = proposals.Single(p => p.GetProperty("kind").GetString() == "insert");
        Assert.Equal(op1.GetProperty("id").GetString(), insert.GetProperty("afterClauseId").GetString());
        Assert.Equal("Encourages regional organizations to share information;", insert.GetProperty("text").GetString());
        Assert.Equal(pp2.GetProperty("id").GetString(), proposals.Single(p => p.GetProperty("kind").GetString() == "delete").GetProperty("clauseId").GetString());
        Assert.DoesNotContain(review.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "untracked-changes");
    }

    [Fact]
    public async Task When_the_same_paragraph_moved_on_since_the_export_its_change_is_proposed_with_a_warning_naming_it_and_merges_once_previewed()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0];
        var op1Text = op1.GetProperty("text").GetString()!;
        var exported = await ExportAsync(scenario, drafter);

        // Meanwhile the pen-holder edits the start of OP 1.
        var edit = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{op1.GetProperty("id").GetString()}"),
            new { text = op1Text.Replace("the importance of supporting", "the great importance of supporting", StringComparison.Ordinal), baseVersion = 1, opId = "pen-edit" });
        edit.EnsureSuccessStatusCode();

        using var edited = new ReturnedWordFile(exported);
        var file = edited.Insert("drafter (Ghana)", op1Text[..30], " Added by Ghana.").Bytes();
        var review = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file))).Content.ReadFromJsonAsync<JsonElement>();
        var warning = Assert.Single(review.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "text-moved-on");
        Assert.StartsWith("OP 1 changed since this file was exported (added \u201Cgreat\u201D)", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        var made = Assert.Single(review.GetProperty("proposals").EnumerateArray());
        Assert.Equal("created", made.GetProperty("status").GetString());

        // Accepting merges Ghana's addition with the pen-holder's edit instead of undoing it, once the result was read.
        var id = made.GetProperty("proposalId").GetString();
        var preview = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{id}/preview"));
        var accepted = await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/proposals/{id}/accept"), new { opId = "accept-ghana", expectedText = preview.GetProperty("result").GetString() });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        var now = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString()!;
        Assert.Contains("the great importance of supporting", now, StringComparison.Ordinal);
        Assert.EndsWith("Added by Ghana.", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_returned_after_only_a_comment_was_added_proposes_its_untracked_edit()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op3 = scenario.Resolution.GetProperty("operative")[2].GetProperty("text").GetString()!;
        var exported = await ExportAsync(scenario, drafter);
        (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = scenario.ClauseId("operative", 0), body = "A note after the export." })).EnsureSuccessStatusCode();

        using var edited = new ReturnedWordFile(exported);
        var review = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(edited.Type(op3[..30], " Quietly typed.").Bytes()))).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var made = Assert.Single(review.GetProperty("proposals").EnumerateArray());
        Assert.Equal(("created", false), (made.GetProperty("status").GetString(), made.GetProperty("tracked").GetBoolean()));
        Assert.DoesNotContain(review.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() is "text-moved-on" or "edit-conflict");
    }

    [Fact]
    public async Task A_file_returned_after_another_delegation_changed_a_different_paragraph_proposes_all_its_changes_without_a_warning()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        var op3 = scenario.Resolution.GetProperty("operative")[2].GetProperty("text").GetString()!;
        var exported = await ExportAsync(scenario, drafter);
        var op5 = scenario.Resolution.GetProperty("operative")[4];
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{op5.GetProperty("id").GetString()}"),
            new { text = op5.GetProperty("text").GetString() + " Amended by France.", baseVersion = 1, opId = "france-op5" })).EnsureSuccessStatusCode();

        using var edited = new ReturnedWordFile(exported);
        var file = edited.Insert("drafter (Ghana)", op1[..30], " Added by Ghana.").Type(op3[..30], " Quietly typed.").Bytes();
        var review = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(file))).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var made = review.GetProperty("proposals").EnumerateArray().ToList();
        Assert.Equal(2, made.Count);
        Assert.All(made, p => Assert.Equal("created", p.GetProperty("status").GetString()));
        Assert.DoesNotContain(review.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() is "text-moved-on" or "edit-conflict");
    }

    [Fact]
    public async Task Changes_typed_with_tracking_off_are_proposed_with_a_warning()
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op3 = scenario.Resolution.GetProperty("operative")[2].GetProperty("text").GetString()!;
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, drafter));
        var review = await (await drafter.PostAsync(scenario.Path("/word-review"), WordBody(edited.Type(op3[..30], " Quietly typed.").Bytes()))).Content.ReadFromJsonAsync<JsonElement>();
        var made = Assert.Single(review.GetProperty("proposals").EnumerateArray());
        Assert.False(made.GetProperty("tracked").GetBoolean());
        Assert.Contains(review.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "untracked-changes");
    }

    [Fact]
    public async Task The_penholder_imports_on_a_delegations_behalf_and_a_drafter_only_for_its_own()
    {
        await using var scenario = await Scenario.CreateAsync();
        var op1 = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        using var edited = new ReturnedWordFile(await ExportAsync(scenario, scenario.Penholder));
        var file = edited.Insert("drafter", op1[..30], " On behalf.").Bytes();

        var refused = await scenario.Clients["drafter"].PostAsync(scenario.Path("/word-review?delegation=France"), WordBody(file));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var review = await (await scenario.Penholder.PostAsync(scenario.Path("/word-review?delegation=Ghana"), WordBody(file))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ghana", review.GetProperty("delegation").GetString());
        var proposal = (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals")))[0];
        Assert.Equal("Ghana", proposal.GetProperty("organization").GetString());
        Assert.Equal("drafter", proposal.GetProperty("proposedBy").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_file_of_another_resolution_or_none_is_refused()
    {
        await using var scenario = await Scenario.CreateAsync();
        var other = await (await scenario.Penholder.PostAsync("/api/resolutions/import", WordBody(await ExportAsync(scenario, scenario.Penholder)))).Content.ReadFromJsonAsync<JsonElement>();
        var otherExport = await scenario.Penholder.GetByteArrayAsync($"/api/resolutions/{other.GetProperty("id").GetGuid()}/export/docx");
        var response = await scenario.Penholder.PostAsync(scenario.Path("/word-review"), WordBody(otherExport));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not from this one", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_review_is_for_drafters_and_penholders()
    {
        await using var scenario = await Scenario.CreateAsync();
        var file = await ExportAsync(scenario, scenario.Penholder);
        var expected = new Dictionary<string, HttpStatusCode>
        {
            ["anonymous"] = HttpStatusCode.Unauthorized, ["outsider"] = HttpStatusCode.Forbidden, ["observer"] = HttpStatusCode.Forbidden,
            ["secretary"] = HttpStatusCode.Forbidden, ["drafter"] = HttpStatusCode.OK, ["penholder"] = HttpStatusCode.OK,
        };
        foreach (var (role, status) in expected)
        {
            var response = await scenario.Clients[role].PostAsync(scenario.Path("/word-review"), WordBody(file));
            Assert.True(status == response.StatusCode, $"{role}: expected {status}, got {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static byte[] BadWordFile(string name) => name switch
    {
        "text" => "The Security Council,\n\n1. Decides."u8.ToArray(),
        "zip" => Zip(("notes.txt", "hello"), ("[Content_Types].xml", "<Types/>")),
        "odt" => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")),
        "doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2048]],
        "encrypted" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512], .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo")],
        "bomb" => HugeDeclaredSizes(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] HugeDeclaredSizes()
    {
        var zip = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('a', 1000)));
        for (var i = 0; i + 28 < zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), 0xFFFFFFF0u);
            }
        }

        return zip;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
