using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Tests;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

/// <summary>
/// Two API nodes behind a load balancer, one of them killed outright in the middle of a session while
/// its clients and a client of the other node keep editing.
/// </summary>
public class NodeFailoverTests
{
    private sealed class Participant(DraftingClient client)
    {
        public DraftingClient Client { get; } = client;

        public ConcurrentQueue<ResolutionEvent> Delivered { get; } = new();

        public int Reconnects;

        public List<string> Acknowledged { get; } = [];
    }

    private static async Task<Participant> ConnectAsync(Uri hubUrl, HttpClient signedIn)
    {
        var participant = new Participant(new DraftingClient(builder => builder.WithHub(hubUrl, signedIn)));
        participant.Client.EventReceived += change =>
        {
            participant.Delivered.Enqueue(change);
            return Task.CompletedTask;
        };
        participant.Client.Connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref participant.Reconnects);
            return Task.CompletedTask;
        };
        await participant.Client.StartAsync(TestContext.Current.CancellationToken);
        return participant;
    }

    /// <summary>
    /// Edits one clause <paramref name="count"/> times in a row, each on the version the last one produced. An
    /// edit whose call fails (its node died under it, the client is between connections) is the client's to send
    /// again, with the same opId, once it is connected again: it was either stored before the node died and comes
    /// back as that first result, or it is stored now. Calls <paramref name="afterEach"/> with each acknowledged edit's number.
    /// </summary>
    private static async Task EditRepeatedlyAsync(Participant who, Guid resolutionId, string clauseId, string name, int count, Func<int, Task> afterEach)
    {
        var version = 1;
        for (var i = 0; i < count; i++)
        {
            var opId = $"{name}-{i}";
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(30));
            var result = await who.Client.EditClauseAsync(resolutionId, clauseId, version, $"Requests the Secretary-General to report on {opId};", opId, patience.Token);
            var status = result.GetProperty("status").GetString();
            Assert.True(status is "applied" or "duplicate", $"{opId} on version {version} came back {status}");
            version = result.GetProperty("version").GetInt32();
            who.Acknowledged.Add(opId);
            await afterEach(i);
        }
    }

    [Fact]
    public async Task When_a_node_is_killed_its_clients_reconnect_through_the_balancer_to_the_other_node_catch_up_and_lose_no_acknowledged_edit()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString));
        var nodeB = scenario.App.HubUrl.Port;
        await using var nodeA = await ApiNodeProcess.StartAsync(database, redis.ConnectionString);
        await using var balancer = LoopbackBalancer.Start(nodeA.Port, nodeB);

        var drafter = await ConnectAsync(balancer.HubUrl, scenario.Clients["drafter"]);
        var observer = await ConnectAsync(balancer.HubUrl, scenario.Clients["observer"]);
        var penholder = await ConnectAsync(scenario.App.HubUrl, scenario.Clients["penholder"]);
        await using var drafterClient = drafter.Client;
        await using var observerClient = observer.Client;
        await using var penholderClient = penholder.Client;
        var joinedAt = new Dictionary<Participant, long>();
        foreach (var participant in new[] { drafter, observer, penholder })
        {
            joinedAt[participant] = (await participant.Client.JoinAsync(scenario.ResolutionId, TestContext.Current.CancellationToken)).GetProperty("seq").GetInt64();
        }

        Assert.Equal(2, balancer.RoutedTo(nodeA.Port));
        Assert.Equal(0, balancer.RoutedTo(nodeB));

        // The drafter's fifth acknowledged edit kills node A; both sides keep editing through and after the failover.
        const int edits = 15;
        var killed = new TaskCompletionSource();
        var drafting = EditRepeatedlyAsync(drafter, scenario.ResolutionId, scenario.ClauseId("operative", 5), "drafter", edits, async i =>
        {
            if (i == 4)
            {
                // The next edit goes out at once, most likely into the connection the kill just broke.
                nodeA.Kill();
                killed.SetResult();
                return;
            }

            await Task.Delay(40, TestContext.Current.CancellationToken);
        });
        var penholding = EditRepeatedlyAsync(penholder, scenario.ResolutionId, scenario.ClauseId("operative", 6), "penholder", edits, _ => Task.Delay(60, TestContext.Current.CancellationToken));
        await Task.WhenAll(drafting, penholding);
        Assert.True(killed.Task.IsCompleted);

        var stored = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path(), TestContext.Current.CancellationToken);
        var lastSeq = stored.GetProperty("seq").GetInt64();
        foreach (var participant in new[] { drafter, observer, penholder })
        {
            for (var wait = 0; wait < 200 && participant.Client.LastSeq(scenario.ResolutionId) < lastSeq; wait++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"node A killed after the drafter's 5th edit; drafter resent {drafter.Client.EditsResent}, reconnects: drafter {drafter.Reconnects}, observer {observer.Reconnects}; " +
            $"balancer routed {balancer.RoutedTo(nodeA.Port)} to A, {balancer.RoutedTo(nodeB)} to B; seq {joinedAt[observer]}..{lastSeq}");

        // Node A's clients moved to node B through the balancer; node B's client never had to.
        Assert.True(drafter.Reconnects >= 1 && observer.Reconnects >= 1, $"reconnects: drafter {drafter.Reconnects}, observer {observer.Reconnects}");
        Assert.True(balancer.RoutedTo(nodeB) >= 2, $"only {balancer.RoutedTo(nodeB)} connections reached node B");
        Assert.Equal(0, penholder.Reconnects);

        // Every acknowledged edit is stored exactly once, in order, and nothing else was.
        var events = await penholder.Client.Connection.InvokeAsync<List<ResolutionEvent>>("CatchUp", scenario.ResolutionId, joinedAt[penholder], TestContext.Current.CancellationToken);
        foreach (var (who, clause) in new[] { (drafter, scenario.ClauseId("operative", 5)), (penholder, scenario.ClauseId("operative", 6)) })
        {
            var texts = events.Where(e => e.Type == "ClauseChanged" && e.Payload.GetProperty("clauseId").GetString() == clause)
                .Select(e => e.Payload.GetProperty("text").GetString()).ToList();
            Assert.Equal(who.Acknowledged.Select(opId => $"Requests the Secretary-General to report on {opId};"), texts);
        }

        // Each client saw every event once and in order, across the failover, and its text is the database's.
        foreach (var participant in new[] { drafter, observer, penholder })
        {
            var seqs = participant.Delivered.Select(e => e.Seq).ToList();
            Assert.Equal(Enumerable.Range((int)joinedAt[participant] + 1, (int)(lastSeq - joinedAt[participant])).Select(s => (long)s), seqs);
            foreach (var index in new[] { 5, 6 })
            {
                var clause = stored.GetProperty("operative")[index];
                var seen = participant.Delivered.Last(e => e.Type == "ClauseChanged" && e.Payload.GetProperty("clauseId").GetString() == clause.GetProperty("id").GetString());
                Assert.Equal(clause.GetProperty("text").GetString(), seen.Payload.GetProperty("text").GetString());
            }
        }
    }
}
