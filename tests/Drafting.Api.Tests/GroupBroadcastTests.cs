using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Live.Presence;
using Drafting.Model.Participants;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// Stored edits and presence deltas are handed to every connection of the resolution in order, and the next ones do not
/// wait until each connection took them: real SignalR connections against Kestrel on a loopback port.
/// </summary>
public class GroupBroadcastTests
{
    private const int EditsPerWriter = 40;

    // A server whose connections' sockets hold 8 KB of what it sends (the kernel's own size here grows to 4 MB), so a
    // reader who stops reading fills them and the 64 KB of its pipe after a few broadcasts.
    private static DraftingApplication WithSmallSendBuffers()
    {
        var app = new DraftingApplication
        {
            TestServices = services => services.Configure<SocketTransportOptions>(options => options.CreateBoundListenSocket = endpoint =>
            {
                var listening = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                listening.SendBufferSize = 8192; // accepted connections inherit it
                return listening;
            }),
        };
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return app;
    }

    [Fact]
    public async Task A_participant_whose_connection_stops_reading_holds_up_nobody_elses_edits_presence_or_writes()
    {
        await using var scenario = await Scenario.CreateAsync(WithSmallSendBuffers());
        await using var stalled = await StalledReader.JoinAsync(scenario.App.HubUrl, scenario.Clients["observer"], scenario.ResolutionId);
        await using var drafter = await scenario.ConnectAsync("drafter");
        await using var reader = await scenario.ConnectAsync("secretary");
        var arrived = Channel.CreateUnbounded<long>();
        reader.On<JsonElement>(nameof(IDraftingClient.ClauseChanged), e => arrived.Writer.TryWrite(e.GetProperty("seq").GetInt64()));
        var present = new PresenceView(reader);
        await present.JoinAsync(scenario.ResolutionId);
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        // 1.2 MB of broadcasts, of which the stalled connection takes about 80 KB: then every write to it waits, until SignalR
        // closes it when one has waited 10 s (its transport's send timeout; the pings keep it from timing out otherwise).
        var clause = scenario.ClauseId("operative", 0);
        var version = 1;
        var seqs = new List<long>();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(90));
        for (var i = 0; i < 60; i++)
        {
            var text = $"Stresses, in draft {i}, " + string.Concat(Enumerable.Repeat("the safety and security of peacekeepers, ", 480)) + "and their families;";
            var result = await drafter.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, clause, version, text, $"big-{i}"), bounded.Token);
            Assert.Equal("applied", result.Status);
            version = result.Version;
            seqs.Add(result.Seq);
        }

        var heard = new List<long>();
        while (heard.Count < seqs.Count)
        {
            heard.Add(await arrived.Reader.ReadAsync(bounded.Token));
        }

        Assert.Equal(seqs, heard);
        await AssertStillConnectedAsync(reader, scenario.ResolutionId, "edits");

        // Presence: an arrival (its delta waits on the stalled connection), then a move, whose delta must not wait behind it.
        await using var penholder = await scenario.ConnectAsync("penholder");
        await penholder.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId, bounded.Token);
        await present.WaitForAsync("the penholder arrived", list => list.Any(e => e.DisplayName == "penholder"), TimeSpan.FromSeconds(60));
        var moved = scenario.ClauseId("operative", 3);
        await penholder.InvokeAsync("SetFocus", scenario.ResolutionId, moved, bounded.Token);
        await present.WaitForAsync("the penholder on OP 4", list => list.Any(e => e.DisplayName == "penholder" && e.ClauseId == moved), TimeSpan.FromSeconds(60));
        // One more move, a presence window later, so that a drop that freed the one before has been taken off the list.
        var next = scenario.ClauseId("operative", 4);
        await penholder.InvokeAsync("SetFocus", scenario.ResolutionId, next, bounded.Token);
        await present.WaitForAsync("the penholder on OP 5", list => list.Any(e => e.DisplayName == "penholder" && e.ClauseId == next), TimeSpan.FromSeconds(60));
        await AssertStillConnectedAsync(reader, scenario.ResolutionId, "presence");

        // A REST write's answer, and its broadcast, do not wait for the stalled connection either.
        var published = reader.Listen(nameof(IDraftingClient.RevisionPublished));
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" }, bounded.Token)).EnsureSuccessStatusCode();
        Assert.Equal("Rev.1", (await published.Reader.ReadAsync(bounded.Token)).Payload.GetProperty("label").GetString());
        await AssertStillConnectedAsync(reader, scenario.ResolutionId, "revision");
    }

    // The server drops a connection from presence as it closes it: had anything waited until SignalR closed the stalled
    // one, what was waited for came after the drop, and the list asked for now would no longer hold it.
    private static async Task AssertStillConnectedAsync(HubConnection reader, Guid resolutionId, string what)
    {
        var present = await reader.InvokeAsync<PresenceSnapshot>("GetPresence", resolutionId, TestContext.Current.CancellationToken);
        Assert.True(present.Present.Any(e => e.DisplayName == "observer"), $"the stalled participant was dropped: the {what} waited for it until SignalR closed its connection");
    }

    [Fact]
    public async Task Concurrent_edits_and_the_comments_they_move_reach_a_participant_in_seq_order_without_gaps()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var observer = await scenario.ConnectAsync("observer");
        await using var drafter = await scenario.ConnectAsync("drafter");
        await using var penholder = await scenario.ConnectAsync("penholder");
        var arrived = Channel.CreateUnbounded<long>();
        observer.On<JsonElement>(nameof(IDraftingClient.ClauseChanged), e => arrived.Writer.TryWrite(e.GetProperty("seq").GetInt64()));
        observer.On<JsonElement>(nameof(IDraftingClient.CommentChanged), e => arrived.Writer.TryWrite(e.GetProperty("seq").GetInt64()));
        var joinedAt = (await observer.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId)).GetProperty("seq").GetInt64();
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        await penholder.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
        // Every edit of paragraph 5 moves this comment (a word in or out before its quote): a CommentChanged after it.
        var moving = scenario.ClauseId("operative", 5);
        var text = scenario.Resolution.GetProperty("operative")[5].GetProperty("text").GetString()!;
        await observer.InvokeAsync<CommentDto>("AddComment", scenario.ResolutionId,
            new AddCommentRequest(moving, new QuoteDto("gender-sensitive", null, null), "Keep this", CommentVisibility.All, null));
        var afterComment = joinedAt + 1;

        async Task<long> HubWriterAsync(HubConnection connection, string clauseId, Func<int, string, string> next, string opPrefix)
        {
            var (version, current, last) = (1, scenario.Resolution.GetProperty("operative").EnumerateArray().Single(c => c.GetProperty("id").GetString() == clauseId).GetProperty("text").GetString()!, 0L);
            for (var i = 0; i < EditsPerWriter; i++)
            {
                var result = await connection.InvokeAsync<EditClauseResult>("EditClause",
                    new EditClauseCommand(scenario.ResolutionId, clauseId, version, next(i, current), $"{opPrefix}-{i}"));
                Assert.Equal("applied", result.Status);
                (version, current, last) = (result.Version, result.Text, result.Seq);
            }

            return last;
        }

        async Task<long> RestWriterAsync(string clauseId)
        {
            var (version, last) = (1, 0L);
            for (var i = 0; i < EditsPerWriter; i++)
            {
                var response = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clauseId}"),
                    new { text = $"Requests the Secretary-General to report, in version {i} of this paragraph;", baseVersion = version, opId = $"rest-{i}" });
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                (version, last) = (result.GetProperty("version").GetInt32(), result.GetProperty("seq").GetInt64());
            }

            return last;
        }

        var writers = await Task.WhenAll(
            Task.Run(() => HubWriterAsync(drafter, moving, (i, current) => i % 2 == 0 ? current.Replace("Calls upon", "Calls upon all", StringComparison.Ordinal) : current.Replace("Calls upon all", "Calls upon", StringComparison.Ordinal), "drafter")),
            Task.Run(() => HubWriterAsync(penholder, scenario.ClauseId("operative", 0), (i, _) => $"Stresses, for the {i}th time, the safety of peacekeepers;", "penholder")),
            Task.Run(() => RestWriterAsync(scenario.ClauseId("operative", 1))));

        // The last event is the comment moved by the drafter's last edit, or another writer's last edit.
        var last = Math.Max(writers[0] + 1, Math.Max(writers[1], writers[2]));
        var expected = last - afterComment;
        Assert.Equal(EditsPerWriter * 4, expected);
        var seqs = new List<long>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (seqs.Count < expected)
        {
            seqs.Add(await arrived.Reader.ReadAsync(timeout.Token));
        }

        Assert.Equal(Enumerable.Range(0, (int)expected).Select(k => afterComment + 1 + k), seqs);
    }
}
