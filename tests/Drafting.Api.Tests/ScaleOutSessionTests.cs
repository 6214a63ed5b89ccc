using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>
/// What ends a session, and what a user may spend, on two nodes of one deployment (one PostgreSQL database, Redis
/// between them): an ended session's hub connections close on every node, a refresh token works once on any node,
/// and a user's budget is one budget whichever node the calls reach.
/// </summary>
public class ScaleOutSessionTests
{
    private const string Password = "ghana-password-123";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A node on <paramref name="database"/>, with Redis when given, and settings chosen before it starts.</summary>
    private static DraftingApplication Node(string database, string? redis, params (string Key, string Value)[] settings)
    {
        var node = new DraftingApplication(connectionString: database, redis: redis);
        foreach (var (key, value) in settings)
        {
            node.Settings[key] = value;
        }

        node.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        node.StartServer();
        return node;
    }

    private static async Task<string> CreateGhanaAsync(DraftingApplication node)
    {
        using var admin = await node.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "ghana", password = Password, displayName = "Ama Mensah", organization = "Ghana" }, Cancel);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString()!;
    }

    /// <summary>A client of <paramref name="node"/> carrying <paramref name="other"/>'s bearer token (the key ring is shared).</summary>
    private static HttpClient On(DraftingApplication node, HttpClient other)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", other.DefaultRequestHeaders.Authorization!.Parameter);
        return client;
    }

    /// <summary>A hub connection on <paramref name="node"/> and the task that completes when the server closes it.</summary>
    private static async Task<(HubConnection Connection, Task Closed)> ListenAsync(DraftingApplication node, HttpClient signedIn)
    {
        var connection = await LiveConnection.StartAsync(node.HubUrl, signedIn);
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        // A round trip: the server has registered the connection once it answers.
        await connection.InvokeAsync<JsonElement[]>("CatchUp", Guid.NewGuid(), 0L, Cancel).ContinueWith(_ => { }, Cancel);
        return (connection, closed.Task);
    }

    /// <summary>Waits for the server to close a connection; returns how long it took, for the log (the sweep is off: only the message can close it).</summary>
    private static async Task<TimeSpan> ClosedWithinAsync(Task closed, Stopwatch since)
    {
        await closed.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        return since.Elapsed;
    }

    [Fact]
    public async Task Signing_out_signing_out_everywhere_and_disabling_on_node_A_close_the_connections_on_node_B()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        // The sweep is put off for an hour: only the message through Redis can close anything in this test.
        var noSweep = ("Drafting:EndedSessionSweepSeconds", "3600");
        await using var nodeA = Node(database, redis.ConnectionString, noSweep);
        await using var nodeB = Node(database, redis.ConnectionString, noSweep);
        var id = await CreateGhanaAsync(nodeA);
        using var laptopA = await nodeA.ClientForAsync("ghana", Password);
        using var phoneA = await nodeA.ClientForAsync("ghana", Password);
        using var laptopB = On(nodeB, laptopA);
        var (laptopHub, laptopClosed) = await ListenAsync(nodeB, laptopA);
        var (phoneHub, phoneClosed) = await ListenAsync(nodeB, phoneA);
        await using var laptopConnection = laptopHub;
        await using var phoneConnection = phoneHub;
        // Node B has checked the laptop's session and trusts that for 5 s: the message must clear that too.
        Assert.Equal(HttpStatusCode.OK, (await laptopB.GetAsync("/api/users/me", Cancel)).StatusCode);

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.NoContent, (await laptopA.PostAsync("/api/auth/sign-out", null, Cancel)).StatusCode);
        var oneSession = await ClosedWithinAsync(laptopClosed, clock);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptopB.GetAsync("/api/users/me", Cancel)).StatusCode);
        Assert.Equal(HubConnectionState.Connected, phoneConnection.State);

        clock.Restart();
        Assert.Equal(HttpStatusCode.NoContent, (await phoneA.PostAsync("/api/auth/sign-out?everywhere=true", null, Cancel)).StatusCode);
        var everywhere = await ClosedWithinAsync(phoneClosed, clock);

        using var tabletA = await nodeA.ClientForAsync("ghana", Password);
        var (tabletHub, tabletClosed) = await ListenAsync(nodeB, tabletA);
        await using var tabletConnection = tabletHub;
        using var admin = await nodeA.AdminAsync();
        clock.Restart();
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = true }, Cancel)).StatusCode);
        var disabled = await ClosedWithinAsync(tabletClosed, clock);

        TestContext.Current.SendDiagnosticMessage($"closed on node B after: sign-out {oneSession.TotalMilliseconds:F0} ms, everywhere {everywhere.TotalMilliseconds:F0} ms, disabled {disabled.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task Without_redis_the_sweep_on_postgresql_closes_a_disabled_or_signed_out_users_connection_on_the_other_node()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        var logs = new CapturedLogs();
        var quickSweep = ("Drafting:EndedSessionSweepSeconds", "0.5");
        await using var nodeA = Node(database, null, quickSweep);
        var nodeB = new DraftingApplication(connectionString: database) { Logs = logs };
        nodeB.Settings["Drafting:EndedSessionSweepSeconds"] = "0.5";
        nodeB.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        nodeB.StartServer();
        await using var nodeBOwned = nodeB;
        var id = await CreateGhanaAsync(nodeA);
        using var laptopA = await nodeA.ClientForAsync("ghana", Password);
        using var phoneA = await nodeA.ClientForAsync("ghana", Password);
        var (laptopHub, laptopClosed) = await ListenAsync(nodeB, laptopA);
        var (phoneHub, phoneClosed) = await ListenAsync(nodeB, phoneA);
        await using var laptopConnection = laptopHub;
        await using var phoneConnection = phoneHub;

        Assert.Equal(HttpStatusCode.NoContent, (await laptopA.PostAsync("/api/auth/sign-out", null, Cancel)).StatusCode);
        await laptopClosed.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        Assert.Equal(HubConnectionState.Connected, phoneConnection.State);

        using var admin = await nodeA.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = true }, Cancel)).StatusCode);
        await phoneClosed.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        Assert.DoesNotContain(logs.Messages, message => message.Contains("ended sessions failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refresh_token_used_at_once_on_two_nodes_gives_one_session()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var nodeA = Node(database, redis.ConnectionString);
        await using var nodeB = Node(database, redis.ConnectionString);
        await CreateGhanaAsync(nodeA);
        using var anonymousA = nodeA.CreateClient();
        using var anonymousB = nodeB.CreateClient();

        for (var round = 0; round < 5; round++)
        {
            var tokens = await (await anonymousA.PostAsJsonAsync("/api/auth/token", new { userName = "ghana", password = Password }, Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
            var refreshToken = tokens.GetProperty("refreshToken").GetString();
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
                (i % 2 == 0 ? anonymousA : anonymousB).PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Cancel)));
            var statuses = answers.Select(answer => answer.StatusCode).ToList();
            Assert.Equal(1, statuses.Count(status => status == HttpStatusCode.OK));
            Assert.Equal(5, statuses.Count(status => status == HttpStatusCode.Unauthorized));
        }
    }

    [Fact]
    public async Task A_users_edit_budget_is_one_budget_across_two_nodes()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        (string, string)[] limits = [("Drafting:Limits:EditsPerSecond", "0.01"), ("Drafting:Limits:EditBurst", "3")];
        await using var scenario = await Scenario.CreateAsync(Node(database, redis.ConnectionString, limits));
        await using var nodeB = Node(database, redis.ConnectionString, limits);
        using var drafterB = On(nodeB, scenario.Clients["drafter"]);
        var clause = scenario.ClauseId("operative", 0);
        var version = 1;
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            var client = i % 2 == 1 ? scenario.Clients["drafter"] : drafterB;
            var edit = await client.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = $"Decides, version {i};", baseVersion = version, opId = $"both-nodes-{i}" }, Cancel);
            statuses.Add(edit.StatusCode);
            if (edit.IsSuccessStatusCode)
            {
                version = (await edit.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("version").GetInt32();
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("Decides, version 3;", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
    }
}
