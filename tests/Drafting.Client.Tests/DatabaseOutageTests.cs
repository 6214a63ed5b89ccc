using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Drafting.Api.Tests;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

/// <summary>A client that loses its connection while PostgreSQL is down, so the reconnect finds the database unreachable.</summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task A_client_that_reconnects_while_the_database_is_down_joins_again_once_it_is_back_and_hears_every_event()
    {
        await using var server = PostgreSqlServer.StartOwn();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: await server.CreateDatabaseAsync()));
        await using var balancer = LoopbackBalancer.Start(scenario.App.HubUrl.Port);
        await using var observer = new DraftingClient(builder => builder.WithHub(balancer.HubUrl, scenario.Clients["observer"]));
        var delivered = new ConcurrentQueue<long>();
        observer.EventReceived += change =>
        {
            delivered.Enqueue(change.Seq);
            return Task.CompletedTask;
        };
        var reconnected = new TaskCompletionSource();
        observer.Connection.Reconnected += _ =>
        {
            reconnected.TrySetResult();
            return Task.CompletedTask;
        };
        await observer.StartAsync(TestContext.Current.CancellationToken);
        var joinedAt = (await observer.JoinAsync(scenario.ResolutionId, TestContext.Current.CancellationToken)).GetProperty("seq").GetInt64();

        server.Stop();
        balancer.DropAll();
        await reconnected.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.Equal(HubConnectionState.Connected, observer.Connection.State);
        // The reconnect's JoinResolution has met the dead database; give it a few tries at failing.
        await Task.Delay(1000, TestContext.Current.CancellationToken);

        server.StartProcess();
        long stored = 0;
        for (var attempt = 0; attempt < 50 && stored == 0; attempt++)
        {
            var edit = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("operative", 5)}"),
                new { text = "Decides to remain actively seized of the matter;", baseVersion = 1, opId = "after-outage" }, TestContext.Current.CancellationToken);
            if (edit.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
                continue;
            }

            edit.EnsureSuccessStatusCode();
            stored = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        }

        // Delivered by broadcast (or by the catch-up of the eventual join): either way only a client that joined again gets it.
        for (var wait = 0; wait < 200 && observer.LastSeq(scenario.ResolutionId) < stored; wait++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(joinedAt + 1, stored);
        Assert.Equal([stored], delivered);
    }
}
