using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>
/// A final text (adopted, not adopted, withdrawn) closes its business: open proposals are closed with the stage that
/// closed them, a running silence ends, and the permissions the page builds its controls from offer nothing the server
/// would refuse.
/// </summary>
public class FinalTextTests
{
    private static readonly string[] Business = ["editor", "edit", "propose", "decideProposals", "manageSponsors", "startSilence", "breakSilence", "withdrawSilence"];

    [Fact]
    public async Task Adoption_closes_every_open_proposal_with_an_event_and_leaves_the_decided_ones_as_they_were()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var first = await ProposeAsync(scenario, 0, "Decides to act at once;");
        var second = await ProposeAsync(scenario, 1, "Requests a report;");
        var rejected = await ProposeAsync(scenario, 2, "Decides otherwise;");
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/proposals/{rejected}/reject"), new { reason = "Not now." })).EnsureSuccessStatusCode();
        await using var drafter = await scenario.ConnectAsync("drafter");
        var changed = Channel.CreateUnbounded<LiveEvent>();
        drafter.On<LiveEvent>(nameof(IDraftingClient.ProposalChanged), e => changed.Writer.TryWrite(e));
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        await AdoptAsync(scenario);

        var adopted = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path(), TestContext.Current.CancellationToken);
        Assert.StartsWith("Adopted by the Security Council on ", adopted.GetProperty("adopted").GetProperty("adoption").GetString(), StringComparison.Ordinal);
        var open = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals?status=open"), TestContext.Current.CancellationToken);
        Assert.Equal(0, open.GetArrayLength());
        foreach (var id in new[] { first, second })
        {
            var closed = await scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{id}"), TestContext.Current.CancellationToken);
            Assert.Equal(("closed", "The resolution was adopted."), (closed.GetProperty("status").GetString(), closed.GetProperty("reason").GetString()));
        }

        var kept = await scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{rejected}"), TestContext.Current.CancellationToken);
        Assert.Equal(("rejected", "Not now."), (kept.GetProperty("status").GetString(), kept.GetProperty("reason").GetString()));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var heard = new[] { await changed.Reader.ReadAsync(timeout.Token), await changed.Reader.ReadAsync(timeout.Token) };
        Assert.Equal([first, second], heard.Select(e => e.Payload.GetProperty("id").GetGuid()));
        Assert.All(heard, e => Assert.Equal("closed", e.Payload.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_draft_under_silence_is_withdrawn_only_after_its_silence_and_the_record_keeps_both()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback(time: clock));
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/silence"), new { revision = 0, until = clock.GetUtcNow().AddHours(3) })).EnsureSuccessStatusCode();

        // No stage change while a silence runs (issue 33): the silence is withdrawn first, then the draft.
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "withdrawn" })).StatusCode);
        (await scenario.Penholder.DeleteAsync(scenario.Path("/silence"))).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "withdrawn" })).EnsureSuccessStatusCode();

        var silence = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/silence"), TestContext.Current.CancellationToken);
        Assert.Equal(("withdrawn", 0), (silence.GetProperty("status").GetString(), silence.GetProperty("revision").GetInt32()));
        var breaking = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/silence/break"), new { statement = "Too late." });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, breaking.StatusCode);
    }

    [Theory]
    [InlineData("adopted")]
    [InlineData("notAdopted")]
    [InlineData("withdrawn")]
    public async Task On_a_final_text_no_role_is_offered_business_the_server_refuses(string stage)
    {
        await using var scenario = await Scenario.CreateAsync();
        if (stage != "withdrawn")
        {
            (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        }

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage })).EnsureSuccessStatusCode();

        foreach (var role in new[] { "penholder", "drafter", "observer", "secretary" })
        {
            var permissions = (await scenario.Clients[role].GetFromJsonAsync<JsonElement>(scenario.Path(), TestContext.Current.CancellationToken)).GetProperty("permissions");
            foreach (var business in Business)
            {
                Assert.False(permissions.GetProperty(business).GetBoolean(), $"{role} is offered {business} on a text {stage}.");
            }

            Assert.Equal(0, permissions.GetProperty("stages").GetArrayLength());
        }

        // What the page no longer offers, the server refuses: the state of the text, not a malformed request.
        var clause = scenario.ClauseId("operative", 0);
        var conflict = System.Net.HttpStatusCode.Conflict;
        Assert.Equal(conflict, (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides;", baseVersion = 1 })).StatusCode);
        Assert.Equal(conflict, (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "replace", clauseId = clause, text = "Decides;", baseVersion = 1 })).StatusCode);
        Assert.Equal(conflict, (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors"), new[] { new { name = "France", role = "main" } })).StatusCode);
        Assert.Equal(conflict, (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/mode"), new { mode = "proposals" })).StatusCode);
        Assert.Equal(conflict, (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/silence"), new { revision = 0, until = DateTimeOffset.UtcNow.AddHours(2) })).StatusCode);
    }

    [Fact]
    public async Task In_blue_a_drafter_is_offered_neither_editing_nor_proposing_and_the_pen_holder_still_edits()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();

        var drafter = (await scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>(scenario.Path(), TestContext.Current.CancellationToken)).GetProperty("permissions");
        Assert.False(drafter.GetProperty("editor").GetBoolean());
        Assert.False(drafter.GetProperty("propose").GetBoolean());
        var refused = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "replace", clauseId = scenario.ClauseId("operative", 0), text = "Decides;", baseVersion = 1 });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, refused.StatusCode);

        var penholder = (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path(), TestContext.Current.CancellationToken)).GetProperty("permissions");
        Assert.True(penholder.GetProperty("editor").GetBoolean());
        Assert.True(penholder.GetProperty("edit").GetBoolean());
    }

    private static async Task<Guid> ProposeAsync(Scenario scenario, int operative, string text)
    {
        var proposal = await (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"),
            new { kind = "replace", clauseId = scenario.ClauseId("operative", operative), text, baseVersion = 1 }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return proposal.GetProperty("id").GetGuid();
    }

    private static async Task AdoptAsync(Scenario scenario)
    {
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "adopted" })).EnsureSuccessStatusCode();
    }
}
