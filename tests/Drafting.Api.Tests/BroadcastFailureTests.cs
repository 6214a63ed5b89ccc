using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Drafting.Api.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// Sending is best effort: a change is stored and acknowledged even when its broadcast fails, and the failure is logged
/// with the seq clients will catch up from.
/// </summary>
public class BroadcastFailureTests
{
    [Fact]
    public async Task An_edit_is_stored_and_acknowledged_when_the_backplane_is_unreachable_and_the_failed_broadcast_is_logged()
    {
        var logs = new CapturedLogs();
        // A Redis backplane on a loopback port nobody listens on: every send fails at once.
        await using var app = new DraftingApplication(redis: $"127.0.0.1:{ClosedPort()},connectTimeout=500") { Logs = logs };
        await using var scenario = await Scenario.CreateAsync(app);
        var clause = scenario.ClauseId("operative", 0);
        var version = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("version").GetInt32();

        var edit = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides to act while Redis is down;", baseVersion = version, opId = "redis-down" });

        edit.EnsureSuccessStatusCode();
        var seq = (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seq").GetInt64();
        Assert.Equal("Decides to act while Redis is down;", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
        // The broadcast is handed off, not waited for (LiveBroadcaster.Hand): its failure is logged once it fails.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(60));
        await logs.WaitForAsync($"{typeof(LiveBroadcaster).FullName} Warning: Broadcast of seq {seq} of {scenario.ResolutionId} failed; clients will catch up", bounded.Token);
    }

    [Fact]
    public async Task Publishing_an_event_type_that_is_not_broadcast_to_a_room_is_a_programming_error_named_as_such()
    {
        await using var scenario = await Scenario.CreateAsync();
        var broadcaster = scenario.App.Services.GetRequiredService<LiveBroadcaster>();
        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            broadcaster.PublishAsync(scenario.ResolutionId, 1, Contract.EventTypes.CommentAdded, Guid.NewGuid(), JsonDocument.Parse("{}").RootElement));
        Assert.Equal("type", refused.ParamName);
        Assert.StartsWith("Not an event type broadcast to a resolution's group.", refused.Message, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
