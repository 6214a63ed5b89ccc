using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>
/// Rules a one-line regression could break silently, each guarded through the public contract: who may join and catch
/// up, which stages freeze the text, what a repeated opId does, and who sees a private thread.
/// </summary>
public class GuardedRulesTests
{
    [Fact]
    public async Task Someone_who_takes_no_part_can_neither_join_nor_catch_up_nor_read_presence()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var outsider = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["outsider"]);
        var join = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId));
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(join.Message));
        var catchUp = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L));
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(catchUp.Message));
        var presence = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<JsonElement>("GetPresence", scenario.ResolutionId));
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(presence.Message));
    }

    [Theory]
    [InlineData("adopted")]
    [InlineData("notAdopted")]
    [InlineData("withdrawn")]
    public async Task A_final_stage_freezes_the_text_for_everyone_over_rest_and_the_hub(string final)
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        if (final != "withdrawn")
        {
            (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        }

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = final })).EnsureSuccessStatusCode();
        var clause = scenario.ClauseId("operative", 1);
        foreach (var role in new[] { "penholder", "drafter" })
        {
            var rest = await scenario.Clients[role].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides;", baseVersion = 1, opId = $"{role}-rest" });
            Assert.Equal(HttpStatusCode.Conflict, rest.StatusCode);
            Assert.Contains($"\"code\":\"{ErrorCodes.Frozen}\"", await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await using var connection = await scenario.ConnectAsync(role);
            var hub = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, clause, 1, "Decides;", $"{role}-hub")));
            Assert.Equal(ErrorCodes.Frozen, ErrorCodes.FromHubMessage(hub.Message));
            Assert.Equal(HttpStatusCode.Conflict, (await scenario.Clients[role].DeleteAsync(scenario.Path($"/clauses/{clause}"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "France", role = "main" } })).StatusCode);
        Assert.Equal(scenario.Resolution.GetProperty("operative")[1].GetProperty("text").GetString(), (await scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_repeated_opId_applies_a_structure_sponsor_or_stage_change_once()
    {
        await using var scenario = await Scenario.CreateAsync();
        var before = await scenario.CurrentAsync();
        var count = before.GetProperty("operative").GetArrayLength();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act;", opId = "insert-once" })).EnsureSuccessStatusCode();
            (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("operative", 3)}/move"), new { position = 0, opId = "move-once" })).EnsureSuccessStatusCode();
            (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{scenario.ClauseId("operative", 5)}?opId=delete-once"))).EnsureSuccessStatusCode();
            (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors?opId=sponsors-once"), new[] { new { name = "France", role = "main" }, new { name = "Ghana", role = "co" } })).EnsureSuccessStatusCode();
            (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage?opId=stage-once"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        }

        var after = await scenario.CurrentAsync();
        var operative = after.GetProperty("operative");
        Assert.Equal(count, operative.GetArrayLength());
        Assert.Equal(scenario.ClauseId("operative", 3), operative[0].GetProperty("id").GetString());
        Assert.Equal("Decides to act;", operative[1].GetProperty("text").GetString());
        Assert.Equal(before.GetProperty("seq").GetInt64() + 5, after.GetProperty("seq").GetInt64());
        var sponsors = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/sponsors"));
        Assert.Equal(1, sponsors.EnumerateArray().Count(s => s.GetProperty("name").GetString() == "Ghana"));
    }

    [Fact]
    public async Task A_reply_to_a_private_comment_stays_private_whatever_the_replier_asks()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("preambular", 0);
        var comment = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "For the AU only.", visibility = "penholder" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var reply = await (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/comments"), new { parentId = comment.GetProperty("id").GetGuid(), body = "Noted, France.", visibility = "all" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("penholder", reply.GetProperty("visibility").GetString());
        var seenByGhana = await scenario.Clients["drafter"].GetStringAsync(scenario.Path("/comments"));
        Assert.DoesNotContain("Noted, France.", seenByGhana, StringComparison.Ordinal);
        Assert.DoesNotContain("For the AU only.", seenByGhana, StringComparison.Ordinal);
        var seenByAu = await scenario.Clients["observer"].GetStringAsync(scenario.Path("/comments"));
        Assert.Contains("Noted, France.", seenByAu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catch_up_hides_every_event_of_another_organizations_private_comment()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var clause = scenario.ClauseId("operative", 0);
        var start = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        var comment = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, quote = new { exact = "peacekeeping" }, body = "AU position: keep this.", visibility = "organization" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        (await scenario.Clients["observer"].PatchAsJsonAsync(scenario.Path($"/comments/{comment.GetProperty("id").GetGuid()}"), new { resolved = true })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Stresses the point;", baseVersion = 1, opId = "orphan" })).EnsureSuccessStatusCode();

        await using var ghana = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var events = await ghana.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, start);
        Assert.DoesNotContain(events, e => e.Type is EventTypes.CommentAdded or EventTypes.CommentChanged);
        Assert.Equal(3, events.Count(e => e.Type == EventTypes.Hidden));
        Assert.DoesNotContain("AU position", JsonSerializer.Serialize(events), StringComparison.Ordinal);

        await using var au = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["observer"]);
        var own = await au.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, start);
        Assert.Equal([EventTypes.CommentAdded, EventTypes.CommentChanged], own.Where(e => e.Type.StartsWith("Comment", StringComparison.Ordinal)).Take(2).Select(e => e.Type));
    }
}
