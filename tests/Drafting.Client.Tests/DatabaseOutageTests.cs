using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Drafting.Api.Tests;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

/// <summary>A client meeting PostgreSQL down: its edits wait for the database, its reconnects join again once it is back.</summary>
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
        // The reconnect's JoinResolution meets the dead database: wait until it has failed and been tried again twice.
        for (var wait = 0; wait < 1200 && observer.RejoinsFailed < 2; wait++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(observer.RejoinsFailed >= 2, $"joining again failed {observer.RejoinsFailed} times while the database was down");

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

    [Fact]
    public async Task An_edit_made_while_the_database_is_down_is_sent_again_by_the_client_until_it_is_back_and_stored_once()
    {
        await using var server = PostgreSqlServer.StartOwn();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: await server.CreateDatabaseAsync()));
        await using var drafter = new DraftingClient(builder => builder.WithHub(scenario.App.HubUrl, scenario.Clients["drafter"]));
        await drafter.StartAsync(TestContext.Current.CancellationToken);
        var joinedAt = (await drafter.JoinAsync(scenario.ResolutionId, TestContext.Current.CancellationToken)).GetProperty("seq").GetInt64();
        const string text = "Decides to remain actively seized of the matter;";

        server.Stop();
        var edit = drafter.EditClauseAsync(scenario.ResolutionId, scenario.ClauseId("operative", 5), 1, text, "while-down", TestContext.Current.CancellationToken);
        for (var wait = 0; wait < 200 && drafter.EditsResent < 2; wait++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        // Refused as unavailable and sent again, twice at least, without the caller seeing a failure.
        Assert.True(drafter.EditsResent >= 2, $"the edit was resent {drafter.EditsResent} times while the database was down");
        Assert.False(edit.IsCompleted, edit.IsFaulted ? edit.Exception!.InnerException!.Message : "the edit completed with the database down");

        server.StartProcess();
        var result = await edit.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal("applied", result.GetProperty("status").GetString());
        Assert.Equal(joinedAt + 1, result.GetProperty("seq").GetInt64());
        var stored = await drafter.Connection.InvokeAsync<List<ResolutionEvent>>("CatchUp", scenario.ResolutionId, joinedAt, TestContext.Current.CancellationToken);
        Assert.Equal([(joinedAt + 1, text)], stored.Select(e => (e.Seq, e.Payload.GetProperty("text").GetString())));
    }
}
