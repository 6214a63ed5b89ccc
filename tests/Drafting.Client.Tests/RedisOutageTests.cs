using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Tests;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

/// <summary>
/// Redis dies and comes back in the middle of a session on two nodes: edits stay acknowledged and stored meanwhile,
/// and the client on the other node, seeing the gap in seq when delivery resumes, catches up and converges.
/// </summary>
public class RedisOutageTests
{
    private static async Task<(DraftingClient Client, ConcurrentQueue<long> Delivered)> ConnectAsync(DraftingApplication node, HttpClient signedIn)
    {
        var client = new DraftingClient(builder => builder.WithHub(node.HubUrl, signedIn));
        var delivered = new ConcurrentQueue<long>();
        client.EventReceived += change =>
        {
            delivered.Enqueue(change.Seq);
            return Task.CompletedTask;
        };
        await client.StartAsync(TestContext.Current.CancellationToken);
        return (client, delivered);
    }

    [Fact]
    public async Task After_redis_restarts_the_other_nodes_client_catches_up_on_what_it_missed()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString));
        await using var nodeB = DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString);
        var (drafter, _) = await ConnectAsync(scenario.App, scenario.Clients["drafter"]);
        var (observer, delivered) = await ConnectAsync(nodeB, scenario.Clients["observer"]);
        await using var drafterClient = drafter;
        await using var observerClient = observer;
        var joinedAt = (await observer.JoinAsync(scenario.ResolutionId, TestContext.Current.CancellationToken)).GetProperty("seq").GetInt64();
        await drafter.JoinAsync(scenario.ResolutionId, TestContext.Current.CancellationToken);
        var clause = scenario.ClauseId("operative", 5);
        var version = 1;

        async Task<long> EditAsync(string word)
        {
            var result = await drafter.EditClauseAsync(scenario.ResolutionId, clause, version, $"Calls upon Member States to act {word};", $"outage-{word}", TestContext.Current.CancellationToken);
            Assert.Equal("applied", result.GetProperty("status").GetString());
            version = result.GetProperty("version").GetInt32();
            return result.GetProperty("seq").GetInt64();
        }

        async Task WaitForAsync(long seq)
        {
            for (var wait = 0; wait < 200 && observer.LastSeq(scenario.ResolutionId) < seq; wait++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        var first = await EditAsync("before");
        await WaitForAsync(first);
        Assert.True(joinedAt + 1 == first && observer.LastSeq(scenario.ResolutionId) == first, $"joined at {joinedAt}, edit stored at {first}, observer at {observer.LastSeq(scenario.ResolutionId)}");

        redis.Kill();
        var missed = new[] { await EditAsync("during1"), await EditAsync("during2") };
        // Each edit answered after its broadcast was tried; with Redis down until it is restarted below, nothing carries
        // them to node B later (no pause to "let them arrive": there is nothing to wait for).
        Assert.True(observer.LastSeq(scenario.ResolutionId) < missed[0], "the observer cannot have received edits made while Redis was down");

        await redis.StartProcessAsync();
        // Keep editing until the backplane delivers again: the first delivery after the gap makes the client catch up.
        var last = missed[^1];
        for (var attempt = 0; attempt < 40 && observer.LastSeq(scenario.ResolutionId) < last; attempt++)
        {
            last = await EditAsync($"after{attempt}");
            await WaitForAsync(last);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"missed {string.Join(", ", missed)}; delivery resumed by seq {last}");

        var stored = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path(), TestContext.Current.CancellationToken);
        Assert.Equal(stored.GetProperty("seq").GetInt64(), observer.LastSeq(scenario.ResolutionId));
        Assert.Equal(Enumerable.Range((int)joinedAt + 1, (int)(stored.GetProperty("seq").GetInt64() - joinedAt)).Select(i => (long)i), delivered);
    }
}
