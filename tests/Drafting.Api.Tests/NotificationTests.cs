using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Drafting.Api.Features.Notifications;
using Drafting.Api.Platform;
using Drafting.Api.Tests.Servers;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>What needs each delegation: notifications written with their events, to the right people only, kept with their read state, sent live to the reader's own connections.</summary>
public class NotificationTests
{
    private static async Task<List<JsonElement>> NotificationsAsync(HttpClient client, string query = "") =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/notifications{query}", TestContext.Current.CancellationToken)).EnumerateArray()];

    private static List<string> Kinds(IEnumerable<JsonElement> notifications) => [.. notifications.Select(n => n.GetProperty("kind").GetString()!)];

    private static async Task<JsonElement> ListItemAsync(Scenario scenario, string role) =>
        (await scenario.Clients[role].GetFromJsonAsync<JsonElement>("/api/resolutions", TestContext.Current.CancellationToken)).EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == scenario.ResolutionId);

    private static bool Absent(JsonElement item, string name) => !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null;

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{path}: expected {expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<JsonElement> ProposeDeleteAsync(Scenario scenario, string role, int operative) =>
        PostAsync(scenario.Clients[role], scenario.Path("/proposals"), new { kind = "delete", clauseId = scenario.ClauseId("operative", operative) }, HttpStatusCode.Created);

    [Fact]
    public async Task Each_event_tells_only_those_it_needs_and_the_list_shows_what_needs_the_reader()
    {
        await using var scenario = await Scenario.CreateAsync();
        var proposal = await ProposeDeleteAsync(scenario, "drafter", 2);

        // A waiting proposal needs the pen-holder alone; nobody else hears of it, least of all someone outside the draft.
        Assert.Equal(["proposalWaiting"], Kinds(await NotificationsAsync(scenario.Penholder)));
        Assert.Contains("Ghana", (await NotificationsAsync(scenario.Penholder))[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        foreach (var role in new[] { "drafter", "observer", "secretary", "outsider" })
        {
            Assert.Empty(await NotificationsAsync(scenario.Clients[role]));
        }

        var penholderLine = await ListItemAsync(scenario, "penholder");
        Assert.Equal(1, penholderLine.GetProperty("proposalsWaiting").GetInt64());
        Assert.Equal(1, penholderLine.GetProperty("unread").GetInt64());
        Assert.True(Absent(penholderLine, "silence"));
        Assert.True(Absent(await ListItemAsync(scenario, "drafter"), "proposalsWaiting"));

        // Rejected: the proposing delegation hears it with the reason; the others do not.
        await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{proposal.GetProperty("id").GetString()}/reject"), new { reason = "The Council needs this paragraph." }, HttpStatusCode.OK);
        var rejected = Assert.Single(await NotificationsAsync(scenario.Clients["drafter"]));
        Assert.Equal("proposalRejected", rejected.GetProperty("kind").GetString());
        Assert.Contains("The Council needs this paragraph.", rejected.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Empty(await NotificationsAsync(scenario.Clients["observer"]));
        Assert.Equal(0, (await ListItemAsync(scenario, "penholder")).GetProperty("proposalsWaiting").GetInt64());

        // A revision and a silence concern everyone taking part, except who did it.
        await PostAsync(scenario.Penholder, scenario.Path("/revisions"), new { label = "Rev.1" }, HttpStatusCode.Created);
        var until = DateTimeOffset.UtcNow.AddDays(1);
        await PostAsync(scenario.Clients["secretary"], scenario.Path("/silence"), new { revision = 0, until }, HttpStatusCode.Created);
        Assert.Equal(["silenceStarted", "revisionPublished", "proposalRejected"], Kinds(await NotificationsAsync(scenario.Clients["drafter"])));
        Assert.Equal(["silenceStarted", "revisionPublished"], Kinds(await NotificationsAsync(scenario.Clients["observer"])));
        Assert.Equal(["revisionPublished"], Kinds(await NotificationsAsync(scenario.Clients["secretary"])));
        Assert.Equal(["silenceStarted", "proposalWaiting"], Kinds(await NotificationsAsync(scenario.Penholder)));
        Assert.Contains("(New York)", (await NotificationsAsync(scenario.Penholder))[0].GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Empty(await NotificationsAsync(scenario.Clients["outsider"]));

        foreach (var role in new[] { "penholder", "drafter", "observer", "secretary" })
        {
            var silence = (await ListItemAsync(scenario, role)).GetProperty("silence");
            Assert.Equal(0, silence.GetProperty("revision").GetInt32());
            Assert.Equal(until.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), silence.GetProperty("until").GetString());
        }

        await PostAsync(scenario.Clients["drafter"], scenario.Path("/silence/break"), new { statement = "Ghana cannot join consensus on OP 3." }, HttpStatusCode.OK);
        var broken = (await NotificationsAsync(scenario.Clients["observer"]))[0];
        Assert.Equal("silenceBroken", broken.GetProperty("kind").GetString());
        Assert.Contains("Ghana broke the silence", broken.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(Absent(await ListItemAsync(scenario, "observer"), "silence"));
    }

    [Fact]
    public async Task Read_state_is_kept_per_user_and_pages_run_newest_first()
    {
        await using var scenario = await Scenario.CreateAsync();
        foreach (var label in new[] { "Rev.1", "Rev.2", "Rev.3" })
        {
            await PostAsync(scenario.Penholder, scenario.Path("/revisions"), new { label }, HttpStatusCode.Created);
        }

        var all = await NotificationsAsync(scenario.Clients["drafter"]);
        Assert.Equal(["Rev.3 published.", "Rev.2 published.", "Rev.1 published."], all.Select(n => n.GetProperty("summary").GetString()));
        Assert.All(all, n => Assert.False(n.GetProperty("read").GetBoolean()));

        var first = await scenario.Clients["drafter"].GetAsync("/api/notifications?limit=2", TestContext.Current.CancellationToken);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetArrayLength());
        var next = first.Headers.GetValues("Link").Single().Split('<', '>')[1];
        var rest = await scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>(next, TestContext.Current.CancellationToken);
        Assert.Equal("Rev.1 published.", Assert.Single(rest.EnumerateArray()).GetProperty("summary").GetString());

        // Reading up to Rev.2 leaves Rev.3 unread, for this reader only.
        var upTo = all[1].GetProperty("id").GetInt64();
        var left = await PostAsync(scenario.Clients["drafter"], "/api/notifications/read", new { upTo }, HttpStatusCode.OK);
        Assert.Equal(1, left.GetProperty("unread").GetInt64());
        Assert.Equal(["Rev.3 published."], (await NotificationsAsync(scenario.Clients["drafter"], "?unread=true")).Select(n => n.GetProperty("summary").GetString()));
        Assert.Equal(1, (await ListItemAsync(scenario, "drafter")).GetProperty("unread").GetInt64());
        Assert.Equal(3, (await NotificationsAsync(scenario.Clients["observer"], "?unread=true")).Count);

        var bad = await PostAsync(scenario.Clients["drafter"], "/api/notifications/read", new { }, HttpStatusCode.BadRequest);
        Assert.Contains("upTo", bad.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await scenario.Clients["anonymous"].GetAsync("/api/notifications", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_notification_is_stored_with_its_event_or_neither_is()
    {
        await using var scenario = await Scenario.CreateAsync();
        var database = scenario.App.Services.GetRequiredService<DraftingDatabase>();
        await using (var connection = await database.OpenAsync(TestContext.Current.CancellationToken))
        {
            // Make the notifications unwritable: the revision they follow from must not be stored without them.
            await connection.ExecuteAsync("CREATE TRIGGER no_notifications BEFORE INSERT ON notifications BEGIN SELECT RAISE(ABORT, 'notifications refused'); END;");
        }

        var seq = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        var response = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" }, TestContext.Current.CancellationToken);
        Assert.False(response.IsSuccessStatusCode);
        Assert.Empty((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/revisions"), TestContext.Current.CancellationToken)).EnumerateArray());
        Assert.Equal(seq, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task NotificationAdded_reaches_the_readers_own_connections_only()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var heard = new ConcurrentDictionary<string, ConcurrentQueue<NotificationDto>>();
        var connections = new List<HubConnection>();
        foreach (var role in new[] { "penholder", "drafter", "observer", "outsider" })
        {
            var queue = heard.GetOrAdd(role, _ => new ConcurrentQueue<NotificationDto>());
            var connection = await scenario.ConnectAsync(role);
            connection.On<NotificationDto>("NotificationAdded", queue.Enqueue);
            connections.Add(connection);
        }

        try
        {
            // Nobody joined the resolution: notifications go to the reader wherever they are, as the list page is.
            await ProposeDeleteAsync(scenario, "drafter", 2);
            var waiting = await WaitForAsync(heard["penholder"], 1);
            Assert.Equal("proposalWaiting", waiting[0].Kind);
            Assert.Equal(scenario.ResolutionId, waiting[0].ResolutionId);

            await PostAsync(scenario.Penholder, scenario.Path("/revisions"), new { label = "Rev.1" }, HttpStatusCode.Created);
            Assert.Equal(["revisionPublished"], (await WaitForAsync(heard["observer"], 1)).Select(n => n.Kind));
            Assert.Equal(["revisionPublished"], (await WaitForAsync(heard["drafter"], 1)).Select(n => n.Kind));

            // The outsider, once taking part, hears the next event as its first: nothing of the draft reached it before.
            await PostAsync(scenario.Penholder, scenario.Path("/participants"), new { userName = "outsider", role = "observer" }, HttpStatusCode.OK);
            await PostAsync(scenario.Penholder, scenario.Path("/revisions"), new { label = "Rev.2" }, HttpStatusCode.Created);
            var first = (await WaitForAsync(heard["outsider"], 1))[0];
            Assert.Equal("Rev.2 published.", first.Summary);
            Assert.Single(heard["penholder"]);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Notifications_and_the_list_work_on_postgresql()
    {
        var connectionString = await (await PostgreSqlServer.SharedAsync()).CreateDatabaseAsync();
        await using var scenario = await Scenario.CreateAsync(new DraftingApplication(connectionString: connectionString));
        await ProposeDeleteAsync(scenario, "drafter", 2);
        await PostAsync(scenario.Penholder, scenario.Path("/revisions"), new { label = "Rev.1" }, HttpStatusCode.Created);
        await PostAsync(scenario.Clients["secretary"], scenario.Path("/silence"), new { revision = 0, until = DateTimeOffset.UtcNow.AddDays(1) }, HttpStatusCode.Created);

        var penholder = await NotificationsAsync(scenario.Penholder);
        Assert.Equal(["silenceStarted", "proposalWaiting"], Kinds(penholder));
        var line = await ListItemAsync(scenario, "penholder");
        Assert.Equal(1, line.GetProperty("proposalsWaiting").GetInt64());
        Assert.Equal(2, line.GetProperty("unread").GetInt64());
        Assert.Equal(0, line.GetProperty("silence").GetProperty("revision").GetInt32());

        var left = await PostAsync(scenario.Penholder, "/api/notifications/read", new { upTo = penholder[1].GetProperty("id").GetInt64() }, HttpStatusCode.OK);
        Assert.Equal(1, left.GetProperty("unread").GetInt64());
        Assert.Single(await NotificationsAsync(scenario.Penholder, $"?unread=true&resolutionId={scenario.ResolutionId}"));
        Assert.Equal(2, (await NotificationsAsync(scenario.Clients["drafter"])).Count);
    }

    /// <summary>Waits until <paramref name="queue"/> holds <paramref name="count"/> notifications (a state, not a time; the test's own timeout bounds it).</summary>
    private static async Task<List<NotificationDto>> WaitForAsync(ConcurrentQueue<NotificationDto> queue, int count)
    {
        // A bound only so that a broken rule fails instead of hanging the run.
        for (var looks = 0; queue.Count < count; looks++)
        {
            Assert.True(looks < 6000, $"Only {queue.Count} of {count} notifications arrived.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return [.. queue];
    }
}
