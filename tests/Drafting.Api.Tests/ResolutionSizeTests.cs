using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Drafting.Model.Export.Docx;
using Drafting.Model.Resolutions;
using Microsoft.Data.Sqlite;

namespace Drafting.Api.Tests;

/// <summary>
/// One user's giant text cannot stall the others: a resolution holds at most <see cref="ResolutionLimits.MaxParagraphs"/>
/// paragraphs and <see cref="ResolutionLimits.MaxCharacters"/> characters (refused on paste, Word import and insert,
/// naming the limit), and a structure change on the largest text writes only the rows it changes.
/// </summary>
public class ResolutionSizeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A pasted draft with <paramref name="paragraphs"/> operative paragraphs.</summary>
    private static string Draft(int paragraphs)
    {
        var text = new StringBuilder("The Security Council,\n\n");
        for (var i = 1; i <= paragraphs; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i}. Decides to remain seized of matter {i};\n\n");
        }

        return text.ToString();
    }

    private static Task<HttpResponseMessage> PasteAsync(HttpClient client, string text) =>
        client.PostAsync("/api/resolutions/import", new StringContent(text, Encoding.UTF8, "text/markdown"), Cancel);

    [Fact]
    public async Task A_paste_or_word_file_over_the_paragraph_limit_and_a_paste_over_the_character_limit_are_refused_naming_the_limit_and_the_line()
    {
        await using var app = new DraftingApplication();
        using var user = await app.UserAsync("kenya", "Kenya");

        var tooMany = await PasteAsync(user, Draft(ResolutionLimits.MaxParagraphs + 1));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("too-many-paragraphs", error.GetProperty("code").GetString());
        // Paragraph n is on line 2n + 1 of the draft above.
        Assert.Equal(2 * (ResolutionLimits.MaxParagraphs + 1) + 1, error.GetProperty("line").GetInt32());
        Assert.Contains("at most 5,000 paragraphs", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var giant = new StringBuilder("The Security Council,\n\n");
        while (giant.Length <= ResolutionLimits.MaxCharacters)
        {
            giant.Append("1. x\n");
        }

        var tooLong = await PasteAsync(user, giant.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var longProblem = await tooLong.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("too-large", Assert.Single(longProblem.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Contains("at most 1,000,000", longProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var operative = Enumerable.Range(1, ResolutionLimits.MaxParagraphs + 1).Select(i => new Clause(ClauseId.New(), ClauseKind.Operative, $"Decides point {i};", "Decides"));
        var word = DocxWriter.Write(new Resolution(Guid.NewGuid(), Organ.SecurityCouncil, "The Security Council,", [], operative));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(word), "file", "giant.docx" } };
        var wordRefused = await user.PostAsync("/api/resolutions/import", form, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, wordRefused.StatusCode);
        Assert.Contains("at most 5,000 paragraphs", (await wordRefused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Empty((await user.GetFromJsonAsync<JsonElement>("/api/resolutions", Cancel)).EnumerateArray());
    }

    [Fact]
    public async Task Adding_a_paragraph_past_the_limit_is_refused_and_a_structure_change_on_the_largest_text_writes_only_its_rows()
    {
        await using var app = new DraftingApplication();
        using var user = await app.UserAsync("kenya", "Kenya");
        var imported = await PasteAsync(user, Draft(ResolutionLimits.MaxParagraphs));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var resolution = await imported.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var path = $"/api/resolutions/{resolution.GetProperty("id").GetGuid()}/clauses";
        var operative = resolution.GetProperty("operative");
        Assert.Equal(ResolutionLimits.MaxParagraphs, operative.GetArrayLength());

        var refused = await user.PostAsJsonAsync(path, new { kind = "operative", text = "Decides one more thing;", opId = "one-too-many" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at most 5,000 paragraphs", (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Every write to the clause rows is counted by triggers of the test's own, in the same database file.
        await using (var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync(Cancel);
            await using var command = connection.CreateCommand();
            command.CommandText =
                """
                CREATE TABLE test_clause_writes (n INTEGER NOT NULL);
                INSERT INTO test_clause_writes VALUES (0);
                CREATE TRIGGER test_clause_insert AFTER INSERT ON clauses BEGIN UPDATE test_clause_writes SET n = n + 1; END;
                CREATE TRIGGER test_clause_update AFTER UPDATE ON clauses BEGIN UPDATE test_clause_writes SET n = n + 1; END;
                CREATE TRIGGER test_clause_delete AFTER DELETE ON clauses BEGIN UPDATE test_clause_writes SET n = n + 1; END;
                """;
            await command.ExecuteNonQueryAsync(Cancel);
        }

        var last = operative[ResolutionLimits.MaxParagraphs - 1].GetProperty("id").GetString();
        var deleted = await user.DeleteAsync($"{path}/{last}?opId=delete-last", Cancel);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(1, await ClauseWritesAsync(app));

        var inserted = await user.PostAsJsonAsync(path, new { kind = "operative", text = "Decides, at the end, once more;", opId = "insert-last" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, inserted.StatusCode);
        Assert.Equal(2, await ClauseWritesAsync(app));

        // Moving the second-last paragraph one place down swaps two positions: two rows.
        var secondLast = operative[ResolutionLimits.MaxParagraphs - 2].GetProperty("id").GetString();
        var moved = await user.PostAsJsonAsync($"{path}/{secondLast}/move", new { position = ResolutionLimits.MaxParagraphs - 1, opId = "move-down" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(4, await ClauseWritesAsync(app));

        var now = await user.GetFromJsonAsync<JsonElement>(path.Replace("/clauses", "", StringComparison.Ordinal), Cancel);
        Assert.Equal(ResolutionLimits.MaxParagraphs, now.GetProperty("operative").GetArrayLength());
        Assert.Equal(secondLast, now.GetProperty("operative")[ResolutionLimits.MaxParagraphs - 1].GetProperty("id").GetString());
        Assert.Equal("Decides, at the end, once more;", now.GetProperty("operative")[ResolutionLimits.MaxParagraphs - 2].GetProperty("text").GetString());
    }

    private static async Task<long> ClauseWritesAsync(DraftingApplication app)
    {
        await using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT n FROM test_clause_writes";
        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }
}
