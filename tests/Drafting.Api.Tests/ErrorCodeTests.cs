using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Hubs;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>Every error carries a stable code clients match instead of prose: REST in the ProblemDetails, the hub as the message's prefix.</summary>
public class ErrorCodeTests
{
    [Fact]
    public async Task Rest_errors_carry_the_code_of_what_went_wrong()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 2);
        var edit = (string role, string opId) => scenario.Clients[role].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides to remain seized of the matter;", baseVersion = 1, opId });

        await AssertCodeAsync(ErrorCodes.Unauthenticated, HttpStatusCode.Unauthorized, await edit("anonymous", "a"));
        await AssertCodeAsync(ErrorCodes.NotParticipant, HttpStatusCode.Forbidden, await edit("outsider", "b"));
        await AssertCodeAsync(ErrorCodes.Forbidden, HttpStatusCode.Forbidden, await edit("observer", "c"));
        await AssertCodeAsync(ErrorCodes.NotFound, HttpStatusCode.NotFound,
            await scenario.Penholder.PutAsJsonAsync(scenario.Path("/clauses/no-such-clause"), new { text = "Decides;", baseVersion = 1, opId = "d" }));
        await AssertCodeAsync(ErrorCodes.NotFound, HttpStatusCode.NotFound, await scenario.Penholder.GetAsync($"/api/resolutions/{Guid.NewGuid()}"));
        await AssertCodeAsync(ErrorCodes.InvalidRequest, HttpStatusCode.BadRequest,
            await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides;", opId = "e" }));
        await AssertCodeAsync(ErrorCodes.QuoteNotFound, HttpStatusCode.Conflict,
            await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, quote = new { exact = "words that are not there" }, body = "Why?" }));
        await AssertCodeAsync(ErrorCodes.InvalidTransition, HttpStatusCode.Conflict,
            await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "adopted" }));
        await AssertCodeAsync(ErrorCodes.PenholderNeeded, HttpStatusCode.Conflict,
            await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "penholder", role = "drafter" }));

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        await AssertCodeAsync(ErrorCodes.Frozen, HttpStatusCode.Conflict, await edit("drafter", "f"));
    }

    [Fact]
    public async Task Hub_errors_start_with_the_code_and_a_conflict_is_an_answer_not_an_error()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var observer = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["observer"]);
        await using var outsider = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["outsider"]);
        await using var drafter = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var clause = scenario.ClauseId("operative", 2);
        EditClauseCommand Edit(string text, string opId, int baseVersion = 1) => new(scenario.ResolutionId, clause, baseVersion, text, opId);

        Assert.Equal(ErrorCodes.Forbidden, Code(await Assert.ThrowsAsync<HubException>(() => observer.InvokeAsync<EditClauseResult>("EditClause", Edit("Decides;", "h1")))));
        Assert.Equal(ErrorCodes.NotParticipant, Code(await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId))));
        Assert.Equal(ErrorCodes.InvalidRequest, Code(await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause", Edit("Decides;", new string('x', 101))))));
        Assert.Equal(ErrorCodes.NotFound, Code(await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, "no-such-clause", 1, "Decides;", "h2")))));

        Assert.Equal(ErrorCodes.InvalidRequest, Code(await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause", (object?)null))));
        Assert.Equal(ErrorCodes.InvalidRequest, Code(await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("AddComment", scenario.ResolutionId, (object?)null))));
        Assert.Equal(ErrorCodes.InvalidRequest, Code(await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<JsonElement>("Propose", scenario.ResolutionId, (object?)null))));

        var first = await drafter.InvokeAsync<EditClauseResult>("EditClause", Edit("Decides to stay seized of the matter;", "h3"));
        Assert.Equal("applied", first.Status);
        var conflict = await drafter.InvokeAsync<EditClauseResult>("EditClause", Edit("Decides to leave the matter;", "h4"));
        Assert.Equal("conflict", conflict.Status);
        Assert.Equal(first.Text, conflict.Text);

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        Assert.Equal(ErrorCodes.Frozen, Code(await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause", Edit("Decides;", "h5", first.Version)))));
    }

    private static string? Code(HubException error) => ErrorCodes.FromHubMessage(error.Message);

    private static async Task AssertCodeAsync(string code, HttpStatusCode status, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
