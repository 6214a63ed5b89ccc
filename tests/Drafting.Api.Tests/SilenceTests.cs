using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Live;
using Drafting.Api.Tests.Servers;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Drafting.Api.Tests;

/// <summary>The silence procedure on a fake clock: the deadline is data, decided on every read, announced once.</summary>
public class SilenceTests
{
    /// <summary>10:00 New York time, an hour after the test's clock starts.</summary>
    private static DateTimeOffset InAnHour(TimeProvider clock) => clock.GetUtcNow().AddHours(1).ToOffset(TimeSpan.FromHours(-5));

    private static async Task PublishAsync(Scenario scenario) =>
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static Task<HttpResponseMessage> EditAsync(Scenario scenario, string role, int version, string opId) =>
        scenario.Clients[role].PutAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("operative", 1)}"), new { text = $"Requests the {role} to act;", baseVersion = version, opId });

    private static async Task<List<LiveEvent>> SilenceEventsAsync(Scenario scenario)
    {
        await using var connection = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Penholder);
        var events = await connection.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L);
        return [.. events.Where(e => e.Type == EventTypes.SilenceChanged)];
    }

    private static async Task<List<LiveEvent>> WaitForPassedAsync(Scenario scenario)
    {
        // Polls for the state; the bound (about a minute) is only reached by a failing test.
        for (var i = 0; i < 600; i++)
        {
            var events = await SilenceEventsAsync(scenario);
            if (events.Any(e => e.Payload.GetProperty("status").GetString() == "passed"))
            {
                return events;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The end of the silence was never announced.");
    }

    [Fact]
    public async Task Silence_freezes_text_and_proposals_until_a_delegation_breaks_it_with_a_statement()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        var (noRevision, _) = await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) });
        Assert.Equal(HttpStatusCode.BadRequest, noRevision);
        await PublishAsync(scenario);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = clock.GetUtcNow().AddMinutes(-1) })).Status);

        var (started, silence) = await SendAsync(scenario.Clients["secretary"], HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) });
        Assert.Equal(HttpStatusCode.Created, started);
        Assert.Equal("running", silence.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) })).Status);

        var frozen = await EditAsync(scenario, "drafter", 1, "d-1");
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.Contains(ErrorCodes.Frozen, await frozen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await EditAsync(scenario, "penholder", 1, "p-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(scenario.Clients["drafter"], HttpMethod.Post, scenario.Path("/proposals"), new { kind = "delete", clauseId = scenario.ClauseId("operative", 2) })).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(scenario.Clients["observer"], HttpMethod.Post, scenario.Path("/silence/break"), new { statement = "We object." })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(scenario.Clients["drafter"], HttpMethod.Post, scenario.Path("/silence/break"), new { })).Status);
        clock.Advance(TimeSpan.FromMinutes(30));
        var (broken, state) = await SendAsync(scenario.Clients["drafter"], HttpMethod.Post, scenario.Path("/silence/break"), new { statement = "Ghana cannot accept OP 2 as drafted." });
        Assert.Equal(HttpStatusCode.OK, broken);
        Assert.Equal("broken", state.GetProperty("status").GetString());
        var read = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/silence"));
        Assert.Equal("Ghana", read.GetProperty("brokenBy")[0].GetProperty("organization").GetString());
        Assert.Equal("Ghana cannot accept OP 2 as drafted.", read.GetProperty("brokenBy")[0].GetProperty("statement").GetString());
        (await EditAsync(scenario, "drafter", 1, "d-2")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Unbroken_at_the_deadline_the_silence_has_passed_on_every_read_and_is_announced_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(time: clock));
        await PublishAsync(scenario);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) })).Status);
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("running", (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/silence"))).GetProperty("status").GetString());

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("passed", (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/silence"))).GetProperty("status").GetString());
        var events = await WaitForPassedAsync(scenario);
        Assert.Equal(["running", "passed"], events.Select(e => e.Payload.GetProperty("status").GetString()));
        Assert.Equal(0, await scenario.App.Services.GetRequiredService<SilenceDeadlines>().AnnounceDueAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(scenario.Clients["drafter"], HttpMethod.Post, scenario.Path("/silence/break"), new { statement = "Too late." })).Status);
        (await EditAsync(scenario, "penholder", 1, "p-after")).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Two_silences_are_both_kept_in_the_record_with_the_statement_that_broke_the_first_and_who_withdrew_the_second()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        await PublishAsync(scenario);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) })).Status);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scenario.Clients["drafter"], HttpMethod.Post, scenario.Path("/silence/break"), new { statement = "Ghana cannot accept OP 2 as drafted." })).Status);
        clock.Advance(TimeSpan.FromMinutes(10));
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(scenario.Clients["secretary"], HttpMethod.Post, scenario.Path("/silence"), new { revision = 1, until = InAnHour(clock) })).Status);
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scenario.Penholder, HttpMethod.Delete, scenario.Path("/silence"))).Status);

        var record = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/silences"));
        Assert.Equal(2, record.GetArrayLength());
        var (second, first) = (record[0], record[1]);
        Assert.Equal((1, "withdrawn", "Secretariat"), (second.GetProperty("revision").GetInt32(), second.GetProperty("status").GetString(), second.GetProperty("startedBy").GetProperty("organization").GetString()));
        Assert.Equal("France", second.GetProperty("endedBy").GetProperty("organization").GetString());
        Assert.Equal(0, second.GetProperty("brokenBy").GetArrayLength());
        Assert.Equal((0, "broken", "France"), (first.GetProperty("revision").GetInt32(), first.GetProperty("status").GetString(), first.GetProperty("startedBy").GetProperty("organization").GetString()));
        var statement = Assert.Single(first.GetProperty("brokenBy").EnumerateArray());
        Assert.Equal(("Ghana", "Ghana cannot accept OP 2 as drafted.", "drafter"),
            (statement.GetProperty("organization").GetString(), statement.GetProperty("statement").GetString(), statement.GetProperty("by").GetString()));
        Assert.False(first.TryGetProperty("endedBy", out var nobody) && nobody.ValueKind != JsonValueKind.Null);

        // The HTML record carries both, after the text, with the statement.
        var html = await scenario.Penholder.GetStringAsync(scenario.Path("/export/html"));
        var htmlRecord = html[html.IndexOf("Record of the silence procedure", StringComparison.Ordinal)..];
        Assert.Contains("Rev.1 under silence until", htmlRecord, StringComparison.Ordinal);
        Assert.Contains("started by Secretariat on", htmlRecord, StringComparison.Ordinal);
        Assert.Contains("withdrawn by France on", htmlRecord, StringComparison.Ordinal);
        Assert.Contains(": broken.", htmlRecord, StringComparison.Ordinal);
        Assert.Contains("Ghana cannot accept OP 2 as drafted.", htmlRecord, StringComparison.Ordinal);

        // So does the AKN record: a workflow step per moment, the statement word for word as a note.
        var akn = System.Xml.Linq.XDocument.Parse(await scenario.Penholder.GetStringAsync(scenario.Path("/export/akn")));
        System.Xml.Linq.XNamespace ns = Model.Export.AknWriter.Namespace;
        Assert.Equal(["#silenceStarted", "#silenceBroken", "#silenceStarted", "#silenceWithdrawn"],
            akn.Descendants(ns + "step").Select(s => (string?)s.Attribute("outcome")));
        Assert.Contains(akn.Descendants(ns + "note"), n => n.Value.Contains("Ghana cannot accept OP 2 as drafted.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_stage_change_while_a_silence_runs_withdraw_it_first()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        await PublishAsync(scenario);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) })).Status);
        foreach (var (role, stage) in new[] { ("penholder", "inBlue"), ("secretary", "inBlue"), ("penholder", "withdrawn") })
        {
            var (status, problem) = await SendAsync(scenario.Clients[role], HttpMethod.Put, scenario.Path("/stage"), new { stage });
            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.Equal("conflict", problem.GetProperty("code").GetString());
            Assert.Contains("Withdraw the silence first", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("draft", (await scenario.CurrentAsync()).GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scenario.Penholder, HttpMethod.Delete, scenario.Path("/silence"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(scenario.Penholder, HttpMethod.Put, scenario.Path("/stage"), new { stage = "inBlue" })).Status);
    }

    [Fact]
    public async Task A_pen_holder_withdraws_a_running_silence_and_the_text_is_open_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock));
        await PublishAsync(scenario);
        await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) });
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(scenario.Clients["secretary"], HttpMethod.Delete, scenario.Path("/silence"))).Status);
        var (withdrawn, state) = await SendAsync(scenario.Penholder, HttpMethod.Delete, scenario.Path("/silence"));
        Assert.Equal(HttpStatusCode.OK, withdrawn);
        Assert.Equal("withdrawn", state.GetProperty("status").GetString());
        (await EditAsync(scenario, "drafter", 1, "d-1")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_node_restarted_after_the_deadline_announces_the_silence_passed_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        string directory;
        Guid id;
        string token;
        await using (var scenario = await Scenario.CreateAsync(new DraftingApplication(time: clock)))
        {
            directory = scenario.App.DataDirectory;
            id = scenario.ResolutionId;
            token = scenario.Penholder.DefaultRequestHeaders.Authorization!.Parameter!;
            await PublishAsync(scenario);
            (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clock) })).Status.Equals(HttpStatusCode.Created);
        }

        var later = new FakeTimeProvider(clock.GetUtcNow().AddHours(2));
        await using var restarted = DraftingApplication.OnLoopback(directory, time: later);
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal("passed", (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/silence")).GetProperty("status").GetString());
        await using var connection = await LiveConnection.StartAsync(restarted.HubUrl, client);
        List<LiveEvent> passed = [];
        for (var i = 0; i < 600 && passed.Count == 0; i++)
        {
            passed = [.. (await connection.InvokeAsync<List<LiveEvent>>("CatchUp", id, 0L)).Where(e => e.Type == EventTypes.SilenceChanged && e.Payload.GetProperty("status").GetString() == "passed")];
            await Task.Delay(100);
        }

        Assert.Single(passed);
    }

    [Fact]
    public async Task Two_nodes_on_postgresql_announce_the_end_of_a_silence_exactly_once()
    {
        var database = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        var start = DateTimeOffset.UtcNow;
        var clockA = new FakeTimeProvider(start);
        var clockB = new FakeTimeProvider(start);
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(connectionString: database, time: clockA));
        await using var nodeB = DraftingApplication.OnLoopback(connectionString: database, time: clockB);
        await PublishAsync(scenario);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(scenario.Penholder, HttpMethod.Post, scenario.Path("/silence"), new { revision = 0, until = InAnHour(clockA) })).Status);

        clockA.Advance(TimeSpan.FromHours(2));
        clockB.Advance(TimeSpan.FromHours(2));
        // Both announcers race (their timers, and these calls): one of them wins, the other finds nothing to do.
        var a = scenario.App.Services.GetRequiredService<SilenceDeadlines>();
        var b = nodeB.Services.GetRequiredService<SilenceDeadlines>();
        await Task.WhenAll(a.AnnounceDueAsync(CancellationToken.None), b.AnnounceDueAsync(CancellationToken.None));
        await WaitForPassedAsync(scenario);
        // Whatever either node's timer was still doing, each node now finds nothing left to announce: the end is written once.
        Assert.Equal(0, await a.AnnounceDueAsync(CancellationToken.None));
        Assert.Equal(0, await b.AnnounceDueAsync(CancellationToken.None));
        var events = await SilenceEventsAsync(scenario);
        Assert.Single(events, e => e.Payload.GetProperty("status").GetString() == "passed");
    }
}
