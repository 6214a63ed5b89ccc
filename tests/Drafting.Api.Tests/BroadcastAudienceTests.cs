using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Features.Comments;
using Drafting.Api.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>Who hears of a change over the hub: the room of that resolution only, and a resolved thread's audience.</summary>
public class BroadcastAudienceTests
{
    [Fact]
    public async Task A_change_reaches_the_room_of_its_own_resolution_only()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var import = new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-001-peacekeepers-safety.md")), System.Text.Encoding.UTF8, "text/markdown");
        var other = await (await scenario.Penholder.PostAsync("/api/resolutions/import", import)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var otherId = other.GetProperty("id").GetGuid();
        await using var here = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Penholder);
        await using var there = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Penholder);
        var heard = Channel.CreateUnbounded<LiveEvent>();
        there.On<LiveEvent>(nameof(IDraftingClient.ClauseChanged), change => heard.Writer.TryWrite(change));
        await here.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await there.InvokeAsync<JsonElement>("JoinResolution", otherId);

        var clause = scenario.ClauseId("operative", 0);
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Stresses the point here;", baseVersion = 1, opId = "here" })).EnsureSuccessStatusCode();
        var otherClause = other.GetProperty("operative")[0].GetProperty("id").GetString();
        (await scenario.Penholder.PutAsJsonAsync($"/api/resolutions/{otherId}/clauses/{otherClause}", new { text = "Stresses the point there;", baseVersion = 1, opId = "there" })).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        // Messages to a connection keep their order: the first one heard there must be its own resolution's.
        Assert.Equal(otherId, (await heard.Reader.ReadAsync(timeout.Token)).ResolutionId);
    }

    [Fact]
    public async Task Resolving_a_thread_reaches_its_audience_as_CommentChanged()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var drafter = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var changed = Channel.CreateUnbounded<CommentDto>();
        drafter.OnComment(nameof(IDraftingClient.CommentChanged), c => changed.Writer.TryWrite(c));
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var comment = await drafter.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(scenario.ClauseId("operative", 0), null, "Settled?", CommentVisibility.All, null));

        (await scenario.Penholder.PatchAsJsonAsync(scenario.Path($"/comments/{comment.Id}"), new { resolved = true })).EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var resolved = await changed.Reader.ReadAsync(timeout.Token);
        Assert.Equal((comment.Id, true), (resolved.Id, resolved.Resolved));
    }

    [Fact]
    public async Task A_proposal_superseded_by_a_deletion_reaches_the_room_as_ProposalChanged()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var penholder = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Penholder);
        var changed = Channel.CreateUnbounded<LiveEvent>();
        penholder.On<LiveEvent>(nameof(IDraftingClient.ProposalChanged), change => changed.Writer.TryWrite(change));
        await penholder.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var clause = scenario.ClauseId("operative", 3);
        var proposal = await (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "replace", clauseId = clause, text = "Decides something else;", baseVersion = 1 }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

        (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{clause}"))).EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var superseded = await changed.Reader.ReadAsync(timeout.Token);
        Assert.Equal((proposal.GetProperty("id").GetString(), "superseded"), (superseded.Payload.GetProperty("id").GetString(), superseded.Payload.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_pen_holders_reply_in_a_private_thread_reaches_the_threads_organization_live_and_no_one_else()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var clause = scenario.ClauseId("operative", 0);
        var thread = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "AU position first.", visibility = "penholder" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        await using var observer = await scenario.ConnectAsync("observer");
        await using var drafter = await scenario.ConnectAsync("drafter");
        var toObserver = Channel.CreateUnbounded<string>();
        var toDrafter = Channel.CreateUnbounded<string>();
        observer.OnComment(nameof(IDraftingClient.CommentAdded), c => toObserver.Writer.TryWrite(c.Body));
        drafter.OnComment(nameof(IDraftingClient.CommentAdded), c => toDrafter.Writer.TryWrite(c.Body));
        await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        // Written by France, in a thread whose audience is the African Union.
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/comments"), new { parentId = thread.GetProperty("id").GetGuid(), body = "Noted by the pen." })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "For everyone.", visibility = "all" })).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal("Noted by the pen.", await toObserver.Reader.ReadAsync(timeout.Token));
        // Messages to a connection keep their order: the public comment sent after the reply is the first Ghana hears.
        Assert.Equal("For everyone.", await toDrafter.Reader.ReadAsync(timeout.Token));
    }
}
