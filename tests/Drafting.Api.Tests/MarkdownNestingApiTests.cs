using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Drafting.Api.Tests;

/// <summary>
/// Markdown nested thousands deep in a comment or a rationale used to answer 500 (Markdig refuses to parse it), and a
/// Word review's comment did so after storing the file's proposals. Now each is a 400 naming the field, and a Word review
/// that answers an error has stored nothing.
/// </summary>
public class MarkdownNestingApiTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static TheoryData<string> Nestings => [new string('[', 9_000), string.Concat(Enumerable.Repeat("> ", 4_900)) + "x", string.Concat(Enumerable.Repeat("- ", 4_900)) + "x"];

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static (long Proposals, long Comments, long Events) Counts(Scenario scenario)
    {
        using var connection = new SqliteConnection($"Data Source={scenario.App.DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        return (Count("proposals"), Count("comments"), Count("events"));
    }

    [Theory]
    [MemberData(nameof(Nestings))]
    public async Task A_comment_nested_thousands_deep_is_a_400_naming_the_body_and_stores_nothing(string markdown)
    {
        await using var scenario = await Scenario.CreateAsync();
        var before = Counts(scenario);
        var (status, problem) = await PostAsync(scenario.Clients["drafter"], scenario.Path("/comments"), new { clauseId = scenario.ClauseId("operative", 0), body = markdown });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid-request", problem.GetProperty("code").GetString());
        Assert.StartsWith("body nests its Markdown", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Counts(scenario));
        Assert.Equal(0, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"))).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Nestings))]
    public async Task A_rationale_nested_thousands_deep_is_a_400_naming_the_rationale_and_stores_nothing(string markdown)
    {
        await using var scenario = await Scenario.CreateAsync();
        var before = Counts(scenario);
        var clause = scenario.Resolution.GetProperty("operative")[0];
        var (status, problem) = await PostAsync(scenario.Clients["drafter"], scenario.Path("/proposals"), new
        {
            kind = "replace", clauseId = clause.GetProperty("id").GetString(), baseVersion = clause.GetProperty("version").GetInt32(),
            text = clause.GetProperty("text").GetString() + " Amended.", rationale = markdown,
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid-request", problem.GetProperty("code").GetString());
        Assert.StartsWith("rationale nests its Markdown", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Counts(scenario));
    }

    [Fact]
    public async Task A_word_review_answering_an_error_has_stored_nothing()
    {
        // Quotes and lists nest only at the start of a line, and a Word comment's body starts with its author's name.
        var markdown = new string('[', 9_000);
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        var op1 = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        var op2 = scenario.Resolution.GetProperty("operative")[1].GetProperty("text").GetString()!;
        var export = await (await drafter.GetAsync(scenario.Path("/export/docx"))).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        using var edited = new ReturnedWordFile(export);
        // Two changes the review would propose before it reached the comment, and the comment last.
        var file = edited
            .Insert("drafter (Ghana)", op1[..30], " Added by Ghana.")
            .Insert("drafter (Ghana)", op2[..30], " Also added by Ghana.")
            .Comment("drafter (Ghana)", op2[..30], "Fine.")
            .Comment("drafter (Ghana)", op1[..30], markdown)
            .Bytes();
        var before = Counts(scenario);

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(Docx);
        var response = await drafter.PostAsync(scenario.Path("/word-review"), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        var detail = JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
        Assert.Matches(@"^Word comment \d \(by drafter \(Ghana\)\) nests its Markdown .* Nothing of the file was stored\.$", detail);
        Assert.Equal(before, Counts(scenario));
        Assert.Equal(0, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).GetArrayLength());
    }
}
