using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>Revisions, stages, sponsors over time, diffs and clause history, through the REST API.</summary>
public class RevisionTests
{
    private static async Task<JsonElement> PublishAsync(Scenario scenario, string role, string? label = null)
    {
        var response = await scenario.Clients[role].PostAsJsonAsync(scenario.Path("/revisions"), new { label });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> RevisionAsync(Scenario scenario, int number) =>
        await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/revisions/{number}"));

    private static async Task<HttpResponseMessage> EditAsync(Scenario scenario, string role, string part, int index, string text)
    {
        var clause = (await scenario.CurrentAsync()).GetProperty(part)[index];
        return await scenario.Clients[role].PutAsJsonAsync(scenario.Path($"/clauses/{clause.GetProperty("id").GetString()}"), new { text, baseVersion = clause.GetProperty("version").GetInt32() });
    }

    private static Task<HttpResponseMessage> MoveStageAsync(Scenario scenario, string role, string stage) =>
        scenario.Clients[role].PutAsJsonAsync(scenario.Path("/stage"), new { stage });

    [Fact]
    public async Task A_published_revision_never_changes_when_the_text_does()
    {
        await using var scenario = await Scenario.CreateAsync();
        var zero = await PublishAsync(scenario, "secretary");
        Assert.Equal((0, "Zero draft"), (zero.GetProperty("number").GetInt32(), zero.GetProperty("label").GetString()));
        Assert.Equal("secretary", zero.GetProperty("publishedBy").GetProperty("displayName").GetString());
        var before = await RevisionAsync(scenario, 0);

        (await EditAsync(scenario, "penholder", "operative", 0, "Stresses the importance of everything;")).EnsureSuccessStatusCode();
        (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{scenario.ClauseId("preambular", 0)}"))).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "France" } })).EnsureSuccessStatusCode();

        var after = await RevisionAsync(scenario, 0);
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString(), after.GetProperty("resolution").GetProperty("operative")[0].GetProperty("text").GetString());
        Assert.Equal(44, after.GetProperty("resolution").GetProperty("sponsors").GetArrayLength());

        var rev1 = await PublishAsync(scenario, "penholder");
        Assert.Equal((1, "Rev.1"), (rev1.GetProperty("number").GetInt32(), rev1.GetProperty("label").GetString()));
        var list = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/revisions"));
        Assert.Equal(["Zero draft", "Rev.1"], list.EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        Assert.Equal("Stresses the importance of everything;", (await RevisionAsync(scenario, 1)).GetProperty("resolution").GetProperty("operative")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Bad_revision_requests_get_clear_errors()
    {
        await using var scenario = await Scenario.CreateAsync();
        var tooLong = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = new string('x', 101) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("100 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await scenario.Penholder.GetAsync(scenario.Path("/revisions/7"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/revisions"))).EnumerateArray());
        var noFrom = await scenario.Penholder.GetAsync(scenario.Path("/diff"));
        Assert.Equal(HttpStatusCode.BadRequest, noFrom.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.Penholder.GetAsync(scenario.Path("/diff?from=3"))).StatusCode);
    }

    public static TheoryData<string, string[], string, HttpStatusCode> StageMoves() => new()
    {
        { "secretary", [], "inBlue", HttpStatusCode.OK },
        { "secretary", ["inBlue"], "adopted", HttpStatusCode.OK },
        { "secretary", ["inBlue"], "notAdopted", HttpStatusCode.OK },
        { "secretary", [], "withdrawn", HttpStatusCode.Forbidden },
        { "secretary", ["inBlue"], "draft", HttpStatusCode.Forbidden },
        { "penholder", [], "inBlue", HttpStatusCode.OK },
        { "penholder", ["inBlue"], "draft", HttpStatusCode.OK },
        { "penholder", [], "withdrawn", HttpStatusCode.OK },
        { "penholder", ["inBlue"], "adopted", HttpStatusCode.OK },
        { "penholder", [], "adopted", HttpStatusCode.Conflict },
        { "penholder", ["inBlue", "adopted"], "draft", HttpStatusCode.Conflict },
        { "penholder", ["withdrawn"], "inBlue", HttpStatusCode.Conflict },
        { "penholder", ["inBlue", "notAdopted"], "adopted", HttpStatusCode.Conflict },
        { "drafter", [], "inBlue", HttpStatusCode.Forbidden },
        { "observer", [], "inBlue", HttpStatusCode.Forbidden },
        { "outsider", [], "inBlue", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(StageMoves))]
    public async Task Stage_moves_follow_the_lifecycle_and_the_roles(string role, string[] path, string to, HttpStatusCode expected)
    {
        await using var scenario = await Scenario.CreateAsync();
        foreach (var stage in path)
        {
            (await MoveStageAsync(scenario, "penholder", stage)).EnsureSuccessStatusCode();
        }

        var before = await scenario.CurrentAsync();
        var response = await MoveStageAsync(scenario, role, to);
        Assert.True(expected == response.StatusCode, $"{role} {string.Join("→", path.Prepend("draft"))}→{to}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var after = await scenario.CurrentAsync();
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(to, after.GetProperty("stage").GetString());
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(before.GetRawText(), after.GetRawText());
        }
    }

    [Fact]
    public async Task In_blue_only_the_pen_holder_changes_the_text_and_after_adoption_nobody_does()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await MoveStageAsync(scenario, "secretary", "inBlue")).EnsureSuccessStatusCode();

        var drafterEdit = await EditAsync(scenario, "drafter", "operative", 1, "Requests nothing;");
        Assert.Equal(HttpStatusCode.Conflict, drafterEdit.StatusCode);
        Assert.Contains("in blue", await drafterEdit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var drafterInsert = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", text = "Decides to act;" });
        Assert.Equal(HttpStatusCode.Conflict, drafterInsert.StatusCode);
        (await EditAsync(scenario, "penholder", "operative", 1, "Requests the host States to act;")).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "France" }, new { name = "Ghana" } })).EnsureSuccessStatusCode();

        (await MoveStageAsync(scenario, "secretary", "adopted")).EnsureSuccessStatusCode();
        var penholderEdit = await EditAsync(scenario, "penholder", "operative", 1, "Requests everyone;");
        Assert.Equal(HttpStatusCode.Conflict, penholderEdit.StatusCode);
        Assert.Contains("adopted", await penholderEdit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "Chile" } })).StatusCode);
        Assert.Equal("Requests the host States to act;", (await scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sponsors_joining_and_withdrawing_across_revisions_rebuild_each_revisions_sponsor_line()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "France" }, new { name = "Ghana" } })).EnsureSuccessStatusCode();
        await PublishAsync(scenario, "penholder");
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new object[] { new { name = "France" }, new { name = "Ghana" }, new { name = "Chile", role = "co" } })).EnsureSuccessStatusCode();
        await PublishAsync(scenario, "penholder");
        var record = await (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new object[] { new { name = "Ghana" }, new { name = "Chile", role = "co" }, new { name = "Japan", role = "co" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        await PublishAsync(scenario, "secretary");

        string[] Line(JsonElement resolution) => [.. resolution.GetProperty("sponsors").EnumerateArray().Select(s => s.GetProperty("name").GetString()!)];
        Assert.Equal(["France", "Ghana"], Line((await RevisionAsync(scenario, 0)).GetProperty("resolution")));
        Assert.Equal(["France", "Ghana", "Chile"], Line((await RevisionAsync(scenario, 1)).GetProperty("resolution")));
        Assert.Equal(["Ghana", "Chile", "Japan"], Line((await RevisionAsync(scenario, 2)).GetProperty("resolution")));
        Assert.Equal(["Ghana", "Chile", "Japan"], Line(await scenario.CurrentAsync()));

        var france = record.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "France");
        Assert.Equal((0, 2), (france.GetProperty("joinedRevision").GetInt32(), france.GetProperty("withdrawnRevision").GetInt32()));
        Assert.Equal(JsonValueKind.String, france.GetProperty("withdrawn").ValueKind);
        var since1 = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/sponsors?joinedSince=1"));
        Assert.Equal(["Chile", "Japan"], since1.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_diff_shows_changed_words_moves_insertions_and_deletions_with_references()
    {
        await using var scenario = await Scenario.CreateAsync();
        await PublishAsync(scenario, "secretary");
        (await EditAsync(scenario, "penholder", "operative", 5, scenario.Resolution.GetProperty("operative")[5].GetProperty("text").GetString()!.Replace("Member States", "all Member States", StringComparison.Ordinal))).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("operative", 1)}/move"), new { position = 3 })).EnsureSuccessStatusCode();
        (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{scenario.ClauseId("preambular", 2)}"))).EnsureSuccessStatusCode();

        var diff = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/diff?from=0"));
        Assert.Equal(("Zero draft", "Current text"), (diff.GetProperty("from").GetProperty("label").GetString(), diff.GetProperty("to").GetProperty("label").GetString()));
        var summary = diff.GetProperty("summary");
        Assert.Equal((1, 0, 1, 1), (summary.GetProperty("modified").GetInt32(), summary.GetProperty("inserted").GetInt32(), summary.GetProperty("deleted").GetInt32(), summary.GetProperty("moved").GetInt32()));

        var edited = diff.GetProperty("operative").EnumerateArray().Single(c => c.GetProperty("change").GetString() == "modified");
        Assert.Equal(("OP 6", "OP 6"), (edited.GetProperty("oldReference").GetString(), edited.GetProperty("newReference").GetString()));
        var changed = edited.GetProperty("segments").EnumerateArray().Where(s => s.GetProperty("kind").GetString() != "equal").Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("text").GetString()));
        Assert.Equal([("inserted", "all ")], changed);

        var moved = diff.GetProperty("operative").EnumerateArray().Single(c => c.GetProperty("moved").GetBoolean());
        Assert.Equal(("OP 2", "OP 4"), (moved.GetProperty("oldReference").GetString(), moved.GetProperty("newReference").GetString()));
        Assert.Equal("movedAway", diff.GetProperty("operative")[1].GetProperty("change").GetString());
        var deleted = diff.GetProperty("preambular")[2];
        Assert.Equal(("deleted", "PP 3"), (deleted.GetProperty("change").GetString(), deleted.GetProperty("oldReference").GetString()));
        // Renumbered but untouched paragraphs are unchanged.
        Assert.Equal("unchanged", diff.GetProperty("operative")[2].GetProperty("change").GetString());

        var html = await scenario.Clients["secretary"].GetAsync(scenario.Path("/diff?from=0&format=html"));
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("<ins", page, StringComparison.Ordinal);
        Assert.Contains("<del", page, StringComparison.Ordinal);
        Assert.Contains("all ", page, StringComparison.Ordinal);

        await PublishAsync(scenario, "secretary");
        var between = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/diff?from=0&to=1"));
        Assert.Equal(diff.GetProperty("summary").GetRawText(), between.GetProperty("summary").GetRawText());
    }

    [Fact]
    public async Task Clause_history_lists_every_version_with_its_author_and_changes()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 2);
        var original = scenario.Resolution.GetProperty("operative")[2].GetProperty("text").GetString()!;
        (await EditAsync(scenario, "drafter", "operative", 2, original.Replace("promptly", "swiftly", StringComparison.Ordinal))).EnsureSuccessStatusCode();
        (await EditAsync(scenario, "penholder", "operative", 2, original.Replace("promptly", "swiftly and fully", StringComparison.Ordinal))).EnsureSuccessStatusCode();

        var history = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path($"/clauses/{clause}/history"));
        Assert.Equal([1, 2, 3], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["penholder", "drafter", "penholder"], history.EnumerateArray().Select(v => v.GetProperty("by").GetProperty("displayName").GetString()));
        Assert.Equal("Ghana", history[1].GetProperty("by").GetProperty("organization").GetString());
        Assert.Equal([("deleted", "promptly"), ("inserted", "swiftly")], Changes(history[1]));
        var added = Assert.Single(Changes(history[2]));
        Assert.Equal(("inserted", "and fully"), (added.Item1, added.Item2?.Trim()));
        Assert.All(history.EnumerateArray(), v => Assert.True(v.GetProperty("seq").GetInt64() > 0));
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.Penholder.GetAsync(scenario.Path("/clauses/cnotthere1/history"))).StatusCode);

        static IEnumerable<(string?, string?)> Changes(JsonElement version) =>
            version.GetProperty("changes").EnumerateArray().Where(s => s.GetProperty("kind").GetString() != "equal").Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("text").GetString()));
    }
}
