using System.Net;
using System.Net.Http.Json;
using Dapper;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Platform;
using Drafting.Api.Tests.Servers;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// Group commit of clause edits, on SQLite and PostgreSQL: edits queued behind a resolution's lock (the test holds it,
/// as a long write would) go into one transaction when it is released. Exactly once per opId, seqs without gaps, and a
/// batch that fails in the middle stores nothing of it and answers every caller.
/// </summary>
public class GroupCommitTests
{
    private static async Task<Scenario> ScenarioAsync(string provider) => await Scenario.CreateAsync(provider == "postgresql"
        ? new DraftingApplication(connectionString: await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync())
        : new DraftingApplication());

    private sealed record Edit(string Who, string ClauseId, string Text, string OpId, int BaseVersion = 1);

    /// <summary>
    /// Holds the resolution's write lock while the edits are sent one after another, each waiting until the one before is
    /// queued (so they queue in this order), then releases it: they are all taken by one batch. Returns the responses.
    /// </summary>
    private static async Task<HttpResponseMessage[]> QueueBehindTheLockAsync(Scenario scenario, params Edit[] edits)
    {
        var database = scenario.App.Services.GetRequiredService<DraftingDatabase>();
        var queue = scenario.App.Services.GetRequiredService<ClauseEditQueue>();
        var sent = new List<Task<HttpResponseMessage>>();
        await using (await database.BeginWriteAsync(scenario.ResolutionId, TestContext.Current.CancellationToken))
        {
            foreach (var edit in edits)
            {
                sent.Add(scenario.Clients[edit.Who].PutAsJsonAsync(scenario.Path($"/clauses/{edit.ClauseId}"), new { text = edit.Text, baseVersion = edit.BaseVersion, opId = edit.OpId }));
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                while (queue.Queued(scenario.ResolutionId) < sent.Count)
                {
                    await Task.Delay(10, timeout.Token);
                }
            }
        }

        return await Task.WhenAll(sent);
    }

    private static async Task<List<(long Seq, string? OpId)>> EventsAsync(Scenario scenario)
    {
        var database = scenario.App.Services.GetRequiredService<DraftingDatabase>();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        var rows = await connection.QueryAsync<(long, string?)>(new CommandDefinition(
            "SELECT seq, op_id FROM events WHERE resolution_id = @rid ORDER BY seq", new { rid = scenario.ResolutionId.ToString() }, cancellationToken: TestContext.Current.CancellationToken));
        return [.. rows];
    }

    private static async Task<EditClauseResult> ResultAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<EditClauseResult>(DraftingApplication.Json, TestContext.Current.CancellationToken))!;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Queued_edits_get_consecutive_seqs_and_a_refused_one_in_between_leaves_no_gap(string provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var before = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        var responses = await QueueBehindTheLockAsync(scenario,
            new Edit("drafter", scenario.ClauseId("operative", 0), "Stresses the first point;", "batch-1"),
            new Edit("penholder", scenario.ClauseId("operative", 1), "Stresses the second point;", "batch-2"),
            new Edit("drafter", "no-such-clause", "Stresses nothing;", "batch-3"),
            new Edit("penholder", scenario.ClauseId("operative", 2), "Stresses the third point;", "batch-4"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK], responses.Select(r => r.StatusCode));
        var seqs = new[] { await ResultAsync(responses[0]), await ResultAsync(responses[1]), await ResultAsync(responses[3]) }.Select(r => r.Seq);
        Assert.Equal([before + 1, before + 2, before + 3], seqs);
        var events = await EventsAsync(scenario);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(n => (long)n), events.Select(e => e.Seq));
        Assert.Equal(before + 3, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task An_opId_sent_twice_in_one_batch_and_again_after_it_is_stored_once(string provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var clause = scenario.ClauseId("operative", 3);
        var edit = new Edit("drafter", clause, "Requests a report once;", "once-only");
        var responses = await QueueBehindTheLockAsync(scenario, edit, edit, new Edit("drafter", scenario.ClauseId("operative", 4), "Decides to remain seized;", "another"));

        var (first, resent, other) = (await ResultAsync(responses[0]), await ResultAsync(responses[1]), await ResultAsync(responses[2]));
        Assert.Equal(("applied", "duplicate", "applied"), (first.Status, resent.Status, other.Status));
        Assert.Equal(first.Seq, resent.Seq);
        Assert.Equal(first.Version, resent.Version);
        Assert.Equal(first.Seq + 1, other.Seq);

        var later = await ResultAsync(await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = edit.Text, baseVersion = 1, opId = edit.OpId }));
        Assert.Equal(("duplicate", first.Seq), (later.Status, later.Seq));
        Assert.Single(await EventsAsync(scenario), e => e.OpId == "once-only");
        Assert.Equal(2, (await scenario.CurrentAsync()).GetProperty("operative")[3].GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task A_failure_in_the_middle_of_a_batch_stores_none_of_it_and_answers_every_caller(string provider)
    {
        await using var scenario = await ScenarioAsync(provider);
        var database = scenario.App.Services.GetRequiredService<DraftingDatabase>();
        // A real failure inside the database, for the second edit only: a trigger refuses its clause history row.
        await ExecuteAsync(database, provider == "postgresql"
            ? """
              CREATE FUNCTION refuse_marked() RETURNS trigger AS $$
              BEGIN IF NEW.text LIKE '%FAIL-HERE%' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_marked BEFORE INSERT ON clause_versions FOR EACH ROW EXECUTE FUNCTION refuse_marked();
              """
            : """
              CREATE TRIGGER refuse_marked BEFORE INSERT ON clause_versions WHEN NEW.text LIKE '%FAIL-HERE%'
              BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END;
              """);
        var seqBefore = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        var eventsBefore = await EventsAsync(scenario);
        var good1 = new Edit("drafter", scenario.ClauseId("operative", 0), "Stresses the first point;", "good-1");
        var good3 = new Edit("penholder", scenario.ClauseId("operative", 2), "Stresses the third point;", "good-3");

        var responses = await QueueBehindTheLockAsync(scenario, good1, new Edit("drafter", scenario.ClauseId("operative", 1), "Stresses FAIL-HERE;", "bad-2"), good3);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode));
        Assert.Equal(seqBefore, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
        Assert.Equal(eventsBefore, await EventsAsync(scenario));
        var current = await scenario.CurrentAsync();
        Assert.Equal(scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString(), current.GetProperty("operative")[0].GetProperty("text").GetString());
        Assert.Equal(1, current.GetProperty("operative")[2].GetProperty("version").GetInt32());

        // Sent again with the same opIds they are new, not duplicates: nothing of the failed batch was kept.
        await ExecuteAsync(database, "DROP TRIGGER refuse_marked" + (provider == "postgresql" ? " ON clause_versions" : ""));
        foreach (var edit in new[] { good1, good3 })
        {
            var again = await scenario.Clients[edit.Who].PutAsJsonAsync(scenario.Path($"/clauses/{edit.ClauseId}"), new { text = edit.Text, baseVersion = 1, opId = edit.OpId });
            Assert.Equal("applied", (await ResultAsync(again)).Status);
        }

        Assert.Equal(seqBefore + 2, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
    }

    private static async Task ExecuteAsync(DraftingDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: TestContext.Current.CancellationToken));
    }
}
