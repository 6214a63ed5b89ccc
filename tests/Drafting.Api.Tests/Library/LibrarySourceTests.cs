using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// Agreed language taken into a draft: a search hit inserted as a paragraph or proposed as one, its source recorded
/// with the clause version or proposal and shown in the clause history; a bad source refused naming the field, with
/// nothing stored; and a new draft from an adopted text written in one transaction.
/// </summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    /// <summary>A new draft of <paramref name="owner"/> (its pen-holder), started from a small adopted text.</summary>
    private async Task<Guid> DraftAsync(HttpClient owner)
    {
        var response = await owner.PostAsync($"/api/library/{Corpus.Ids[Universal]}/draft", null, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> CondemnsHitAsync(HttpClient user) =>
        Items(await SearchAsync(user, "q=%22strongly+condemns+all+attacks%22&kind=library")).First();

    private static async Task<int> ClauseCountAsync(HttpClient client, Guid draft)
    {
        var resolution = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}", Cancel);
        return resolution.GetProperty("preambular").GetArrayLength() + resolution.GetProperty("operative").GetArrayLength();
    }

    [Fact]
    public async Task A_hit_inserted_as_a_paragraph_keeps_its_source_in_the_clause_history()
    {
        using var drafter = await UserAsync("insert-hit");
        var draft = await DraftAsync(drafter);
        var hit = await CondemnsHitAsync(drafter);
        var expected = $"from {hit.GetProperty("symbol").GetString()}, {hit.GetProperty("number").GetString()}";

        var response = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/clauses", new
        {
            kind = "operative", position = 0, text = hit.GetProperty("text").GetString(), opId = "insert-hit-1",
            source = new { libraryId = hit.GetProperty("id").GetGuid(), paragraph = hit.GetProperty("clauseId").GetString() },
        }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var inserted = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(expected, inserted.GetProperty("source").GetProperty("label").GetString());

        var clauseId = inserted.GetProperty("clauseId").GetString();
        var history = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/clauses/{clauseId}/history", Cancel);
        var first = history.EnumerateArray().Single();
        Assert.Equal(expected, first.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal(hit.GetProperty("id").GetGuid(), first.GetProperty("source").GetProperty("libraryId").GetGuid());

        // A later edit is this year's words, not the adopted paragraph's: only the version taken carries the source.
        var edit = await drafter.PutAsJsonAsync($"/api/resolutions/{draft}/clauses/{clauseId}",
            new { text = hit.GetProperty("text").GetString() + " Also.", baseVersion = 1, opId = "insert-hit-2" }, Cancel);
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Cancel));
        history = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/clauses/{clauseId}/history", Cancel);
        Assert.True(!history[1].TryGetProperty("source", out var later) || later.ValueKind == JsonValueKind.Null, history[1].ToString());
    }

    [Theory]
    [InlineData("unknown-document", "source.libraryId")]
    [InlineData("no-paragraph", "source.paragraph")]
    [InlineData("not-a-paragraph", "source.paragraph")]
    [InlineData("no-library-id", "source.libraryId")]
    [InlineData("heading", "source.paragraph")]
    public async Task A_source_not_in_the_library_is_a_400_naming_the_field_and_nothing_is_stored(string wrong, string field)
    {
        using var drafter = await UserAsync("bad-source");
        var draft = await DraftAsync(drafter);
        var before = await ClauseCountAsync(drafter, draft);
        var library = Corpus.Ids[Universal];
        var headed = LibraryCorpus.Texts.Select(t => (t.Symbol, Heading: t.Paragraphs.FirstOrDefault(p => p.Kind == Model.Library.LibraryParagraphKind.Heading)))
            .First(t => t.Heading is not null);
        object source = wrong switch
        {
            "unknown-document" => new { libraryId = Guid.NewGuid(), paragraph = "p1" },
            "no-paragraph" => new { libraryId = library, paragraph = "p99999" },
            "not-a-paragraph" => new { libraryId = library, paragraph = "OP 5" },
            "heading" => new { libraryId = Corpus.Ids[headed.Symbol], paragraph = $"p{headed.Heading!.Position}" },
            _ => new { paragraph = "p1" },
        };

        var insert = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/clauses", new { kind = "operative", text = "Decides to remain seized of the matter.", source }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, insert.StatusCode);
        Assert.Contains(field, (await insert.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        (await drafter.PutAsJsonAsync($"/api/resolutions/{draft}/mode", new { mode = "proposals" }, Cancel)).EnsureSuccessStatusCode();
        var proposal = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/proposals", new { kind = "insert", insertKind = "operative", text = "Decides to remain seized of the matter.", source }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, proposal.StatusCode);
        Assert.Contains(field, (await proposal.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(before, await ClauseCountAsync(drafter, draft));
        Assert.Empty((await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/proposals", Cancel)).EnumerateArray());
    }

    [Fact]
    public async Task A_hit_proposed_as_an_insert_carries_its_source_on_the_card_and_into_the_history_when_accepted()
    {
        using var drafter = await UserAsync("propose-hit");
        var draft = await DraftAsync(drafter);
        (await drafter.PutAsJsonAsync($"/api/resolutions/{draft}/mode", new { mode = "proposals" }, Cancel)).EnsureSuccessStatusCode();
        var hit = await CondemnsHitAsync(drafter);
        var expected = $"from {hit.GetProperty("symbol").GetString()}, {hit.GetProperty("number").GetString()}";
        var source = new { libraryId = hit.GetProperty("id").GetGuid(), paragraph = hit.GetProperty("clauseId").GetString() };

        var replace = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/proposals", new { kind = "delete", clauseId = "nope", source }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, replace.StatusCode);
        Assert.Contains("source is only for an insert", await replace.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var response = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/proposals",
            new { kind = "insert", insertKind = "operative", text = hit.GetProperty("text").GetString(), source, opId = "propose-hit-1" }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var proposal = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(expected, proposal.GetProperty("source").GetProperty("label").GetString());
        var listed = (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/proposals", Cancel)).EnumerateArray().Single();
        Assert.Equal(expected, listed.GetProperty("source").GetProperty("label").GetString());

        var accepted = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/proposals/{proposal.GetProperty("id").GetGuid()}/accept", new { }, Cancel);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync(Cancel));
        var clauseId = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("change").GetProperty("clauseId").GetString();
        var version = (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/clauses/{clauseId}/history", Cancel)).EnumerateArray().Single();
        Assert.Equal(expected, version.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal("France", version.GetProperty("proposedBy").GetString());
    }

    [Fact]
    public async Task A_new_draft_from_an_adopted_text_is_one_transaction_so_a_failed_zero_draft_leaves_nothing()
    {
        const string symbol = "S/RES/9100 (2031)";
        var imported = await (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal(symbol)), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var library = imported.GetProperty("imported")[0].GetProperty("id").GetGuid();
        using var drafter = await UserAsync("one-transaction");
        await using (var connection = Corpus.App.OpenDatabase())
        {
            // A real failure of the database after the draft's rows and before its zero draft: the revision insert aborts.
            await Execute(connection, Corpus.App.IsPostgreSql
                ? """
                  CREATE FUNCTION fail_zero_draft() RETURNS trigger AS $$ BEGIN
                    IF NEW.label LIKE 'Zero draft (from S/RES/9100%' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                  CREATE TRIGGER fail_zero_draft BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION fail_zero_draft();
                  """
                : "CREATE TRIGGER fail_zero_draft BEFORE INSERT ON revisions WHEN NEW.label LIKE 'Zero draft (from S/RES/9100%' BEGIN SELECT RAISE(ABORT, 'forced failure'); END;");
        }

        var counts = await CountsAsync();
        try
        {
            var failed = await drafter.PostAsync($"/api/library/{library}/draft", null, Cancel);
            Assert.False(failed.IsSuccessStatusCode);
            Assert.Equal(counts, await CountsAsync());
            Assert.Empty((await drafter.GetFromJsonAsync<JsonElement>("/api/resolutions", Cancel)).EnumerateArray());
        }
        finally
        {
            await using var connection = Corpus.App.OpenDatabase();
            await Execute(connection, Corpus.App.IsPostgreSql ? "DROP TRIGGER fail_zero_draft ON revisions; DROP FUNCTION fail_zero_draft();" : "DROP TRIGGER fail_zero_draft;");
        }

        Assert.Equal(HttpStatusCode.Created, (await drafter.PostAsync($"/api/library/{library}/draft", null, Cancel)).StatusCode);
        Assert.NotEqual(counts, await CountsAsync());
    }

    private async Task<string> CountsAsync()
    {
        await using var connection = Corpus.App.OpenDatabase();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM resolutions) || '/' || (SELECT COUNT(*) FROM clauses) || '/' || (SELECT COUNT(*) FROM events) || '/' || (SELECT COUNT(*) FROM revisions) || '/' || (SELECT COUNT(*) FROM participants)";
        return Convert.ToString(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
