using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Model.Participants;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>Real SignalR connections (Microsoft.AspNetCore.SignalR.Client, WebSockets) to the real hub served by Kestrel on a loopback port.</summary>
public class HubTests
{
    private static Task<Scenario> LoopbackScenarioAsync() => Scenario.CreateAsync(DraftingApplication.OnLoopback());

    private static Task<HubConnection> ConnectAsync(Scenario scenario, string role) => scenario.ConnectAsync(role);

    [Fact]
    public async Task An_edit_by_one_drafter_reaches_an_observer_with_its_seq()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await ConnectAsync(scenario, "drafter");
        await using var observer = await ConnectAsync(scenario, "observer");
        var received = observer.Listen(nameof(IDraftingClient.ClauseChanged));
        var snapshot = await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var joinedAt = snapshot.GetProperty("seq").GetInt64();
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        var clause = scenario.ClauseId("operative", 5);
        var result = await drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, clause, 1, "Calls upon Member States to ensure safe working environments;", "hub-1"));
        Assert.Equal("applied", result.Status);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var change = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(scenario.ResolutionId, change.ResolutionId);
        Assert.Equal(joinedAt + 1, change.Seq);
        Assert.Equal(result.Seq, change.Seq);
        Assert.Equal("Calls upon Member States to ensure safe working environments;", change.Payload.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_conflict_answered_through_the_hub_names_who_wrote_the_current_text()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await ConnectAsync(scenario, "drafter");
        var clause = scenario.ClauseId("operative", 5);
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Calls upon France's partners;", baseVersion = 1, opId = "first" })).EnsureSuccessStatusCode();

        var result = await drafter.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, clause, 1, "Urges Ghana's partners;", "hub-conflict"));
        Assert.Equal("conflict", result.Status);
        Assert.Equal(("penholder", "France"), (result.By?.DisplayName, result.By?.Organization));
    }

    [Fact]
    public async Task Observer_edit_through_the_hub_is_refused_and_changes_nothing()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await ConnectAsync(scenario, "observer");
        var clause = scenario.ClauseId("operative", 0);
        var error = await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, clause, 1, "Stresses nothing;", "hub-2")));
        Assert.Contains("observer", error.Message, StringComparison.Ordinal);
        var current = await scenario.CurrentAsync();
        Assert.Equal(scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString(), current.GetProperty("operative")[0].GetProperty("text").GetString());
        Assert.Equal(1, current.GetProperty("operative")[0].GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task CatchUp_returns_every_missed_event_in_order()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await ConnectAsync(scenario, "observer");
        var since = (await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId)).GetProperty("seq").GetInt64();

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("preambular", 1)}"), new { text = "Recalling its resolutions,", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", text = "Decides to act;" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "France" } })).EnsureSuccessStatusCode();

        var missed = await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, since);
        Assert.Equal(["ClauseChanged", "StructureChanged", "SponsorsChanged"], missed.Select(e => e.Type));
        Assert.Equal([since + 1, since + 2, since + 3], missed.Select(e => e.Seq));
        Assert.Empty(await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, since + 3));
    }

    [Fact]
    public async Task Presence_shows_who_joined_their_focus_and_drops_those_who_disconnect()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await ConnectAsync(scenario, "observer");
        var observerSees = new PresenceView(observer);
        await observerSees.JoinAsync(scenario.ResolutionId);

        var drafter = await ConnectAsync(scenario, "drafter");
        var joined = await drafter.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId);
        Assert.Equal(["drafter", "observer"], joined.Presence.Select(p => p.DisplayName));
        Assert.Equal("Ghana", joined.Presence[0].Organization);
        Assert.Equal(ParticipantRole.Drafter, joined.Presence[0].Role);

        var clause = scenario.ClauseId("operative", 2);
        await drafter.InvokeAsync("SetFocus", scenario.ResolutionId, clause);
        var within = TimeSpan.FromSeconds(15);
        await observerSees.WaitForAsync("the drafter's focus", p => p.Any(e => e.DisplayName == "drafter" && e.ClauseId == clause), within);
        await drafter.DisposeAsync();

        await observerSees.WaitForAsync("the drafter gone", p => p.Select(e => e.DisplayName).SequenceEqual(["observer"]), within);
        Assert.All(observerSees.Received, d => Assert.Equal(scenario.ResolutionId, d.ResolutionId));
        Assert.Equal(0, observerSees.Gaps);
    }

    [Fact]
    public async Task When_the_pen_changes_hands_organization_comments_follow_it_at_once_and_everyone_hears_the_role_change()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await ConnectAsync(scenario, "observer");
        await using var formerPenholder = await ConnectAsync(scenario, "penholder");
        await using var newPenholder = await ConnectAsync(scenario, "drafter");
        var formerSees = Channel.CreateUnbounded<CommentDto>();
        var newSees = Channel.CreateUnbounded<CommentDto>();
        var roleChanges = Channel.CreateUnbounded<LiveEvent>();
        formerPenholder.OnComment(nameof(IDraftingClient.CommentAdded), c => formerSees.Writer.TryWrite(c));
        newPenholder.OnComment(nameof(IDraftingClient.CommentAdded), c => newSees.Writer.TryWrite(c));
        observer.On<LiveEvent>(nameof(IDraftingClient.ParticipantChanged), e => roleChanges.Writer.TryWrite(e));
        foreach (var connection in new[] { observer, formerPenholder, newPenholder })
        {
            await connection.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        }

        // Both joined in their old roles; the pen passes from France to Ghana without anyone joining again.
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "drafter", role = "penholder" })).EnsureSuccessStatusCode();
        (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/participants"), new { userName = "penholder", role = "drafter" })).EnsureSuccessStatusCode();
        var clause = scenario.ClauseId("operative", 6);
        await observer.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(clause, new QuoteDto("African Union", null, null), "AU only, for the pen", CommentVisibility.Penholder, null));
        await observer.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(clause, new QuoteDto("African Union", null, null), "For all", CommentVisibility.All, null));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal("AU only, for the pen", (await newSees.Reader.ReadAsync(timeout.Token)).Body);
        Assert.Equal("For all", (await newSees.Reader.ReadAsync(timeout.Token)).Body);
        // Messages to a connection keep their order: the former pen-holder's first comment must be the public one.
        Assert.Equal("For all", (await formerSees.Reader.ReadAsync(timeout.Token)).Body);
        var first = await roleChanges.Reader.ReadAsync(timeout.Token);
        var second = await roleChanges.Reader.ReadAsync(timeout.Token);
        Assert.Equal(("drafter", "penholder"), (first.Payload.GetProperty("userName").GetString(), first.Payload.GetProperty("role").GetString()));
        Assert.Equal(("penholder", "drafter"), (second.Payload.GetProperty("userName").GetString(), second.Payload.GetProperty("role").GetString()));
        Assert.Equal(first.Seq + 1, second.Seq);
    }

    [Fact]
    public async Task Comments_for_an_organization_and_the_pen_holder_reach_only_them()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await ConnectAsync(scenario, "observer");
        await using var penholder = await ConnectAsync(scenario, "penholder");
        await using var drafter = await ConnectAsync(scenario, "drafter");
        var penholderSees = Channel.CreateUnbounded<CommentDto>();
        var observerSees = Channel.CreateUnbounded<CommentDto>();
        var drafterSees = Channel.CreateUnbounded<CommentDto>();
        penholder.OnComment(nameof(IDraftingClient.CommentAdded), c => penholderSees.Writer.TryWrite(c));
        observer.OnComment(nameof(IDraftingClient.CommentAdded), c => observerSees.Writer.TryWrite(c));
        drafter.OnComment(nameof(IDraftingClient.CommentAdded), c => drafterSees.Writer.TryWrite(c));
        await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await penholder.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var clause = scenario.ClauseId("operative", 6);

        await observer.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(clause, new QuoteDto("African Union", null, null), "AU only", CommentVisibility.Penholder, null));
        await observer.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(clause, new QuoteDto("African Union", null, null), "For all", CommentVisibility.All, null));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal("AU only", (await observerSees.Reader.ReadAsync(timeout.Token)).Body);
        Assert.Equal("For all", (await observerSees.Reader.ReadAsync(timeout.Token)).Body);
        Assert.Equal("AU only", (await penholderSees.Reader.ReadAsync(timeout.Token)).Body);
        Assert.Equal("For all", (await penholderSees.Reader.ReadAsync(timeout.Token)).Body);
        // Messages to a connection keep their order, so the first one the drafter (Ghana) gets must be the public one.
        Assert.Equal("For all", (await drafterSees.Reader.ReadAsync(timeout.Token)).Body);
        var missed = await drafter.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L);
        Assert.DoesNotContain(missed, e => e.Type == "CommentAdded" && e.Payload.GetProperty("body").GetString() == "AU only");
        Assert.Contains(missed, e => e.Type == "CommentAdded" && e.Payload.GetProperty("body").GetString() == "For all");
        // The private comment's place in the log is there, empty, so the drafter sees no gap and learns nothing.
        Assert.Equal(Enumerable.Range(1, missed.Count).Select(i => (long)i), missed.Select(e => e.Seq));
        var hidden = Assert.Single(missed, e => e.Type == "Hidden");
        Assert.Equal(JsonValueKind.Object, hidden.Payload.ValueKind);
        Assert.Empty(hidden.Payload.EnumerateObject());
        Assert.Equal("", hidden.ActorId);
    }

    [Fact]
    public async Task Hub_refuses_anonymous_connections()
    {
        await using var scenario = await LoopbackScenarioAsync();
        var connection = new HubConnectionBuilder()
            .WithUrl(scenario.App.HubUrl, options => options.Transports = HttpTransportType.LongPolling)
            .Build();
        await using (connection)
        {
            var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync(TestContext.Current.CancellationToken));
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        }
    }

    [Fact]
    public async Task Comments_moved_or_orphaned_by_an_edit_reach_their_audience_as_CommentChanged()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var observer = await ConnectAsync(scenario, "observer");
        await using var drafter = await ConnectAsync(scenario, "drafter");
        var changed = Channel.CreateUnbounded<CommentDto>();
        drafter.OnComment(nameof(IDraftingClient.CommentChanged), c => changed.Writer.TryWrite(c));
        await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var clause = scenario.ClauseId("operative", 5);
        var text = scenario.Resolution.GetProperty("operative")[5].GetProperty("text").GetString()!;
        var comment = await observer.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(clause, new QuoteDto("gender-sensitive", null, null), "Keep this", CommentVisibility.All, null));

        var moved = await drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, clause, 1, text.Replace("Calls upon", "Calls upon all", StringComparison.Ordinal), "move-1"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await changed.Reader.ReadAsync(timeout.Token);
        Assert.Equal((comment.Id, moved.Seq + 1), (first.Id, first.Seq));
        Assert.Equal(Model.Comments.AnchorStatus.Anchored, first.Anchor!.Status);
        Assert.Equal(comment.Anchor!.Start + 4, first.Anchor.Start);
        Assert.Equal("gender-sensitive", moved.Text[first.Anchor.Start..first.Anchor.End]);

        // An edit after the quote leaves the comment where it is and sends nothing about it.
        var after = await drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, clause, moved.Version, moved.Text[..^1] + ", as appropriate;", "after-1"));
        Assert.Equal("applied", after.Status);
        var untouched = await observer.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, moved.Seq + 1);
        Assert.Equal(["ClauseChanged"], untouched.Select(e => e.Type));

        var gone = await drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, clause, after.Version, after.Text.Replace("gender-sensitive", "inclusive", StringComparison.Ordinal), "orphan-1"));
        var second = await changed.Reader.ReadAsync(timeout.Token);
        Assert.Equal((comment.Id, gone.Seq + 1), (second.Id, second.Seq));
        Assert.Equal(Model.Comments.AnchorStatus.Orphaned, second.Anchor!.Status);
        Assert.Equal("gender-sensitive", second.Anchor.Quote.Exact);
    }

    [Fact]
    public async Task Publishing_reaches_the_room_and_in_blue_the_hub_refuses_a_drafters_edit()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await ConnectAsync(scenario, "drafter");
        var published = drafter.Listen(nameof(IDraftingClient.RevisionPublished));
        var staged = drafter.Listen(nameof(IDraftingClient.StageChanged));
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1 in blue" })).EnsureSuccessStatusCode();
        (await scenario.Clients["secretary"].PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var revision = await published.Reader.ReadAsync(timeout.Token);
        Assert.Equal(("Rev.1 in blue", 0), (revision.Payload.GetProperty("label").GetString(), revision.Payload.GetProperty("number").GetInt32()));
        var stage = await staged.Reader.ReadAsync(timeout.Token);
        Assert.Equal(revision.Seq + 1, stage.Seq);
        Assert.Equal("inBlue", stage.Payload.GetProperty("stage").GetString());

        var error = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, scenario.ClauseId("operative", 0), 1, "Stresses nothing;", "blue-1")));
        Assert.Contains("in blue", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_drafter_demoted_to_observer_is_refused_on_the_next_edit_over_the_same_connection()
    {
        await using var scenario = await LoopbackScenarioAsync();
        await using var drafter = await ConnectAsync(scenario, "drafter");
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        var clause = scenario.ClauseId("operative", 3);
        var text = scenario.Resolution.GetProperty("operative")[3].GetProperty("text").GetString()!;
        var first = await drafter.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, clause, 1, text.Replace("Notes", "Further notes", StringComparison.Ordinal), "demote-1"));
        Assert.Equal("applied", first.Status);

        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "drafter", role = "observer" })).EnsureSuccessStatusCode();
        var refused = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, clause, first.Version, first.Text + " Again.", "demote-2")));
        Assert.Contains("observer", refused.Message, StringComparison.Ordinal);

        // Someone else's opId is not a way to read their edit's outcome: it is refused, and nothing is stored.
        await using var penholder = await ConnectAsync(scenario, "penholder");
        var other = await Assert.ThrowsAsync<HubException>(() => penholder.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, clause, first.Version, text, "demote-1")));
        Assert.Equal("conflict", Drafting.Contract.ErrorCodes.FromHubMessage(other.Message));
        Assert.Equal(first.Text, (await scenario.CurrentAsync()).GetProperty("operative")[3].GetProperty("text").GetString());
    }
}
