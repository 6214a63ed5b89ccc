using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>What a comment or a reply must carry, and what is refused with which status and words.</summary>
public class CommentRuleTests
{
    private static async Task<HttpResponseMessage> PostAsync(Scenario scenario, string role, object body) =>
        await scenario.Clients[role].PostAsJsonAsync(scenario.Path("/comments"), body);

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_body_is_required_and_holds_at_most_10000_characters()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        foreach (var body in new[] { "   ", new string('b', 10_001) })
        {
            var refused = await PostAsync(scenario, "observer", new { clauseId = clause, body });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("body is required: Markdown, at most 10,000 characters.", await DetailAsync(refused));
        }

        await CreatedAsync(await PostAsync(scenario, "observer", new { clauseId = clause, body = new string('b', 10_000) }));
    }

    [Fact]
    public async Task A_comment_names_an_existing_clause_by_its_id()
    {
        await using var scenario = await Scenario.CreateAsync();
        var malformed = await PostAsync(scenario, "observer", new { clauseId = "not a clause id", body = "Where?" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("clauseId is required: the clause the comment is about.", await DetailAsync(malformed));

        var unknown = Model.Resolutions.ClauseId.New().Value;
        var missing = await PostAsync(scenario, "observer", new { clauseId = unknown, body = "Where?" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal($"There is no clause '{unknown}' in this resolution.", await DetailAsync(missing));
    }

    [Fact]
    public async Task A_reply_goes_to_a_thread_that_exists_never_to_another_reply_and_has_no_anchor_of_its_own()
    {
        await using var scenario = await Scenario.CreateAsync();
        var thread = await CreatedAsync(await PostAsync(scenario, "observer", new { clauseId = scenario.ClauseId("operative", 0), body = "Thread" }));
        var reply = await CreatedAsync(await PostAsync(scenario, "drafter", new { parentId = thread.GetProperty("id").GetGuid(), body = "Reply" }));
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("anchor").ValueKind);

        foreach (var parentId in new[] { reply.GetProperty("id").GetGuid(), Guid.NewGuid() })
        {
            var refused = await PostAsync(scenario, "drafter", new { parentId, body = "Nested" });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal($"There is no comment {parentId} to reply to in this resolution.", await DetailAsync(refused));
        }
    }

    [Fact]
    public async Task The_author_is_the_signed_in_user_with_their_name_and_organization()
    {
        await using var scenario = await Scenario.CreateAsync();
        var comment = await CreatedAsync(await PostAsync(scenario, "drafter", new { clauseId = scenario.ClauseId("operative", 0), body = "Ghana agrees." }));
        var author = comment.GetProperty("author");
        Assert.Equal(("drafter", "Ghana"), (author.GetProperty("displayName").GetString(), author.GetProperty("organization").GetString()));
    }

    [Fact]
    public async Task A_quote_of_exactly_2000_characters_is_accepted()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var longText = "Decides " + string.Join(' ', Enumerable.Repeat("that the mission shall continue", 120)) + ";";
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = longText, baseVersion = 1, opId = "long" })).EnsureSuccessStatusCode();
        var comment = await CreatedAsync(await PostAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = longText[..2000] }, body = "On most of it" }));
        Assert.Equal(2000, comment.GetProperty("anchor").GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task A_paragraph_with_no_words_of_its_own_takes_comments_on_its_sub_paragraphs_and_says_so()
    {
        await using var scenario = await Scenario.CreateAsync();
        var id = scenario.ClauseId("operative", 2);
        var added = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "subParagraph", parentId = id, text = "Monitor the ceasefire;" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var paragraph = (await scenario.CurrentAsync()).GetProperty("operative")[2];
        var emptied = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{id}"), new { text = "", baseVersion = paragraph.GetProperty("version").GetInt32(), opId = "empty-chapeau" });
        Assert.True(emptied.IsSuccessStatusCode, await emptied.Content.ReadAsStringAsync());

        var refused = await PostAsync(scenario, "drafter", new { clauseId = id, body = "On the whole paragraph." });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal($"Clause '{id}' has no words of its own to comment on: comment on one of its sub-paragraphs.", await DetailAsync(refused));

        var sub = paragraph.GetProperty("subparagraphs")[0].GetProperty("id").GetString();
        var comment = await CreatedAsync(await PostAsync(scenario, "drafter", new { clauseId = sub, body = "On the first item." }));
        Assert.Equal("Monitor the ceasefire;", comment.GetProperty("anchor").GetProperty("quote").GetProperty("exact").GetString());
        Assert.DoesNotContain("On the whole paragraph.", await scenario.Penholder.GetStringAsync(scenario.Path("/comments")), StringComparison.Ordinal);
    }
}
