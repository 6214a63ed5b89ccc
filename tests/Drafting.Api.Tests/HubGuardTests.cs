using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Live;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>
/// The hub's own guards, over real SignalR connections: what an outsider may not do through the hub without joining,
/// what a malformed call is answered, and that leaving a resolution stops its events.
/// </summary>
public class HubGuardTests
{
    private static Task<Scenario> LoopbackScenarioAsync() => Scenario.CreateAsync(DraftingApplication.OnLoopback());

    [Fact]
    public async Task An_outsider_cannot_comment_through_the_hub_and_nothing_is_stored()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var outsider = await scenario.ConnectAsync("outsider");
        var clause = scenario.ClauseId("operative", 0);
        var refused = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<JsonElement>("AddComment", scenario.ResolutionId,
            new { clauseId = clause, body = "Slipped in through the hub.", visibility = "all" }));
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(refused.Message));
        Assert.DoesNotContain("Slipped in", await scenario.Penholder.GetStringAsync(scenario.Path("/comments")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outsiders_malformed_edit_says_nothing_about_the_resolution()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var outsider = await scenario.ConnectAsync("outsider");
        var refused = await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<JsonElement>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, "not a clause id!", 1, "text", "op-1")));
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(refused.Message));
    }

    [Fact]
    public async Task A_drafters_edit_with_a_malformed_or_unknown_clause_id_is_refused_by_name()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await scenario.ConnectAsync("drafter");
        var malformed = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, "not a clause id!", 1, "text", "op-1")));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(malformed.Message));
        Assert.Contains("'not a clause id!' is not a clause id", malformed.Message, StringComparison.Ordinal);

        var missingText = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, scenario.ClauseId("operative", 0), 1, null, "op-2")));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(missingText.Message));

        var unknown = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, "op-unknown-clause", 1, "Decides to act;", "op-3")));
        Assert.Equal(ErrorCodes.NotFound, ErrorCodes.FromHubMessage(unknown.Message));
    }

    [Fact]
    public async Task Focus_on_a_malformed_clause_id_or_before_joining_is_refused()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await scenario.ConnectAsync("drafter");
        var notJoined = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync("SetFocus", scenario.ResolutionId, scenario.ClauseId("operative", 0)));
        Assert.Contains("Join the resolution before setting your focus.", notJoined.Message, StringComparison.Ordinal);

        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var malformed = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync("SetFocus", scenario.ResolutionId, "not a clause id!"));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(malformed.Message));
        await drafter.InvokeAsync("SetFocus", scenario.ResolutionId, scenario.ClauseId("operative", 0));
    }

    [Fact]
    public async Task After_leaving_a_resolution_a_connection_receives_none_of_its_events()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await scenario.ConnectAsync("observer");
        var received = Channel.CreateUnbounded<string>();
        observer.On<LiveEvent>(nameof(IDraftingClient.ClauseChanged), e => received.Writer.TryWrite(e.Type));
        observer.On<Comments.CommentDto>(nameof(IDraftingClient.CommentAdded), c => received.Writer.TryWrite(c.Body));
        await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await observer.InvokeAsync("LeaveResolution", scenario.ResolutionId);

        var clause = scenario.ClauseId("operative", 0);
        var version = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("version").GetInt32();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides to act now;", baseVersion = version, opId = "after-leave" })).EnsureSuccessStatusCode();
        (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "After the observer left.", visibility = "all" })).EnsureSuccessStatusCode();

        // Both events were sent before the REST answers came back; a round trip on the same connection comes after
        // anything the server sent it earlier, so an event still on its way would be here by now.
        await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, long.MaxValue - 1);
        Assert.False(received.Reader.TryRead(out var leaked), $"Received after leaving: {leaked}");
    }
}
