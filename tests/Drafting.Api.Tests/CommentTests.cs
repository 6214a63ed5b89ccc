using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

public class CommentTests
{
    private static async Task<JsonElement> CommentAsync(Scenario scenario, string role, object body)
    {
        var response = await scenario.Clients[role].PostAsJsonAsync(scenario.Path("/comments"), body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Observer_comment_is_anchored_on_its_quote_and_its_markdown_has_no_raw_html()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 6);
        var comment = await CommentAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = "the African Union's efforts" }, body = "The **AU** asks <script>alert(1)</script> for this." });
        var anchor = comment.GetProperty("anchor");
        Assert.Equal("anchored", anchor.GetProperty("status").GetString());
        var text = scenario.Resolution.GetProperty("operative")[6].GetProperty("text").GetString()!;
        Assert.Equal("the African Union's efforts", text[anchor.GetProperty("start").GetInt32()..anchor.GetProperty("end").GetInt32()]);
        var html = comment.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>AU</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("African Union", comment.GetProperty("author").GetProperty("organization").GetString());
    }

    [Fact]
    public async Task Edit_moves_the_anchor_with_its_quote_and_orphans_it_when_the_quote_is_gone()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 7);
        var original = scenario.Resolution.GetProperty("operative")[7].GetProperty("text").GetString()!;
        await CommentAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = "mutual understanding" }, body = "Keep this." });
        await CommentAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = "the local authorities" }, body = "Which ones?" });

        var edited = "Strongly r" + original[1..].Replace("the local authorities and ", "", StringComparison.Ordinal);
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = edited, baseVersion = 1 })).EnsureSuccessStatusCode();

        var comments = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        var kept = comments.EnumerateArray().Single(c => c.GetProperty("body").GetString() == "Keep this.").GetProperty("anchor");
        Assert.Equal("anchored", kept.GetProperty("status").GetString());
        Assert.Equal("mutual understanding", edited[kept.GetProperty("start").GetInt32()..kept.GetProperty("end").GetInt32()]);
        var orphan = comments.EnumerateArray().Single(c => c.GetProperty("body").GetString() == "Which ones?").GetProperty("anchor");
        Assert.Equal("orphaned", orphan.GetProperty("status").GetString());
        Assert.Equal("the local authorities", orphan.GetProperty("quote").GetProperty("exact").GetString());
    }

    [Fact]
    public async Task Anchor_survives_renumbering_when_operative_paragraphs_are_inserted_before_it()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 4);
        var comment = await CommentAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = "situational awareness" }, body = "Define this." });
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act;" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act again;" })).EnsureSuccessStatusCode();

        var current = await scenario.CurrentAsync();
        var renumbered = current.GetProperty("operative")[6];
        Assert.Equal(clause, renumbered.GetProperty("id").GetString());
        Assert.Equal(7, renumbered.GetProperty("number").GetInt32());
        var anchor = (await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/comments")))[0].GetProperty("anchor");
        Assert.Equal(clause, anchor.GetProperty("clauseId").GetString());
        Assert.Equal("anchored", anchor.GetProperty("status").GetString());
        Assert.Equal(comment.GetProperty("anchor").GetProperty("start").GetInt32(), anchor.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Comments_for_an_organization_and_the_pen_holder_are_seen_by_them_only()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("preambular", 0);
        await CommentAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = "Charter" }, body = "AU internal note", visibility = "penholder" });
        await CommentAsync(scenario, "drafter", new { clauseId = clause, body = "For everyone" });

        var seenByObserver = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        var seenByPenholder = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        var seenBySecretary = await scenario.Clients["secretary"].GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        var seenByDrafter = await scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        Assert.Equal(2, seenByObserver.GetArrayLength());
        Assert.Equal(2, seenByPenholder.GetArrayLength());
        Assert.Equal(["For everyone"], seenBySecretary.EnumerateArray().Select(c => c.GetProperty("body").GetString()));
        Assert.Equal(["For everyone"], seenByDrafter.EnumerateArray().Select(c => c.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task Replies_thread_and_resolve_is_for_the_author_or_pen_holder_and_secretaries_cannot_comment()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var comment = await CommentAsync(scenario, "observer", new { clauseId = clause, quote = new { exact = "safety and security" }, body = "Question" });
        var id = comment.GetProperty("id").GetGuid();
        var reply = await CommentAsync(scenario, "drafter", new { parentId = id, body = "Answer" });
        Assert.Equal(id, reply.GetProperty("parentId").GetGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["drafter"].PatchAsJsonAsync(scenario.Path($"/comments/{id}"), new { resolved = true })).StatusCode);
        var resolved = await scenario.Penholder.PatchAsJsonAsync(scenario.Path($"/comments/{id}"), new { resolved = true });
        Assert.True((await resolved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resolved").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, quote = new { exact = "not in this clause" }, body = "x" })).StatusCode);
    }
}
