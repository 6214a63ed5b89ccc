using System.Text.Json;
using Drafting.Api.Tests;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

/// <summary>DraftingClient's presence: the join answer's list, deltas applied in presenceSeq order, the whole list fetched after a gap.</summary>
public class PresenceTests
{
    private static async Task<DraftingClient> ConnectAsync(Scenario scenario, string role)
    {
        var client = new DraftingClient(builder => builder.WithHub(scenario.App.HubUrl, scenario.Clients[role]));
        await client.StartAsync(TestContext.Current.CancellationToken);
        return client;
    }

    private static async Task WaitUntilAsync(string what, Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token).ContinueWith(t => Assert.False(t.IsCanceled, $"Never saw {what}."), TaskScheduler.Default);
        }
    }

    private static string[] Names(DraftingClient client, Guid resolutionId) => [.. client.Presence(resolutionId).Select(m => m.DisplayName)];

    [Fact]
    public async Task Deltas_are_applied_in_order_and_a_gap_fetches_the_whole_list_instead_of_applying_the_delta()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var id = scenario.ResolutionId;
        await using var observer = await ConnectAsync(scenario, "observer");
        await observer.JoinAsync(id, TestContext.Current.CancellationToken);
        var drafter = await ConnectAsync(scenario, "drafter");
        await drafter.JoinAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(["drafter", "observer"], Names(drafter, id));

        var clause = scenario.ClauseId("operative", 1);
        await drafter.Connection.InvokeAsync("SetFocus", id, clause, TestContext.Current.CancellationToken);
        await WaitUntilAsync("the drafter's focus", () => observer.Presence(id).Any(m => m.DisplayName == "drafter" && m.ClauseId == clause));
        Assert.Equal(["drafter", "observer"], Names(observer, id));
        Assert.Equal(0, observer.PresenceRefreshes);
        var drafterId = observer.Presence(id).Single(m => m.DisplayName == "drafter").UserId;

        // A delta numbered far ahead (those between were lost): not applied; the whole list is fetched instead.
        await observer.ReceivePresenceAsync(JsonSerializer.SerializeToElement(new
        {
            resolutionId = id, presenceSeq = 1000, seq = 0, changes = new[] { new { kind = PresenceChangeKinds.Left, userId = drafterId } },
        }));
        Assert.Equal(1, observer.PresenceRefreshes);
        Assert.Equal(["drafter", "observer"], Names(observer, id));

        // One already applied changes nothing.
        await observer.ReceivePresenceAsync(JsonSerializer.SerializeToElement(new
        {
            resolutionId = id, presenceSeq = 1, seq = 0, changes = new[] { new { kind = PresenceChangeKinds.Left, userId = drafterId } },
        }));
        Assert.Equal(["drafter", "observer"], Names(observer, id));

        // And the server's next deltas apply on the fetched list.
        await drafter.DisposeAsync();
        await WaitUntilAsync("the drafter gone", () => Names(observer, id).SequenceEqual(["observer"]));
        Assert.Equal(1, observer.PresenceRefreshes);
    }
}
