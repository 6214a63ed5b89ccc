using System.Diagnostics;
using System.Net.Http.Json;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Live.Presence;
using Drafting.Api.Startup;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// Presence across nodes sharing one PostgreSQL database and one Redis: who is in a resolution and on which clause,
/// whichever node they are connected to; a node killed outright has its people expire; Redis dying and coming back.
/// </summary>
public class PresenceTests
{
    private static readonly Dictionary<string, string> ShortTtl = new() { ["Drafting:PresenceTtlSeconds"] = "2" };

    private static async Task<HubConnection> ConnectAsync(Uri hubUrl, Scenario scenario, string role)
    {
        var token = scenario.Clients[role].DefaultRequestHeaders.Authorization!.Parameter;
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult(token);
            })
            .AddJsonProtocol(options => ApplicationServices.ConfigureJson(options.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private static string[] Names(IEnumerable<PresenceEntry> present) => present.Select(p => p.DisplayName).ToArray();

    private static Func<IReadOnlyList<PresenceEntry>, bool> Exactly(params string[] names) => p => Names(p).SequenceEqual(names);

    private static void Log(string message) => TestContext.Current.TestOutputHelper?.WriteLine(message);

    [Fact]
    public async Task People_on_two_nodes_see_each_other_and_a_focus_set_on_one_node_shows_on_the_other()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString));
        await using var nodeB = DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString);
        await using var drafter = await ConnectAsync(scenario.App.HubUrl, scenario, "drafter");
        await using var observer = await ConnectAsync(nodeB.HubUrl, scenario, "observer");
        var drafterSees = new PresenceView(drafter);
        var observerSees = new PresenceView(observer);
        var within = TimeSpan.FromSeconds(10);

        await drafterSees.JoinAsync(scenario.ResolutionId);
        // Node B hears of the drafter within a window; then the observer's join answer lists both.
        await observerSees.JoinAsync(scenario.ResolutionId);
        await observerSees.WaitForAsync("the drafter on node A", Exactly("drafter", "observer"), within);
        var joined = await observer.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId);
        Assert.Equal(["drafter", "observer"], Names(joined.Presence));
        Assert.Equal(Drafting.Model.Participants.ParticipantRole.Drafter, joined.Presence[0].Role);
        Assert.Equal("Ghana", joined.Presence[0].Organization);
        await drafterSees.WaitForAsync("the observer on node B", Exactly("drafter", "observer"), within);

        var clause = scenario.ClauseId("operative", 2);
        var watch = Stopwatch.StartNew();
        await drafter.InvokeAsync("SetFocus", scenario.ResolutionId, clause);
        var focused = await observerSees.WaitForAsync("the drafter's focus", p => p.Any(e => e.DisplayName == "drafter" && e.ClauseId == clause), within);
        Log($"a focus set on node A reached node B in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(["drafter", "observer"], Names(focused));
        Assert.All(observerSees.Received, d => Assert.Equal(scenario.ResolutionId, d.ResolutionId));

        // A second tab of the same person on node B: still one entry, and the focus set in the first tab stays.
        await using var secondTab = await ConnectAsync(nodeB.HubUrl, scenario, "drafter");
        var again = await secondTab.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId);
        Assert.Equal(["drafter", "observer"], Names(again.Presence));
        Assert.Equal(clause, again.Presence[0].ClauseId);

        await drafter.InvokeAsync("LeaveResolution", scenario.ResolutionId);
        await secondTab.InvokeAsync("LeaveResolution", scenario.ResolutionId);
        await observerSees.WaitForAsync("the drafter gone", Exactly("observer"), within);
        // Node B numbers its deltas without gaps: every one received was applied in order.
        Assert.Equal(0, observerSees.Gaps);
        Assert.Equal(observerSees.Received.Select(d => d.PresenceSeq).Order(), observerSees.Received.Select(d => d.PresenceSeq));
    }

    [Fact]
    public async Task The_people_of_a_killed_node_disappear_from_presence_on_the_other_node()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(connectionString: database));
        await using var nodeA = await ApiNodeProcess.StartAsync(database, redis.ConnectionString, ShortTtl);
        await using var nodeB = await ApiNodeProcess.StartAsync(database, redis.ConnectionString, ShortTtl);
        var drafter = await ConnectAsync(nodeA.HubUrl, scenario, "drafter");
        await using var observer = await ConnectAsync(nodeB.HubUrl, scenario, "observer");
        var observerSees = new PresenceView(observer);

        await drafter.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId);
        await drafter.InvokeAsync("SetFocus", scenario.ResolutionId, scenario.ClauseId("operative", 1));
        await observerSees.JoinAsync(scenario.ResolutionId);
        await observerSees.WaitForAsync("the drafter on node A", Exactly("drafter", "observer"), TimeSpan.FromSeconds(10));

        var watch = Stopwatch.StartNew();
        nodeA.Kill();
        // The state is the drafter gone from node B's list: nothing but the expiry of node A's entries removes it (node A
        // never said goodbye), so a broken expiry waits here until the ceiling, which only a failing test reaches.
        await observerSees.WaitForAsync("the killed node's drafter gone", Exactly("observer"), TimeSpan.FromSeconds(60));
        Log($"node A killed: its drafter left node B's presence after {watch.ElapsedMilliseconds} ms (TTL 2 s, heartbeat every 0.67 s)");
        await drafter.DisposeAsync();
    }

    [Fact]
    public async Task While_Redis_is_down_presence_falls_back_to_each_node_and_after_it_restarts_is_shared_again()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(connectionString: database));
        // A second delegate of Ghana: joining needs no SignalR group that node A has not subscribed to already (see below).
        scenario.Clients["delegate"] = await scenario.App.UserAsync("delegate", "Ghana");
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "delegate", role = "observer" })).EnsureSuccessStatusCode();
        await using var nodeA = await ApiNodeProcess.StartAsync(database, redis.ConnectionString, ShortTtl);
        await using var nodeB = await ApiNodeProcess.StartAsync(database, redis.ConnectionString, ShortTtl);
        await using var drafter = await ConnectAsync(nodeA.HubUrl, scenario, "drafter");
        await using var delegateOfGhana = await ConnectAsync(nodeA.HubUrl, scenario, "delegate");
        await using var observer = await ConnectAsync(nodeB.HubUrl, scenario, "observer");
        var drafterSees = new PresenceView(drafter);
        var observerSees = new PresenceView(observer);
        var within = TimeSpan.FromSeconds(10);
        await drafterSees.JoinAsync(scenario.ResolutionId);
        await observerSees.JoinAsync(scenario.ResolutionId);
        await observerSees.WaitForAsync("the drafter on node A", Exactly("drafter", "observer"), within);
        // A round trip: the server has subscribed the delegate's connection to its Redis channels before Redis dies.
        await delegateOfGhana.InvokeAsync<IReadOnlyList<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L);

        redis.Kill();
        var clause = scenario.ClauseId("operative", 3);
        var watch = Stopwatch.StartNew();
        // (Joining with a role or organization new to the node would fail here, in SignalR's backplane: subscribing to
        // a new group channel needs Redis. Presence itself never fails a call.)
        var joined = await delegateOfGhana.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
        await drafter.InvokeAsync("SetFocus", scenario.ResolutionId, clause, TestContext.Current.CancellationToken);
        Log($"with Redis down, JoinResolution and SetFocus on node A took {watch.ElapsedMilliseconds} ms");
        // Both calls have answered, and Redis is still down: presence answered them from the node's own knowledge instead
        // of waiting for Redis to come back (a call that waited would still be pending here, as Redis is only restarted below).
        Assert.False(await redis.AcceptsConnectionsAsync(), "Redis came back before the calls answered.");
        // The answer comes from what the node knew (the observer too, until its first read from Redis fails); the
        // deltas that follow bring each node down to its own people.
        Assert.Contains("delegate", Names(joined.Presence));
        // Each node now shows its own people only.
        await drafterSees.WaitForAsync("node A's own people", p => Names(p).SequenceEqual(["delegate", "drafter"]) && p[1].ClauseId == clause, within);
        await observerSees.WaitForAsync("node B's own people", Exactly("observer"), within);

        watch.Restart();
        await redis.StartProcessAsync();
        bool Everyone(IReadOnlyList<PresenceEntry> p) => Names(p).SequenceEqual(["delegate", "drafter", "observer"]) && p[1].ClauseId == clause;
        await observerSees.WaitForAsync("everyone again on node B", Everyone, TimeSpan.FromSeconds(30));
        Log($"Redis restarted empty: node B showed everyone again after {watch.ElapsedMilliseconds} ms");
        await drafterSees.WaitForAsync("everyone again on node A", Everyone, TimeSpan.FromSeconds(30));
        Log($"... and node A after {watch.ElapsedMilliseconds} ms");
    }
}
