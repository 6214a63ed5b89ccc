using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Drafting.Api.Tests;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client.Tests;

/// <summary>
/// Many small rounds of concurrent editing against the real hub on a loopback port, with connections
/// dropped in the middle of an edit and edits sent twice. After each round every acknowledged edit is
/// accounted for, every client shows the database's text, and the log's seq runs without gaps or repeats.
/// </summary>
public class ConcurrencyTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Rounds = 1000;
    private static readonly string[] Editors = ["penholder", "drafter"];

    /// <summary>One edit an editor makes: which clause, which word it replaces, and what goes wrong around it.</summary>
    private sealed record Step(int Clause, int Word, bool SendTwice, bool DropMidEdit);

    private static Gen<Step> Steps => Gen.Select(Gen.Int[0, 1], Gen.Int[1, 5], Gen.Int[0, 9], Gen.Int[0, 14],
        (clause, word, twice, drop) => new Step(clause, word, twice == 0, drop == 0));

    private static Gen<Step[][]> Round => Steps.Array[1, 4].Array[Editors.Length];

    /// <summary>A client with its own view of the clause texts, built only from the events it receives.</summary>
    private sealed class Participant(DraftingClient client)
    {
        public DraftingClient Client { get; } = client;

        public ConcurrentDictionary<string, (string Text, int Version)> View { get; } = new();

        public ConcurrentQueue<(Guid ResolutionId, long Seq)> Delivered { get; } = new();
    }

    /// <summary>What the server answered to one edit (after resends).</summary>
    private sealed record Acknowledged(string OpId, string ClauseId, int BaseVersion, string Token, string Status, long Seq, string Text);

    [Fact]
    public async Task Concurrent_edits_with_drops_and_resends_lose_nothing_and_all_clients_converge()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await PlayAsync(scenario, [scenario.App], Rounds);
    }

    /// <summary>
    /// The same rounds on PostgreSQL with two nodes and the Redis backplane: the editors and the observer are spread
    /// over both nodes, so every delivery to another node's client crosses the backplane, and seq comes from the shared row.
    /// </summary>
    [Fact]
    public async Task Concurrent_edits_across_two_nodes_on_postgresql_lose_nothing_and_all_clients_converge()
    {
        var database = await (await Drafting.Api.Tests.Servers.PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var redis = await Drafting.Api.Tests.Servers.RedisServer.StartAsync();
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString));
        await using var nodeB = DraftingApplication.OnLoopback(connectionString: database, redis: redis.ConnectionString);
        await PlayAsync(scenario, [scenario.App, nodeB], 100);
    }

    private async Task PlayAsync(Scenario scenario, DraftingApplication[] nodes, int rounds)
    {
        var participants = new Dictionary<string, Participant>();
        foreach (var (role, n) in Editors.Append("observer").Select((role, n) => (role, n)))
        {
            participants[role] = await ConnectAsync(scenario, nodes[n % nodes.Length], role);
        }

        var plans = Round.Array[rounds].Single(_ => true, Seed);
        for (var round = 0; round < plans.Length; round++)
        {
            try
            {
                await PlayRoundAsync(scenario, participants, round, plans[round]);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                throw new InvalidOperationException($"Round {round} of seed {Seed} failed (CsCheck: Round.Array[{rounds}] with that seed, {nodes.Length} node(s)): {failure.Message}", failure);
            }
        }

        foreach (var participant in participants.Values)
        {
            await participant.Client.DisposeAsync();
        }

        // The rounds must have exercised every path, or they proved little.
        var outcomes = Outcomes.ToDictionary(o => o.Key, o => o.Value);
        TestContext.Current.TestOutputHelper?.WriteLine($"Outcomes over {rounds} rounds on {nodes.Length} node(s): {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.All(new[] { "applied", "merged", "conflict", "resent after drop", "sent twice" }, kind => Assert.True(outcomes.GetValueOrDefault(kind) > 0, $"no {kind} edit in {rounds} rounds"));
    }

    private ConcurrentDictionary<string, int> Outcomes { get; } = new();

    private async Task PlayRoundAsync(Scenario scenario, Dictionary<string, Participant> participants, int round, Step[][] plan)
    {
        var resolutionId = await ImportAsync(scenario);
        var joinedAt = new Dictionary<string, long>();
        var original = new Dictionary<string, string>();
        foreach (var (role, participant) in participants)
        {
            var snapshot = await participant.Client.JoinAsync(resolutionId);
            joinedAt[role] = snapshot.GetProperty("seq").GetInt64();
            foreach (var clause in snapshot.GetProperty("resolution").GetProperty("preambular").EnumerateArray())
            {
                participant.View[clause.GetProperty("id").GetString()!] = (clause.GetProperty("text").GetString()!, clause.GetProperty("version").GetInt32());
                original[clause.GetProperty("id").GetString()!] = clause.GetProperty("text").GetString()!;
            }
        }

        var clauseIds = original.Keys.ToList();
        var acknowledged = new ConcurrentBag<Acknowledged>();
        await Task.WhenAll(Editors.Select((role, n) => Task.Run(() => EditAsync(participants[role], resolutionId, round, role, plan[n], clauseIds, acknowledged))));

        // The database is the truth: every client, after catching up, must show exactly its text.
        var stored = await scenario.Penholder.GetFromJsonAsync<JsonElement>($"/api/resolutions/{resolutionId}");
        var truth = stored.GetProperty("preambular").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => (c.GetProperty("text").GetString()!, c.GetProperty("version").GetInt32()));
        var log = await participants["observer"].Client.Connection.InvokeAsync<List<ResolutionEvent>>("CatchUp", resolutionId, 0L);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));
        Assert.Equal(stored.GetProperty("seq").GetInt64(), log[^1].Seq);
        foreach (var (role, participant) in participants)
        {
            await participant.Client.CatchUpAsync(resolutionId);
            foreach (var id in truth.Keys)
            {
                Assert.Equal(truth[id], participant.View[id]);
            }

            // Delivered once each and in order: no gap, no repeat, whatever dropped in between.
            var delivered = participant.Delivered.Where(d => d.ResolutionId == resolutionId).Select(d => d.Seq);
            Assert.Equal(Enumerable.Range((int)joinedAt[role] + 1, (int)(log[^1].Seq - joinedAt[role])).Select(i => (long)i), delivered);
        }

        AssertEveryEditAccountedFor(log, acknowledged, original);
    }

    /// <summary>
    /// Each stored change is one acknowledged edit; a conflict stored nothing; and a word only ever leaves
    /// a clause through an edit whose author had seen it (no silent loss to a concurrent edit).
    /// </summary>
    private static void AssertEveryEditAccountedFor(List<ResolutionEvent> log, IEnumerable<Acknowledged> acknowledged, Dictionary<string, string> original)
    {
        var changes = log.Where(e => e.Type == "ClauseChanged").ToList();
        var bySeq = acknowledged.Where(a => a.Status is "applied" or "merged").ToDictionary(a => a.Seq);
        Assert.Equal(changes.Select(e => e.Seq).Order(), bySeq.Keys.Order());
        var versions = original.ToDictionary(o => o.Key, o => new Dictionary<int, string> { [1] = o.Value });
        foreach (var change in changes)
        {
            var clauseId = change.Payload.GetProperty("clauseId").GetString()!;
            var text = change.Payload.GetProperty("text").GetString()!;
            var version = change.Payload.GetProperty("version").GetInt32();
            var edit = bySeq[change.Seq];
            Assert.Equal(edit.ClauseId, clauseId);
            Assert.Contains(edit.Token, text, StringComparison.Ordinal);
            var history = versions[clauseId];
            var lost = Words(history[version - 1]).Except(Words(text)).Except(Words(history[edit.BaseVersion]));
            Assert.True(!lost.Any(), $"Edit {edit.OpId} on version {edit.BaseVersion} removed words its author never saw: {string.Join(", ", lost)}");
            history[version] = text;
        }

        Assert.All(acknowledged, a => Assert.Contains(a.Status, new[] { "applied", "merged", "conflict" }));
    }

    private static IEnumerable<string> Words(string text) => text.Split(' ', ',', ';');

    private async Task EditAsync(Participant participant, Guid resolutionId, int round, string role, Step[] steps, List<string> clauseIds, ConcurrentBag<Acknowledged> acknowledged)
    {
        for (var n = 0; n < steps.Length; n++)
        {
            var step = steps[n];
            var clauseId = clauseIds[step.Clause];
            var (text, version) = participant.View[clauseId];
            var words = text.TrimEnd(',').Split(' ');
            var token = $"{role[0]}{round}x{n}";
            words[step.Word % (words.Length - 1) + 1] = token;
            var opId = $"{resolutionId:N}-{role}-{n}";
            var proposed = string.Join(' ', words) + ",";
            var result = await SendUntilAcknowledgedAsync(participant, resolutionId, clauseId, version, proposed, opId, step);
            var status = result.GetProperty("status").GetString()!;
            if (status == "duplicate")
            {
                // Only a resend after a drop gets here: the first answer was lost with the connection, but the edit was stored.
                status = "applied";
            }

            Outcomes.AddOrUpdate(status, 1, (_, count) => count + 1);

            acknowledged.Add(new Acknowledged(opId, clauseId, version, token, status, result.GetProperty("seq").GetInt64(), result.GetProperty("text").GetString()!));
        }
    }

    /// <summary>Sends an edit the way an at-least-once client does: after a drop it reconnects, catches up and sends the same opId again.</summary>
    private async Task<JsonElement> SendUntilAcknowledgedAsync(Participant participant, Guid resolutionId, string clauseId, int version, string text, string opId, Step step)
    {
        var client = participant.Client;
        if (step.SendTwice)
        {
            var first = client.EditClauseAsync(resolutionId, clauseId, version, text, opId);
            var second = client.EditClauseAsync(resolutionId, clauseId, version, text, opId);
            var (a, b) = (await first, await second);
            Outcomes.AddOrUpdate("sent twice", 1, (_, count) => count + 1);
            // A connection's invocations run one at a time, so the second send meets the first one's outcome.
            if (a.GetProperty("status").GetString() is "applied" or "merged")
            {
                Assert.Equal("duplicate", b.GetProperty("status").GetString());
                Assert.Equal(a.GetProperty("seq").GetInt64(), b.GetProperty("seq").GetInt64());
                Assert.Equal(a.GetProperty("text").GetString(), b.GetProperty("text").GetString());
                return a;
            }

            Assert.NotEqual("duplicate", b.GetProperty("status").GetString());
            return b;
        }

        if (step.DropMidEdit)
        {
            var inFlight = client.EditClauseAsync(resolutionId, clauseId, version, text, opId);
            await client.Connection.StopAsync();
            try
            {
                await inFlight;
            }
            catch (Exception lost) when (lost is not Xunit.Sdk.XunitException)
            {
                // The answer was lost with the connection; whether the edit landed is for the resend to say.
            }

            await client.StartAsync();
            await client.JoinAsync(resolutionId);
            Outcomes.AddOrUpdate("resent after drop", 1, (_, count) => count + 1);
        }

        return await client.EditClauseAsync(resolutionId, clauseId, version, text, opId);
    }

    private static async Task<Guid> ImportAsync(Scenario scenario)
    {
        var text = $"""
            Security Council

            The Security Council,

            *Recalling* alpha beta gamma delta epsilon zeta eta,

            *Noting* one two three four five six seven,

            1. *Decides* to remain seized of the matter.
            """;
        var response = await scenario.Penholder.PostAsync("/api/resolutions/import", new StringContent(text, System.Text.Encoding.UTF8, "text/markdown"));
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var role in new[] { "drafter", "observer" })
        {
            (await scenario.Penholder.PostAsJsonAsync($"/api/resolutions/{id}/participants", new { userName = role, role })).EnsureSuccessStatusCode();
        }

        return id;
    }

    private static async Task<Participant> ConnectAsync(Scenario scenario, DraftingApplication node, string role)
    {
        var client = new DraftingClient(builder => builder.WithHub(node.HubUrl, scenario.Clients[role]));
        var participant = new Participant(client);
        client.EventReceived += change =>
        {
            participant.Delivered.Enqueue((change.ResolutionId, change.Seq));
            if (change.Type == "ClauseChanged")
            {
                participant.View[change.Payload.GetProperty("clauseId").GetString()!] = (change.Payload.GetProperty("text").GetString()!, change.Payload.GetProperty("version").GetInt32());
            }

            return Task.CompletedTask;
        };
        await client.StartAsync(TestContext.Current.CancellationToken);
        return participant;
    }
}
