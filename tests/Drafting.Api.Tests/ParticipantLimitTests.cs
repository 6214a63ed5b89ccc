using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>One participant cannot swamp a resolution: per-user budgets, shared by REST and the hub, refusing with a time to retry and storing nothing.</summary>
public class ParticipantLimitTests
{
    private static DraftingApplication WithLimits(params (string Name, string Value)[] limits)
    {
        var app = DraftingApplication.OnLoopbackAfter(settings =>
        {
            foreach (var (name, value) in limits)
            {
                settings[$"Drafting:Limits:{name}"] = value;
            }
        });
        return app;
    }

    [Fact]
    public async Task Edits_beyond_the_budget_are_refused_with_retry_after_and_store_nothing_and_others_keep_editing()
    {
        await using var scenario = await Scenario.CreateAsync(WithLimits(("EditsPerSecond", "0.1"), ("EditBurst", "3")));
        var clause = scenario.ClauseId("operative", 0);
        var version = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("version").GetInt32();
        for (var i = 1; i <= 3; i++)
        {
            var edit = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = $"Decides, version {i};", baseVersion = version, opId = $"flood-{i}" });
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
            version = (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        }

        var refused = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides, flooded;", baseVersion = version, opId = "flood-4" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.Contains("nothing was stored", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Decides, version 3;", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());

        var penholder = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides, by the pen-holder;", baseVersion = version, opId = "pen-1" });
        Assert.Equal(HttpStatusCode.OK, penholder.StatusCode);

        // The hub spends the same budget.
        await using var connection = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var hubRefusal = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("EditClause",
            new { resolutionId = scenario.ResolutionId, clauseId = clause, baseVersion = version + 1, text = "Decides, over the hub;", opId = "flood-5" }));
        Assert.Equal("rate-limited", Drafting.Contract.ErrorCodes.FromHubMessage(hubRefusal.Message));
        Assert.Equal("Decides, by the pen-holder;", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reads_exports_and_catch_ups_spend_a_budget_too_and_others_keep_reading()
    {
        await using var scenario = await Scenario.CreateAsync(WithLimits(("ReadsPerSecond", "0.01"), ("ReadBurst", "5"), ("ExportsPerMinute", "0.1")));
        var drafter = scenario.Clients["drafter"];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await drafter.GetAsync(scenario.Path())).StatusCode);
        }

        var refused = await drafter.GetAsync(scenario.Path("/comments"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("rate-limited", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await scenario.Clients["observer"].GetAsync(scenario.Path())).StatusCode);

        // The hub's catch-up spends the same budget.
        await using var connection = await LiveConnection.StartAsync(scenario.App.HubUrl, drafter);
        var hubRefusal = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("CatchUp", scenario.ResolutionId, 0L));
        Assert.Equal("rate-limited", Drafting.Contract.ErrorCodes.FromHubMessage(hubRefusal.Message));

        // Exports have a budget of their own (at least 10 at once).
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await drafter.GetAsync(scenario.Path("/export/md"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await drafter.GetAsync(scenario.Path("/export/md"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Penholder.GetAsync(scenario.Path("/export/md"))).StatusCode);
    }

    [Fact]
    public async Task Comments_over_the_hub_and_rest_share_one_budget_per_user()
    {
        await using var scenario = await Scenario.CreateAsync(WithLimits(("CommentsPerMinute", "1")));
        var clause = scenario.ClauseId("operative", 0);
        await using var observer = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["observer"]);
        var stored = 0;
        HubException? refused = null;
        for (var i = 0; i < 15 && refused is null; i++)
        {
            try
            {
                await observer.InvokeAsync<JsonElement>("AddComment", scenario.ResolutionId, new { clauseId = clause, body = $"Comment {i}" });
                stored++;
            }
            catch (HubException failure)
            {
                refused = failure;
            }
        }

        Assert.Equal(10, stored);
        Assert.NotNull(refused);
        Assert.Contains("rate-limited: Too many comments", refused.Message, StringComparison.Ordinal);
        var rest = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "One more by REST" });
        Assert.Equal(HttpStatusCode.TooManyRequests, rest.StatusCode);
        Assert.Equal(10, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"))).GetArrayLength());

        var drafter = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "Another delegation is not held back" });
        Assert.Equal(HttpStatusCode.Created, drafter.StatusCode);
    }

    [Fact]
    public async Task A_connection_that_keeps_calling_while_refused_is_closed_and_the_others_go_on()
    {
        await using var scenario = await Scenario.CreateAsync(WithLimits(("FocusPerSecond", "0.01")));
        var clause = scenario.ClauseId("operative", 0);
        await using var flooder = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var closed = new TaskCompletionSource();
        flooder.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var refused = 0;
        for (var i = 0; i < ParticipantLimitsHubFilter.RefusalsBeforeClosing + 20 && flooder.State == HubConnectionState.Connected; i++)
        {
            try
            {
                await flooder.InvokeAsync("SetFocus", scenario.ResolutionId, clause);
            }
            catch (HubException)
            {
                refused++;
            }
            catch (Exception e) when (e is InvalidOperationException or TaskCanceledException or System.IO.IOException)
            {
                break;
            }
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(refused >= ParticipantLimitsHubFilter.RefusalsBeforeClosing, $"closed after {refused} refusals");
        var edit = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides, unhindered;", baseVersion = 1, opId = "calm" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        // Coming straight back does not work: the account waits out the window; others connect as usual.
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var again = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
            await again.InvokeAsync<JsonElement>("CatchUp", scenario.ResolutionId, 0L);
        });
        await using var observer = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["observer"]);
        await observer.InvokeAsync<JsonElement>("CatchUp", scenario.ResolutionId, 0L);
    }
}
