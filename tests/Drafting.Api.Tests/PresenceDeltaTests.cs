using System.Net.Http.Json;
using Drafting.Api.Hubs;
using Drafting.Api.Live.Presence;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace Drafting.Api.Tests;

/// <summary>
/// Presence as deltas on one node, on a fake clock that the test moves by whole windows: what a window gathers is sent
/// once, numbered without gaps, and a client that applies the deltas in order holds the list the server has.
/// </summary>
public class PresenceDeltaTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    private static async Task<(Scenario Scenario, FakeTimeProvider Clock)> CrowdAsync(int delegates)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(time: clock));
        for (var i = 0; i < delegates; i++)
        {
            var name = $"delegate{i}";
            scenario.Clients[name] = await scenario.App.UserAsync(name, $"Delegation {i}");
            (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = name, role = "observer" })).EnsureSuccessStatusCode();
        }

        return (scenario, clock);
    }

    private static Task<HubConnection> ConnectAsync(Scenario scenario, string who) => LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients[who]);

    /// <summary>A round trip on <paramref name="connection"/>: any message the server sent it before has been received.</summary>
    private static Task<PresenceSnapshot> RoundTripAsync(HubConnection connection, Scenario scenario) =>
        connection.InvokeAsync<PresenceSnapshot>("GetPresence", scenario.ResolutionId, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_crowd_joining_within_one_window_reaches_everyone_in_one_delta()
    {
        var (scenario, clock) = await CrowdAsync(delegates: 6);
        await using var _ = scenario;
        await using var watcher = await ConnectAsync(scenario, "observer");
        var watcherSees = new PresenceView(watcher);
        await watcherSees.JoinAsync(scenario.ResolutionId);
        clock.Advance(Window);
        var first = await watcherSees.NextAsync(Within);
        Assert.Equal(1, first.PresenceSeq);

        var crowd = new List<HubConnection>();
        foreach (var who in new[] { "penholder", "drafter", "delegate0", "delegate1", "delegate2", "delegate3", "delegate4", "delegate5" })
        {
            var connection = await ConnectAsync(scenario, who);
            crowd.Add(connection);
            await connection.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
        }

        // Eight joins, and the window has not passed: nothing sent yet.
        await RoundTripAsync(watcher, scenario);
        await watcherSees.DrainAsync();
        Assert.Single(watcherSees.Received);

        clock.Advance(Window);
        var delta = await watcherSees.NextAsync(Within);
        Assert.Equal(2, delta.PresenceSeq);
        Assert.Equal(8, delta.Changes.Count);
        Assert.All(delta.Changes, c => Assert.Equal(PresenceChangeKinds.Joined, c.Kind));
        Assert.Equal((await RoundTripAsync(watcher, scenario)).Present, watcherSees.Present);
        await watcherSees.DrainAsync();
        Assert.Equal(2, watcherSees.Received.Count);

        foreach (var connection in crowd)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_focus_moved_many_times_within_a_window_is_sent_once_at_its_last_position()
    {
        var (scenario, clock) = await CrowdAsync(delegates: 0);
        await using var _ = scenario;
        await using var watcher = await ConnectAsync(scenario, "observer");
        await using var drafter = await ConnectAsync(scenario, "drafter");
        var watcherSees = new PresenceView(watcher);
        await watcherSees.JoinAsync(scenario.ResolutionId);
        await drafter.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
        clock.Advance(Window);
        await watcherSees.WaitForAsync("both", p => p.Count == 2, Within);
        var before = watcherSees.Received.Count;

        var operative = scenario.Resolution.GetProperty("operative");
        var last = "";
        for (var i = 0; i < operative.GetArrayLength(); i++)
        {
            last = operative[i].GetProperty("id").GetString()!;
            await drafter.InvokeAsync("SetFocus", scenario.ResolutionId, last, TestContext.Current.CancellationToken);
        }

        clock.Advance(Window);
        var delta = await watcherSees.NextAsync(Within);
        var change = Assert.Single(delta.Changes);
        Assert.Equal(PresenceChangeKinds.Focus, change.Kind);
        Assert.Equal(last, change.ClauseId);
        Assert.Null(change.DisplayName);
        await RoundTripAsync(watcher, scenario);
        await watcherSees.DrainAsync();
        Assert.Equal(before + 1, watcherSees.Received.Count);
        Assert.Equal(last, watcherSees.Present.Single(p => p.DisplayName == "drafter").ClauseId);
    }

    [Fact]
    public async Task Deltas_numbered_without_gaps_and_applied_in_order_give_the_list_the_server_has()
    {
        const int Seed = 2117;
        var random = new Random(Seed);
        var (scenario, clock) = await CrowdAsync(delegates: 3);
        await using var _ = scenario;
        await using var watcher = await ConnectAsync(scenario, "observer");
        var watcherSees = new PresenceView(watcher);
        await watcherSees.JoinAsync(scenario.ResolutionId);
        var people = new[] { "penholder", "drafter", "secretary", "delegate0", "delegate1", "delegate2" };
        var connections = new Dictionary<string, HubConnection>();
        var clauses = scenario.Resolution.GetProperty("operative").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        try
        {
            for (var round = 0; round < 12; round++)
            {
                for (var step = 0; step < 4; step++)
                {
                    var who = people[random.Next(people.Length)];
                    if (!connections.TryGetValue(who, out var connection))
                    {
                        connections[who] = connection = await ConnectAsync(scenario, who);
                        await connection.InvokeAsync<JoinSnapshot>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
                    }
                    else if (random.Next(4) == 0)
                    {
                        await connection.InvokeAsync("LeaveResolution", scenario.ResolutionId, TestContext.Current.CancellationToken);
                        await connection.DisposeAsync();
                        connections.Remove(who);
                    }
                    else
                    {
                        await connection.InvokeAsync("SetFocus", scenario.ResolutionId, clauses[random.Next(clauses.Count)], TestContext.Current.CancellationToken);
                    }
                }

                clock.Advance(Window);
                var server = (await RoundTripAsync(watcher, scenario)).Present;
                await watcherSees.WaitForAsync($"the server's list after round {round} (seed {Seed})", p => p.SequenceEqual(server), Within);
            }

            Assert.Equal(0, watcherSees.Gaps);
            Assert.Equal(Enumerable.Range(1, watcherSees.Received.Count).Select(n => (long)n), watcherSees.Received.Select(d => d.PresenceSeq));
        }
        finally
        {
            foreach (var connection in connections.Values)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
