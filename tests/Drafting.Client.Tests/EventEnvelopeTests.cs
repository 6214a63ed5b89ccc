using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Api.Tests;
using Drafting.Contract;
using Drafting.Contract.Events;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Client.Tests;

/// <summary>Every logged event travels in one envelope, live as through CatchUp, and reads as the contract's record in any shape it was stored in.</summary>
public class EventEnvelopeTests
{
    [Fact]
    public async Task A_comment_event_carries_the_same_envelope_live_and_from_catch_up()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var cancel = TestContext.Current.CancellationToken;
        await using var penholder = await scenario.ConnectAsync("penholder");
        var heard = Channel.CreateUnbounded<LiveEvent>();
        foreach (var type in EventTypes.Comment)
        {
            penholder.On<LiveEvent>(type, change => heard.Writer.TryWrite(change));
        }

        var since = (await penholder.InvokeAsync<JsonElement>(HubMethods.JoinResolution, scenario.ResolutionId, cancel)).GetProperty("seq").GetInt64();
        var comment = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = scenario.ClauseId("operative", 0), body = "For the African Union and the pen.", visibility = "penholder" }, cancel))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(cancel);
        (await scenario.Penholder.PatchAsJsonAsync(scenario.Path($"/comments/{comment.GetProperty("id").GetGuid()}"), new { resolved = true }, cancel)).EnsureSuccessStatusCode();

        var live = new[] { await heard.Reader.ReadAsync(cancel), await heard.Reader.ReadAsync(cancel) };
        var caught = await penholder.InvokeAsync<List<LiveEvent>>(HubMethods.CatchUp, scenario.ResolutionId, since, cancel);
        Assert.Equal([EventTypes.CommentAdded, EventTypes.CommentChanged], live.Select(e => e.Type));
        foreach (var change in live)
        {
            var stored = Assert.Single(caught, e => e.Seq == change.Seq);
            Assert.Equal((stored.ResolutionId, stored.Type, stored.ActorId), (change.ResolutionId, change.Type, change.ActorId));
            Assert.True(JsonElement.DeepEquals(stored.Payload, change.Payload), $"live {change.Payload}\ncatch-up {stored.Payload}");
        }

        // The author added it, the pen-holder resolved it: each event names its own actor, as stored.
        var me = await scenario.Penholder.GetFromJsonAsync<JsonElement>("/api/users/me", cancel);
        Assert.Equal([comment.GetProperty("author").GetProperty("id").GetString(), me.GetProperty("id").GetString()], live.Select(e => e.ActorId));
        var resolved = (CommentPayload)EventPayloads.Read(live[1].Type, live[1].Payload);
        Assert.Equal(("For the African Union and the pen.", "penholder", true, "African Union"), (resolved.Body, resolved.Visibility, resolved.Resolved, resolved.Audience));
    }

    /// <summary>
    /// Events stored long ago keep their JSON: a comment from before audiences were recorded (no <c>audience</c>) and a
    /// proposal from the first negotiation release (a <c>baseText</c> since dropped, no <c>source</c>) read through CatchUp
    /// and through the .NET client, with their values.
    /// </summary>
    [Fact]
    public async Task Events_stored_in_older_shapes_read_through_catch_up_and_the_client()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var cancel = TestContext.Current.CancellationToken;
        await using var client = new DraftingClient(builder => builder.WithHub(scenario.App.HubUrl, scenario.Clients["drafter"]));
        var delivered = new ConcurrentQueue<ResolutionEvent>();
        client.EventReceived += e => { delivered.Enqueue(e); return Task.CompletedTask; };
        await client.StartAsync(cancel);
        var since = (await client.JoinAsync(scenario.ResolutionId, cancel)).GetProperty("seq").GetInt64();

        var rid = scenario.ResolutionId;
        var clause = scenario.ClauseId("operative", 0);
        var commentId = Guid.NewGuid();
        var proposalId = Guid.NewGuid();
        var oldComment = $$"""
            {"id":"{{commentId}}","resolutionId":"{{rid}}","seq":0,"author":{"id":"a-1","displayName":"Amina","organization":"African Union"},
             "body":"Old words","bodyHtml":"<p>Old words</p>\n","visibility":"all","resolved":false,"createdAt":"2025-03-01T10:00:00.0000000Z",
             "anchor":{"clauseId":"{{clause}}","quote":{"exact":"Decides","prefix":"","suffix":" to"},"start":0,"end":7,"status":"anchored"} }
            """;
        var oldProposal = $$"""
            {"id":"{{proposalId}}","resolutionId":"{{rid}}","seq":0,"kind":"replace","status":"open","organization":"Ghana","supporters":[],
             "delegations":"Ghana","proposedBy":{"id":"g-1","displayName":"Kofi","organization":"Ghana"},"clauseId":"{{clause}}",
             "text":"Decides to act now;","baseVersion":1,"baseText":"Decides to act;","changes":[{"kind":"equal","text":"Decides to act"},{"kind":"inserted","text":" now"}],
             "createdAt":"2025-03-01T10:05:00Z"}
            """;
        await using (var connection = await scenario.App.Services.GetRequiredService<DraftingDatabase>().OpenAsync(cancel))
        {
            await connection.ExecuteAsync(ResolutionTransaction.AppendSql, new EventRow(rid.ToString(), since + 1, null, "a-1", EventTypes.CommentAdded, oldComment, "2025-03-01T10:00:00.0000000Z", "All", "African Union"));
            await connection.ExecuteAsync(ResolutionTransaction.AppendSql, new EventRow(rid.ToString(), since + 2, null, "g-1", EventTypes.ProposalAdded, oldProposal, "2025-03-01T10:05:00.0000000Z"));
        }

        await using var drafter = await scenario.ConnectAsync("drafter");
        var caught = await drafter.InvokeAsync<List<LiveEvent>>(HubMethods.CatchUp, rid, since, cancel);
        AssertOldValues(caught.Select(e => EventPayloads.Read(e.Type, e.Payload)).ToList(), commentId, proposalId, clause);

        await client.CatchUpAsync(rid, cancel);
        Assert.Equal([since + 1, since + 2], delivered.Select(e => e.Seq));
        AssertOldValues(delivered.Select(e => e.Read()).ToList(), commentId, proposalId, clause);
        Assert.Equal("Ghana", delivered.Last().Read<ProposalPayload>().Organization);
    }

    private static void AssertOldValues(IReadOnlyList<EventPayload> payloads, Guid commentId, Guid proposalId, string clause)
    {
        Assert.Equal(2, payloads.Count);
        var comment = Assert.IsType<CommentPayload>(payloads[0]);
        Assert.Equal((commentId, "Old words", "all", (string?)null, "African Union"), (comment.Id, comment.Body, comment.Visibility, comment.Audience, comment.Author.Organization));
        Assert.Equal((clause, "Decides", "anchored"), (comment.Anchor!.ClauseId, comment.Anchor.Quote.Exact, comment.Anchor.Status));
        var proposal = Assert.IsType<ProposalPayload>(payloads[1]);
        Assert.Equal((proposalId, "replace", "open", "Decides to act now;", 1, (SourcePayload?)null), (proposal.Id, proposal.Kind, proposal.Status, proposal.Text, proposal.BaseVersion, proposal.Source));
        Assert.Equal(["equal", "inserted"], proposal.Changes!.Select(s => s.Kind));
        Assert.Empty(proposal.Supporters);
    }
}
