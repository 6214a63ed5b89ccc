using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Drafting.Api.Tests;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

public class DraftingClientTests
{
    private static async Task<DraftingClient> ConnectAsync(Scenario scenario, string role)
    {
        var client = new DraftingClient(builder => builder.WithHub(scenario.App.HubUrl, scenario.Clients[role]));
        await client.StartAsync(TestContext.Current.CancellationToken);
        return client;
    }

    [Fact]
    public async Task A_client_that_was_offline_receives_every_missed_event_in_order_when_it_comes_back()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var observer = await ConnectAsync(scenario, "observer");
        var received = new ConcurrentQueue<ResolutionEvent>();
        observer.EventReceived += e => { received.Enqueue(e); return Task.CompletedTask; };
        var joinedAt = (await observer.JoinAsync(scenario.ResolutionId)).GetProperty("seq").GetInt64();

        await observer.Connection.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("preambular", i)}"), new { text = $"Recalling offline edit {i},", baseVersion = 1 })).EnsureSuccessStatusCode();
        }

        await observer.StartAsync();
        await observer.JoinAsync(scenario.ResolutionId);
        Assert.Equal([joinedAt + 1, joinedAt + 2, joinedAt + 3], received.Select(e => e.Seq));
        Assert.Equal("Recalling offline edit 2,", received.Last().Payload.GetProperty("text").GetString());
        Assert.Equal(joinedAt + 3, observer.LastSeq(scenario.ResolutionId));
    }

    [Fact]
    public async Task Concurrent_random_edits_lose_nothing_and_every_client_converges_on_the_database()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var editors = new[] { "penholder", "drafter" };
        var clients = new Dictionary<string, DraftingClient>();
        var views = new Dictionary<string, ConcurrentDictionary<string, string>>();
        foreach (var role in editors.Append("observer"))
        {
            var client = await ConnectAsync(scenario, role);
            var view = new ConcurrentDictionary<string, string>();
            client.EventReceived += e =>
            {
                if (e.Type == "ClauseChanged")
                {
                    view[e.Payload.GetProperty("clauseId").GetString()!] = e.Payload.GetProperty("text").GetString()!;
                }

                return Task.CompletedTask;
            };
            await client.JoinAsync(scenario.ResolutionId);
            clients[role] = client;
            views[role] = view;
        }

        var clauseIds = Enumerable.Range(0, 3).Select(i => scenario.ClauseId("preambular", i)).ToArray();
        var originals = clauseIds.ToDictionary(id => id, id => scenario.Resolution.GetProperty("preambular").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).GetProperty("text").GetString()!);
        var acknowledged = new ConcurrentBag<(string OpId, string Status)>();

        // Each editor makes a sequence of edits on a clause from the version it last saw, replacing one word.
        var plans = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 30], Gen.Int[0, 1000]).Array[25].Array[editors.Length];
        plans.Sample(all =>
        {
            var tasks = editors.Select((role, n) => Task.Run(async () =>
            {
                var step = 0;
                foreach (var (clause, word, value) in all[n])
                {
                    var id = clauseIds[clause];
                    var current = await scenario.Clients[role].GetFromJsonAsync<JsonElement>(scenario.Path());
                    var seen = current.GetProperty("preambular").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
                    var words = seen.GetProperty("text").GetString()!.Split(' ');
                    words[word % (words.Length - 1) + 1] = $"{role}{value}";
                    var opId = $"{role}-{step++}";
                    var result = await clients[role].EditClauseAsync(scenario.ResolutionId, id, seen.GetProperty("version").GetInt32(), string.Join(' ', words), opId);
                    acknowledged.Add((opId, result.GetProperty("status").GetString()!));
                }
            })).ToArray();
            Task.WaitAll(tasks, TimeSpan.FromMinutes(2));
        }, seed: "0N0XIzNsQ0O2", iter: 1, threads: 1);

        var final = await scenario.CurrentAsync();
        var finalTexts = final.GetProperty("preambular").EnumerateArray().Take(3).ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("text").GetString()!);
        var events = await clients["observer"].Connection.InvokeAsync<List<ResolutionEvent>>("CatchUp", scenario.ResolutionId, 0L);
        var stored = events.Where(e => e.Type == "ClauseChanged").ToList();

        Assert.Equal(50, acknowledged.Count);
        Assert.All(acknowledged, a => Assert.Contains(a.Status, new[] { "applied", "merged", "conflict" }));
        // Every acknowledged applied or merged edit is in the log exactly once; conflicts stored nothing.
        Assert.Equal(acknowledged.Count(a => a.Status != "conflict"), stored.Count);
        foreach (var role in views.Keys)
        {
            await clients[role].CatchUpAsync(scenario.ResolutionId);
            foreach (var id in clauseIds)
            {
                Assert.Equal(finalTexts[id], views[role].GetValueOrDefault(id, originals[id]));
            }
        }

        foreach (var client in clients.Values)
        {
            await client.DisposeAsync();
        }
    }
}
