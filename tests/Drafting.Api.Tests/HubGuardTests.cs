using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Dapper;
using Drafting.Api.Features.Comments;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// The hub's own guards, over real SignalR connections: what an outsider may not do through the hub without joining,
/// what a malformed call is answered, and that leaving a resolution stops its events.
/// </summary>
public class HubGuardTests
{
    private static Task<Scenario> LoopbackScenarioAsync() => Scenario.CreateAsync(DraftingApplication.OnLoopback());

    /// <summary>An edit at version 1 through the hub, which must be refused.</summary>
    private static Task<HubException> RefusedEditAsync(HubConnection connection, Scenario scenario, string clauseId, string? text, string opId) =>
        Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("EditClause", new EditClauseCommand(scenario.ResolutionId, clauseId, 1, text, opId)));

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
        var refused = await RefusedEditAsync(outsider, scenario, "not a clause id!", "text", "op-1");
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(refused.Message));
    }

    [Fact]
    public async Task A_drafters_edit_with_a_malformed_or_unknown_clause_id_is_refused_by_name()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await scenario.ConnectAsync("drafter");
        var malformed = await RefusedEditAsync(drafter, scenario, "not a clause id!", "text", "op-1");
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(malformed.Message));
        Assert.Contains("'not a clause id!' is not a clause id", malformed.Message, StringComparison.Ordinal);

        var missingText = await RefusedEditAsync(drafter, scenario, scenario.ClauseId("operative", 0), null, "op-2");
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(missingText.Message));
        Assert.Contains("text is required.", missingText.Message, StringComparison.Ordinal);

        var unknown = await RefusedEditAsync(drafter, scenario, "op-unknown-clause", "Decides to act;", "op-3");
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
        observer.OnComment(nameof(IDraftingClient.CommentAdded), c => received.Writer.TryWrite(c.Body));
        await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await observer.InvokeAsync("LeaveResolution", scenario.ResolutionId);

        var clause = scenario.ClauseId("operative", 0);
        var version = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("version").GetInt32();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides to act now;", baseVersion = version, opId = "after-leave" })).EnsureSuccessStatusCode();
        (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "After the observer left.", visibility = "all" })).EnsureSuccessStatusCode();
        // Sent to the African Union's group of this resolution, which the observer's connection joined with the room.
        (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "For the AU, after leaving.", visibility = "organization" })).EnsureSuccessStatusCode();

        // Both events were sent before the REST answers came back; a round trip on the same connection comes after
        // anything the server sent it earlier, so an event still on its way would be here by now.
        await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, long.MaxValue - 1);
        Assert.False(received.Reader.TryRead(out var leaked), $"Received after leaving: {leaked}");
    }

    [Fact]
    public async Task An_outsiders_edit_of_a_clause_that_does_not_exist_is_refused_as_not_a_participant()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var outsider = await scenario.ConnectAsync("outsider");
        var refused = await RefusedEditAsync(outsider, scenario, "op-unknown-clause", "Decides to act;", "op-1");
        Assert.Equal(ErrorCodes.NotParticipant, ErrorCodes.FromHubMessage(refused.Message));
        Assert.DoesNotContain("op-unknown-clause", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_without_its_command_is_refused_by_name_and_stores_nothing()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await scenario.ConnectAsync("drafter");
        var before = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();

        var edit = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("EditClause", (object?)null));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(edit.Message));
        Assert.Contains("An edit is required: {resolutionId, clauseId, baseVersion, text, opId}.", edit.Message, StringComparison.Ordinal);

        var proposal = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("Propose", scenario.ResolutionId, (object?)null));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(proposal.Message));
        Assert.Contains("A proposal is required.", proposal.Message, StringComparison.Ordinal);

        var comment = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("AddComment", scenario.ResolutionId, (object?)null));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCodes.FromHubMessage(comment.Message));
        Assert.Contains("A comment is required: {clauseId, quote, body, visibility} or {parentId, body}.", comment.Message, StringComparison.Ordinal);

        Assert.Equal(before, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task The_pen_holders_reply_in_an_organizations_private_thread_reaches_that_organization_in_catch_up()
    {
        await using var scenario = await LoopbackScenarioAsync();
        var clause = scenario.ClauseId("operative", 0);
        var thread = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = clause, body = "AU position first.", visibility = "penholder" })).Content.ReadFromJsonAsync<JsonElement>();
        // The reply's author is France; its thread's audience is the African Union.
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/comments"), new { parentId = thread.GetProperty("id").GetGuid(), body = "Noted by the pen." }))
            .EnsureSuccessStatusCode();

        await using var observer = await scenario.ConnectAsync("observer");
        var events = await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L);
        Assert.Contains(events, e => e.Type == EventTypes.CommentAdded && e.Payload.GetProperty("body").GetString() == "Noted by the pen.");

        await using var drafter = await scenario.ConnectAsync("drafter");
        var ghana = await drafter.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L);
        Assert.DoesNotContain(ghana, e => e.Type == EventTypes.CommentAdded && e.Payload.GetProperty("body").GetString() == "Noted by the pen.");
    }

    [Fact]
    public async Task A_private_comment_logged_before_threads_named_their_audience_reaches_its_authors_organization_only_in_catch_up()
    {
        await using var scenario = await LoopbackScenarioAsync();
        var comment = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = scenario.ClauseId("operative", 0), body = "AU position, logged long ago.", visibility = "organization" })).Content.ReadFromJsonAsync<JsonElement>();
        var seq = comment.GetProperty("seq").GetInt64();
        await LogAsBeforeAudiencesAsync(scenario, seq);

        await using var observer = await scenario.ConnectAsync("observer");
        var seen = Assert.Single(await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, seq - 1));
        Assert.Equal(EventTypes.CommentAdded, seen.Type);
        Assert.Equal("AU position, logged long ago.", seen.Payload.GetProperty("body").GetString());

        await using var drafter = await scenario.ConnectAsync("drafter");
        var hidden = Assert.Single(await drafter.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, seq - 1));
        Assert.Equal((EventTypes.Hidden, seq), (hidden.Type, hidden.Seq));
    }

    /// <summary>Rewrites a stored comment event the way it was logged before threads had an audience: without that field.</summary>
    private static async Task LogAsBeforeAudiencesAsync(Scenario scenario, long seq)
    {
        await using var connection = await scenario.App.Services.GetRequiredService<DraftingDatabase>().OpenAsync(CancellationToken.None);
        var key = new { rid = scenario.ResolutionId.ToString(), seq };
        var payload = JsonNode.Parse(await connection.QuerySingleAsync<string>("SELECT payload FROM events WHERE resolution_id = @rid AND seq = @seq", key))!.AsObject();
        Assert.True(payload.Remove("audience"));
        await connection.ExecuteAsync("UPDATE events SET payload = @payload WHERE resolution_id = @rid AND seq = @seq", new { key.rid, key.seq, payload = payload.ToJsonString() });
    }
}
