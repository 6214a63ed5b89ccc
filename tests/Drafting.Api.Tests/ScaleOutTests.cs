using System.Net.Http.Headers;
using System.Threading.Channels;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>Two nodes on one PostgreSQL database with the Redis backplane between them.</summary>
public class ScaleOutTests
{
    private static Task<HubConnection> ConnectAsync(DraftingApplication node, HttpClient signedIn) => LiveConnection.StartAsync(node.HubUrl, signedIn);

    [Fact]
    public async Task An_edit_through_node_A_reaches_an_observer_on_node_B_and_tokens_work_on_both()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString));
        await using var nodeB = DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString);

        // A token minted by node A is read by node B: the key ring is in the shared database.
        using var observerOnB = nodeB.CreateClient();
        observerOnB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Clients["observer"].DefaultRequestHeaders.Authorization!.Parameter);
        Assert.True((await observerOnB.GetAsync(scenario.Path(), TestContext.Current.CancellationToken)).IsSuccessStatusCode);

        await using var drafter = await ConnectAsync(scenario.App, scenario.Clients["drafter"]);
        await using var observer = await ConnectAsync(nodeB, scenario.Clients["observer"]);
        var received = Channel.CreateUnbounded<LiveEvent>();
        observer.On<LiveEvent>(nameof(IDraftingClient.ClauseChanged), change => received.Writer.TryWrite(change));
        var joinedAt = (await observer.InvokeAsync<System.Text.Json.JsonElement>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken)).GetProperty("seq").GetInt64();
        await drafter.InvokeAsync<System.Text.Json.JsonElement>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);

        var result = await drafter.InvokeAsync<EditClauseResult>("EditClause",
            new EditClauseCommand(scenario.ResolutionId, scenario.ClauseId("operative", 5), 1, "Calls upon Member States to ensure safe working environments;", "scale-1"), TestContext.Current.CancellationToken);
        Assert.Equal("applied", result.Status);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var change = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(joinedAt + 1, change.Seq);
        Assert.Equal(result.Seq, change.Seq);
    }

    [Fact]
    public async Task Joining_while_redis_is_down_is_refused_as_unavailable_and_joining_again_once_it_is_back_hears_the_other_node()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString));
        await using var nodeB = DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString);
        await using var drafter = await ConnectAsync(scenario.App, scenario.Clients["drafter"]);
        await drafter.InvokeAsync<System.Text.Json.JsonElement>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
        await using var observer = await ConnectAsync(nodeB, scenario.Clients["observer"]);
        var received = Channel.CreateUnbounded<LiveEvent>();
        observer.On<LiveEvent>(nameof(IDraftingClient.ClauseChanged), change => received.Writer.TryWrite(change));

        // The client's start completes at the handshake, before the server subscribes the connection to its Redis
        // channels; a round trip waits for that, so Redis dies under the join and not under the connection.
        await observer.InvokeAsync<IReadOnlyList<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L, TestContext.Current.CancellationToken);
        // Node B has no member of this resolution's groups yet, so joining needs new Redis subscriptions.
        redis.Kill();
        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() =>
            observer.InvokeAsync<System.Text.Json.JsonElement>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken));
        Assert.Contains(GroupMembership.Unavailable, refused.Message, StringComparison.Ordinal);

        await redis.StartProcessAsync();
        var joined = false;
        for (var attempt = 0; attempt < 100 && !joined; attempt++)
        {
            try
            {
                await observer.InvokeAsync<System.Text.Json.JsonElement>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
                joined = true;
            }
            catch (Microsoft.AspNetCore.SignalR.HubException stillDown) when (stillDown.Message.Contains(" unavailable: ", StringComparison.Ordinal))
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(joined, "joining never worked again after Redis restarted");
        EditClauseResult? result = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        LiveEvent? change = null;
        for (var attempt = 0; change is null && !timeout.IsCancellationRequested; attempt++)
        {
            // Node A's own link to Redis may still be coming back: edit until a broadcast gets through.
            result = await drafter.InvokeAsync<EditClauseResult>("EditClause",
                new EditClauseCommand(scenario.ResolutionId, scenario.ClauseId("operative", 5), result?.Version ?? 1, $"Calls upon Member States, round {attempt};", $"rejoin-{attempt}"), TestContext.Current.CancellationToken);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            wait.CancelAfter(TimeSpan.FromMilliseconds(500));
            try
            {
                change = await received.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        Assert.NotNull(change);
        Assert.Equal(scenario.ClauseId("operative", 5), change.Payload.GetProperty("clauseId").GetString());
    }
}
