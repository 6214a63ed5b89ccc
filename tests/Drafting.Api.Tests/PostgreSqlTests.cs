using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Api.Tests.Servers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace Drafting.Api.Tests;

/// <summary>The API on a real PostgreSQL server: a fresh database per test, one or two nodes on it.</summary>
public class PostgreSqlTests
{
    private static async Task<DraftingApplication> NodeAsync(string? connectionString = null, bool loopback = false)
    {
        connectionString ??= await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        return loopback ? DraftingApplication.OnLoopback(connectionString: connectionString) : new DraftingApplication(connectionString: connectionString);
    }

    /// <summary>A client of <paramref name="node"/> carrying a token that another node minted.</summary>
    private static HttpClient ClientOn(DraftingApplication node, HttpClient signedIn)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.DefaultRequestHeaders.Authorization!.Parameter);
        return client;
    }

    /// <summary>
    /// The service's sessions compile no statement (the check's statements cost 10-15 ms of JIT each, more than they
    /// run); a connection string that sets its own options keeps them.
    /// </summary>
    [Fact]
    public async Task Sessions_run_without_jit_unless_the_connection_string_sets_its_own_options()
    {
        var connectionString = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        async Task<string?> JitAsync(string given)
        {
            using var database = new Drafting.Api.Platform.DraftingDatabase(given);
            await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SHOW jit";
            return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal("off", await JitAsync(connectionString));
        Assert.Equal("on", await JitAsync(connectionString + ";Options=-c jit=on"));
    }

    [Fact]
    public async Task Import_edit_merge_comment_publish_and_restart_work_on_postgresql()
    {
        var connectionString = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        Guid id;
        long seq;
        await using (var scenario = await Scenario.CreateAsync(await NodeAsync(connectionString)))
        {
            id = scenario.ResolutionId;
            var clause = scenario.ClauseId("operative", 5);
            var first = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Calls upon Member States to ensure safe working environments;", baseVersion = 1, opId = "pg-1" });
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var repeat = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Calls upon Member States to ensure safe working environments;", baseVersion = 1, opId = "pg-1" });
            Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seq").GetInt64(), (await repeat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seq").GetInt64());
            var stale = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Something else entirely;", baseVersion = 1, opId = "pg-2" });
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

            var comment = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = scenario.ClauseId("operative", 6), quote = new { exact = "the African Union's efforts" }, body = "Please keep this." });
            Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
            var inserted = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", text = "Decides to act;" }, TestContext.Current.CancellationToken);
            Assert.True(inserted.IsSuccessStatusCode, await inserted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var published = await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = (string?)null });
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
            var history = await scenario.Penholder.GetAsync(scenario.Path($"/clauses/{clause}/history"), TestContext.Current.CancellationToken);
            Assert.True(history.IsSuccessStatusCode, await history.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            seq = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
            Assert.Equal(8L, seq); // created, 3 participants, the edit, the comment, the inserted clause, the revision
        }

        // A restart (a new node on the same database) applies no migration twice and sees everything.
        await using var restarted = await NodeAsync(connectionString);
        using var admin = await restarted.AdminAsync();
        using var penholder = await restarted.ClientForAsync("penholder", "penholder-password-123");
        var after = await penholder.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(seq, after.GetProperty("seq").GetInt64());
        Assert.Equal("Calls upon Member States to ensure safe working environments;", after.GetProperty("operative")[5].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Concurrent_edits_from_two_nodes_get_seq_1_to_n_without_gaps_or_repeats()
    {
        var connectionString = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var scenario = await Scenario.CreateAsync(await NodeAsync(connectionString, loopback: true));
        await using var nodeB = await NodeAsync(connectionString, loopback: true);
        var clients = new[]
        {
            scenario.Penholder, scenario.Clients["drafter"],
            ClientOn(nodeB, scenario.Penholder), ClientOn(nodeB, scenario.Clients["drafter"]),
        };

        // Each client edits its own clause, one edit after another, all four at once: every edit is stored,
        // and all of them race for the next seq of the same resolution from two processes.
        const int EditsPerClient = 25;
        var perClient = await Task.WhenAll(clients.Select((client, c) => Task.Run(async () =>
        {
            var clause = scenario.ClauseId("operative", c);
            var answers = new List<HttpStatusCode>();
            for (var n = 0; n < EditsPerClient; n++)
            {
                var response = await client.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = $"Decides that edit {c}-{n} stands;", baseVersion = n + 1, opId = $"contend-{c}-{n}" });
                answers.Add(response.StatusCode);
            }

            return answers;
        })));
        var statuses = perClient.SelectMany(a => a).ToList();
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT seq, type FROM events WHERE resolution_id = @rid ORDER BY seq", connection);
        command.Parameters.AddWithValue("rid", scenario.ResolutionId.ToString());
        var log = new List<(long Seq, string Type)>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                log.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));
        Assert.Equal(statuses.Count(s => s == HttpStatusCode.OK), log.Count(e => e.Type == "ClauseChanged"));
        Assert.Equal(log[^1].Seq, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
        TestContext.Current.TestOutputHelper?.WriteLine($"{statuses.Count} edits from 2 nodes: {statuses.Count(s => s == HttpStatusCode.OK)} stored, {statuses.Count(s => s == HttpStatusCode.Conflict)} conflicts, seq 1..{log[^1].Seq}");
    }

    [Fact]
    public async Task With_postgresql_down_a_write_is_503_and_nothing_of_it_is_stored()
    {
        await using var server = PostgreSqlServer.StartOwn();
        await using var scenario = await Scenario.CreateAsync(await NodeAsync(await server.CreateDatabaseAsync()));
        var before = await scenario.CurrentAsync();
        var clause = scenario.ClauseId("operative", 5);

        server.Stop();
        var refused = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides nothing;", baseVersion = 1, opId = "down-1" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        server.StartProcess();
        JsonElement after = default;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            // The pool may hold connections the restart broke: those fail as 503 once each, then fresh ones work.
            var response = await scenario.Penholder.GetAsync(scenario.Path(), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                after = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
                break;
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        Assert.Equal(before.GetProperty("seq").GetInt64(), after.GetProperty("seq").GetInt64());
        Assert.Equal(before.GetProperty("operative")[5].GetProperty("text").GetString(), after.GetProperty("operative")[5].GetProperty("text").GetString());
    }

    [Fact]
    public async Task With_postgresql_down_a_hub_edit_is_refused_as_unavailable_and_the_same_opId_applies_once_it_is_back()
    {
        await using var server = PostgreSqlServer.StartOwn();
        await using var scenario = await Scenario.CreateAsync(await NodeAsync(await server.CreateDatabaseAsync(), loopback: true));
        await using var drafter = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var joinedAt = (await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId, TestContext.Current.CancellationToken)).GetProperty("seq").GetInt64();
        var edit = new EditClauseCommand(scenario.ResolutionId, scenario.ClauseId("operative", 5), 1, "Decides to remain seized of the matter while the database is down;", "hub-down-1");

        server.Stop();
        var refused = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause", edit, TestContext.Current.CancellationToken));
        Assert.Contains(DatabaseUnavailableHubFilter.Message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, drafter.State);

        server.StartProcess();
        EditClauseResult? result = null;
        for (var attempt = 0; attempt < 20 && result is null; attempt++)
        {
            try
            {
                result = await drafter.InvokeAsync<EditClauseResult>("EditClause", edit, TestContext.Current.CancellationToken);
            }
            catch (HubException stillDown) when (stillDown.Message.Contains(DatabaseUnavailableHubFilter.Message, StringComparison.Ordinal))
            {
                // Pooled connections the restart broke fail once each; fresh ones work.
            }
        }

        Assert.NotNull(result);
        Assert.Equal("applied", result.Status);
        Assert.Equal(joinedAt + 1, result.Seq);
        var stored = await scenario.CurrentAsync();
        Assert.Equal(joinedAt + 1, stored.GetProperty("seq").GetInt64());
        Assert.Equal(edit.Text, stored.GetProperty("operative")[5].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Nodes_starting_together_on_a_new_database_migrate_once_create_one_admin_and_read_each_others_tokens()
    {
        var connectionString = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        var nodes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => DraftingApplication.OnLoopback(connectionString: connectionString))));
        try
        {
            // Each node signs in at the same moment, so each may be the one to create the first data-protection key.
            var admins = await Task.WhenAll(nodes.Select(node => node.AdminAsync()));
            foreach (var (admin, minted) in admins.Select((admin, i) => (admin, i)))
            {
                foreach (var (node, used) in nodes.Select((node, i) => (node, i)))
                {
                    using var elsewhere = ClientOn(node, admin);
                    var response = await elsewhere.GetAsync("/api/resolutions", TestContext.Current.CancellationToken);
                    Assert.True(response.IsSuccessStatusCode, $"a token minted by node {minted} got {(int)response.StatusCode} from node {used}");
                }

                admin.Dispose();
            }

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var count = new NpgsqlCommand("SELECT (SELECT COUNT(*) FROM users) * 1000 + (SELECT COUNT(*) FROM schema_migrations)", connection);
            var migrations = typeof(Program).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("Drafting.Api.Migrations.PostgreSql", StringComparison.Ordinal));
            Assert.True(migrations >= 6, $"only {migrations} PostgreSQL migrations embedded");
            Assert.Equal(1000L + migrations, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
