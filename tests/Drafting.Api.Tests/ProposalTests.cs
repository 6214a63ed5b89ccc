using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Hubs;
using Drafting.Api.Live;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>Negotiation by proposals: each kind through accept, accept as modified, reject, withdraw, support and supersede, over the public contract.</summary>
public class ProposalTests
{
    private static async Task<HttpClient> KenyaAsync(Scenario scenario)
    {
        var kenya = await scenario.App.UserAsync("kenya", "Kenya");
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "kenya", role = "drafter" })).EnsureSuccessStatusCode();
        return kenya;
    }

    private static async Task<JsonElement> ProposeAsync(Scenario scenario, HttpClient client, object proposal, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync(scenario.Path("/proposals"), proposal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string path, object? body = null)
    {
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Id(JsonElement proposal) => proposal.GetProperty("id").GetString()!;

    [Fact]
    public async Task A_replacement_proposed_by_Ghana_and_accepted_by_France_changes_the_clause_and_credits_Ghana()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 1);
        var before = (await scenario.CurrentAsync()).GetProperty("operative")[1];
        var text = before.GetProperty("text").GetString()!;
        var proposed = text.Replace("Requests the host states", "Strongly urges the host states", StringComparison.Ordinal);
        Assert.NotEqual(text, proposed);

        var proposal = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "replace", clauseId = clause, text = proposed, baseVersion = 1, rationale = "Stronger, as **the A3+** asked.", opId = "gh-1" });
        Assert.Equal("open", proposal.GetProperty("status").GetString());
        Assert.Equal("Ghana", proposal.GetProperty("organization").GetString());
        Assert.Contains(proposal.GetProperty("changes").EnumerateArray(), s => s.GetProperty("kind").GetString() == "inserted" && s.GetProperty("text").GetString()!.Contains("Strongly", StringComparison.Ordinal));
        Assert.Contains("<strong>the A3+</strong>", proposal.GetProperty("rationaleHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(text, (await scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString());

        var (status, accepted) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(proposal)}/accept"), new { opId = "fr-1" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", accepted.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal("Ghana", accepted.GetProperty("change").GetProperty("proposedBy").GetString());
        var after = (await scenario.CurrentAsync()).GetProperty("operative")[1];
        Assert.Equal(proposed, after.GetProperty("text").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());

        var history = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path($"/clauses/{clause}/history"));
        Assert.Equal("Ghana", history[history.GetArrayLength() - 1].GetProperty("proposedBy").GetString());
        Assert.Equal("France", history[history.GetArrayLength() - 1].GetProperty("by").GetProperty("organization").GetString());
    }

    [Fact]
    public async Task Accepted_as_modified_stores_the_pen_holders_text_and_a_rejection_carries_its_reason()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 2);
        var first = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "replace", clauseId = clause, text = "Decides to act at once;", baseVersion = 1 });
        var (status, result) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(first)}/accept"), new { text = "Decides to act without delay;", baseVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Decides to act without delay;", result.GetProperty("proposal").GetProperty("acceptedText").GetString());
        Assert.Equal("Decides to act without delay;", (await scenario.CurrentAsync()).GetProperty("operative")[2].GetProperty("text").GetString());

        var second = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "delete", clauseId = scenario.ClauseId("operative", 3) });
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(second)}/reject"), new { })).Status);
        var (rejected, body) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(second)}/reject"), new { reason = "The Council needs this paragraph." });
        Assert.Equal(HttpStatusCode.OK, rejected);
        Assert.Equal("rejected", body.GetProperty("status").GetString());
        var seen = await scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(second)}"));
        Assert.Equal("The Council needs this paragraph.", seen.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(second)}/accept"))).Status);
    }

    [Fact]
    public async Task Other_delegations_support_only_the_proposer_withdraws_and_lists_filter_by_delegation()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var kenya = await KenyaAsync(scenario);
        var proposal = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "insert", insertKind = "operative", afterClauseId = scenario.ClauseId("operative", 0), text = "Requests a report within 90 days;" });
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(scenario.Clients["drafter"], scenario.Path($"/proposals/{Id(proposal)}/support"))).Status);
        var (supported, body) = await PostAsync(kenya, scenario.Path($"/proposals/{Id(proposal)}/support"));
        Assert.Equal(HttpStatusCode.OK, supported);
        Assert.Equal("Ghana, supported by Kenya", body.GetProperty("delegations").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(kenya, scenario.Path($"/proposals/{Id(proposal)}/support"))).Status);

        var byKenya = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals?status=open&organization=Kenya"));
        Assert.Single(byKenya.EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(kenya, scenario.Path($"/proposals/{Id(proposal)}/withdraw"))).Status);
        var (withdrawn, gone) = await PostAsync(scenario.Clients["drafter"], scenario.Path($"/proposals/{Id(proposal)}/withdraw"));
        Assert.Equal(HttpStatusCode.OK, withdrawn);
        Assert.Equal("withdrawn", gone.GetProperty("status").GetString());
        Assert.Empty((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals?status=open"))).EnumerateArray());
    }

    [Fact]
    public async Task Insert_delete_and_move_proposals_change_the_structure_when_accepted()
    {
        await using var scenario = await Scenario.CreateAsync();
        var start = await scenario.CurrentAsync();
        var operative = start.GetProperty("operative");
        var count = operative.GetArrayLength();
        string Op(int i) => operative[i].GetProperty("id").GetString()!;

        var insert = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "insert", insertKind = "operative", afterClauseId = Op(0), text = "Requests a report within 90 days;" });
        var delete = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "delete", clauseId = Op(4) });
        var move = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "move", clauseId = Op(2) });
        foreach (var proposal in new[] { insert, delete, move })
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(proposal)}/accept"))).Status);
        }

        var after = (await scenario.CurrentAsync()).GetProperty("operative");
        var ids = after.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(count, ids.Count);
        Assert.Equal(Op(2), ids[0]);
        Assert.Equal(Op(0), ids[1]);
        Assert.Equal("Requests a report within 90 days;", after[2].GetProperty("text").GetString());
        Assert.DoesNotContain(Op(4), ids);
    }

    [Fact]
    public async Task A_proposal_whose_clause_is_deleted_is_superseded_and_cannot_be_accepted()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 3);
        var proposal = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "replace", clauseId = clause, text = "Decides something else;", baseVersion = 1 });
        (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{clause}"))).EnsureSuccessStatusCode();
        var stored = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(proposal)}"));
        Assert.Equal("superseded", stored.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(proposal)}/accept"))).Status);
    }

    [Fact]
    public async Task Accepting_on_a_clause_that_moved_on_merges_disjoint_words_as_previewed_and_refuses_overlapping_ones()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var text = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString()!;
        var words = text.Split(' ');
        var lastWordChanged = string.Join(' ', words[..^1].Append("matters;"));
        var firstWordChanged = "Reaffirms " + string.Join(' ', words[1..]);
        var disjoint = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "replace", clauseId = clause, text = lastWordChanged, baseVersion = 1 });
        var overlapping = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "replace", clauseId = clause, text = "Recalls " + string.Join(' ', words[1..]), baseVersion = 1 });

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = firstWordChanged, baseVersion = 1, opId = "pen-1" })).EnsureSuccessStatusCode();

        // Accepted without reading what it gives now: refused, nothing stored.
        var (unseen, refusal) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(disjoint)}/accept"));
        Assert.Equal(HttpStatusCode.Conflict, unseen);
        Assert.Equal(ErrorCodes.PreviewRequired, refusal.GetProperty("code").GetString());
        Assert.Equal(firstWordChanged, (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());

        var expected = "Reaffirms " + string.Join(' ', words[1..^1].Append("matters;"));
        var preview = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(disjoint)}/preview"));
        Assert.True(preview.GetProperty("basedOnOlderText").GetBoolean());
        Assert.Equal((firstWordChanged, expected), (preview.GetProperty("currentText").GetString(), preview.GetProperty("result").GetString()));
        Assert.Contains(preview.GetProperty("changedSince").EnumerateArray(), s => s.GetProperty("kind").GetString() == "inserted" && s.GetProperty("text").GetString()!.Contains("Reaffirms", StringComparison.Ordinal));
        Assert.Contains(preview.GetProperty("changes").EnumerateArray(), s => s.GetProperty("kind").GetString() == "inserted" && s.GetProperty("text").GetString()!.Contains("matters", StringComparison.Ordinal));
        var overlapPreview = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(overlapping)}/preview"));
        Assert.Equal(JsonValueKind.Null, overlapPreview.TryGetProperty("result", out var none) ? none.ValueKind : JsonValueKind.Null);
        Assert.False(string.IsNullOrEmpty(overlapPreview.GetProperty("conflict").GetString()));

        var (merged, body) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(disjoint)}/accept"), new { expectedText = expected });
        Assert.Equal(HttpStatusCode.OK, merged);
        Assert.Equal("merged", body.GetProperty("change").GetProperty("status").GetString());
        Assert.Equal(expected, (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());

        var (conflict, problem) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(overlapping)}/accept"));
        Assert.Equal(HttpStatusCode.Conflict, conflict);
        Assert.Equal(ErrorCodes.EditConflict, problem.GetProperty("code").GetString());
        Assert.Equal("open", (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(overlapping)}"))).GetProperty("status").GetString());
        Assert.Equal(expected, (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Accepting_one_of_two_competing_proposals_leaves_the_other_based_on_an_older_text_and_stores_no_text_nobody_saw()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var words = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString()!.Split(' ');
        var ghana = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "replace", clauseId = clause, text = "Reaffirms " + string.Join(' ', words[1..]), baseVersion = 1 });
        var other = await ProposeAsync(scenario, scenario.Penholder, new { kind = "replace", clauseId = clause, text = string.Join(' ', words[..^1].Append("matters;")), baseVersion = 1 });
        Assert.False((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(other)}/preview"))).GetProperty("basedOnOlderText").GetBoolean());

        (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/proposals/{Id(ghana)}/accept"), new { })).EnsureSuccessStatusCode();
        var accepted = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString();

        var preview = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(other)}/preview"));
        Assert.True(preview.GetProperty("basedOnOlderText").GetBoolean());
        Assert.Equal(accepted, preview.GetProperty("currentText").GetString());
        // Neither a plain accept nor one with a stale preview stores the merge of two proposals unseen.
        foreach (var body in new object[] { new { }, new { expectedText = string.Join(' ', words[..^1].Append("matters;")) } })
        {
            var (status, problem) = await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(other)}/accept"), body);
            Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.PreviewRequired), (status, problem.GetProperty("code").GetString()));
            Assert.Equal(accepted, (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
        }

        (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/proposals/{Id(other)}/accept"), new { expectedText = preview.GetProperty("result").GetString() })).EnsureSuccessStatusCode();
        Assert.Equal(preview.GetProperty("result").GetString(), (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_repeated_opId_makes_one_proposal_and_one_acceptance()
    {
        await using var scenario = await Scenario.CreateAsync();
        var request = new { kind = "delete", clauseId = scenario.ClauseId("operative", 5), opId = "same-op" };
        var first = await ProposeAsync(scenario, scenario.Clients["drafter"], request);
        var again = await ProposeAsync(scenario, scenario.Clients["drafter"], request);
        Assert.Equal(Id(first), Id(again));
        Assert.Single((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).EnumerateArray());

        var seq = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(first)}/accept"), new { opId = "accept-once" })).Status);
        var afterFirst = (await scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(first)}/accept"), new { opId = "accept-once" })).Status);
        Assert.Equal(afterFirst, (await scenario.CurrentAsync()).GetProperty("seq").GetInt64());
        Assert.True(afterFirst > seq);
    }

    [Fact]
    public async Task An_opId_replays_only_for_its_author_and_an_empty_one_is_refused()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var kenya = await KenyaAsync(scenario);
        var mine = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "delete", clauseId = scenario.ClauseId("operative", 5), opId = "shared-op" });
        await ProposeAsync(scenario, kenya, new { kind = "delete", clauseId = scenario.ClauseId("operative", 4), opId = "shared-op" }, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(kenya, scenario.Path($"/proposals/{Id(mine)}/support"), new { opId = "shared-op" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(mine)}/accept"), new { opId = "shared-op" })).Status);
        await ProposeAsync(scenario, kenya, new { kind = "delete", clauseId = scenario.ClauseId("operative", 4), opId = " " }, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.BadRequest, (await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{scenario.ClauseId("operative", 1)}"), new { text = "Decides;", baseVersion = 1, opId = "" })).StatusCode);
        Assert.Equal("open", (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path($"/proposals/{Id(mine)}"))).GetProperty("status").GetString());
        Assert.Single((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).EnumerateArray());
    }

    [Fact]
    public async Task In_proposals_mode_drafters_propose_instead_of_editing_and_everyone_hears_the_switch_live()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        Assert.Equal("open", (await scenario.CurrentAsync()).GetProperty("mode").GetString());
        await using var drafter = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["drafter"]);
        var heard = new TaskCompletionSource<LiveEvent>();
        drafter.On<LiveEvent>(nameof(IDraftingClient.ModeChanged), e => heard.TrySetResult(e));
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path("/mode"), new { mode = "proposals" })).StatusCode);
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/mode"), new { mode = "proposals" })).EnsureSuccessStatusCode();
        var change = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("proposals", change.Payload.GetProperty("mode").GetString());
        Assert.Equal("proposals", (await scenario.CurrentAsync()).GetProperty("mode").GetString());

        var clause = scenario.ClauseId("operative", 1);
        var refused = await Assert.ThrowsAsync<HubException>(() => drafter.InvokeAsync<EditClauseResult>("EditClause", new EditClauseCommand(scenario.ResolutionId, clause, 1, "Decides;", "d-1")));
        Assert.Equal(ErrorCodes.ProposalsOnly, ErrorCodes.FromHubMessage(refused.Message));
        var rest = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides;", baseVersion = 1, opId = "d-2" });
        Assert.Equal(HttpStatusCode.Conflict, rest.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await scenario.Clients["drafter"].DeleteAsync(scenario.Path($"/clauses/{clause}"))).StatusCode);
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides to act;", baseVersion = 1, opId = "p-1" })).EnsureSuccessStatusCode();

        var proposal = await drafter.InvokeAsync<JsonElement>("Propose", scenario.ResolutionId, new { kind = "replace", clauseId = clause, text = "Decides to act now;", baseVersion = 2, opId = "hub-p" });
        Assert.Equal("Ghana", proposal.GetProperty("organization").GetString());
        var observer = await Assert.ThrowsAsync<HubException>(async () =>
        {
            await using var connection = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Clients["observer"]);
            await connection.InvokeAsync<JsonElement>("Propose", scenario.ResolutionId, new { kind = "delete", clauseId = clause });
        });
        Assert.Equal(ErrorCodes.Forbidden, ErrorCodes.FromHubMessage(observer.Message));
    }

    [Fact]
    public async Task Proposal_events_arrive_live_and_through_catch_up_in_seq_order()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var penholder = await LiveConnection.StartAsync(scenario.App.HubUrl, scenario.Penholder);
        var live = new List<LiveEvent>();
        penholder.On<LiveEvent>(nameof(IDraftingClient.ProposalAdded), e => { lock (live) { live.Add(e); } });
        penholder.On<LiveEvent>(nameof(IDraftingClient.ProposalChanged), e => { lock (live) { live.Add(e); } });
        var joined = (await penholder.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId)).GetProperty("seq").GetInt64();

        var proposal = await ProposeAsync(scenario, scenario.Clients["drafter"], new { kind = "delete", clauseId = scenario.ClauseId("operative", 5) });
        await PostAsync(scenario.Penholder, scenario.Path($"/proposals/{Id(proposal)}/reject"), new { reason = "Needed." });
        // Polls for the state; the bound (a minute) is only reached by a failing test.
        for (var i = 0; i < 1200 && live.Count < 2; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        lock (live)
        {
            Assert.Equal([EventTypes.ProposalAdded, EventTypes.ProposalChanged], live.Select(e => e.Type));
            Assert.Equal("rejected", live[1].Payload.GetProperty("status").GetString());
        }

        var caught = await penholder.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, joined);
        Assert.Equal([EventTypes.ProposalAdded, EventTypes.ProposalChanged], caught.Select(e => e.Type));
        Assert.Equal([joined + 1, joined + 2], caught.Select(e => e.Seq));
        Assert.Equal(Id(proposal), caught[0].Payload.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Proposals_with_missing_or_wrong_fields_are_refused_with_what_is_wrong()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 1);
        var drafter = scenario.Clients["drafter"];
        await ProposeAsync(scenario, drafter, new { clauseId = clause }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, drafter, new { kind = "replace", clauseId = clause, text = "Decides;" }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, drafter, new { kind = "replace", clauseId = clause, text = "Decides;", baseVersion = 7 }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, drafter, new { kind = "replace", clauseId = "no-such-clause", text = "Decides;", baseVersion = 1 }, HttpStatusCode.NotFound);
        await ProposeAsync(scenario, drafter, new { kind = "insert", text = "Decides;" }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, drafter, new { kind = "insert", insertKind = "preambular", afterClauseId = clause, text = "Recalling," }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, drafter, new { kind = "delete", clauseId = clause, text = "x" }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, drafter, new { kind = "move", clauseId = clause, afterClauseId = scenario.ClauseId("preambular", 0) }, HttpStatusCode.BadRequest);
        await ProposeAsync(scenario, scenario.Clients["observer"], new { kind = "delete", clauseId = clause }, HttpStatusCode.Forbidden);
        await ProposeAsync(scenario, scenario.Clients["secretary"], new { kind = "delete", clauseId = clause }, HttpStatusCode.Forbidden);
        Assert.Empty((await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).EnumerateArray());
    }
}

/// <summary>The compilation text over the export endpoint: filtered by delegation, in Word and HTML, refused elsewhere.</summary>
public class CompilationExportTests
{
    [Fact]
    public async Task The_compilation_export_shows_open_proposals_by_delegation_in_word_and_html()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 3);
        (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "delete", clauseId = clause })).EnsureSuccessStatusCode();
        using var kenya = await scenario.App.UserAsync("kenya", "Kenya");
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "kenya", role = "drafter" })).EnsureSuccessStatusCode();
        (await kenya.PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "insert", insertKind = "operative", afterClauseId = clause, text = "Requests a report within 90 days;" })).EnsureSuccessStatusCode();

        var html = await scenario.Penholder.GetStringAsync(scenario.Path("/export/html?compilation=true"));
        Assert.Contains("[Ghana: delete]", html, StringComparison.Ordinal);
        Assert.Contains("[Kenya: add]", html, StringComparison.Ordinal);
        var onlyKenya = await scenario.Penholder.GetStringAsync(scenario.Path("/export/html?compilation=true&organization=Kenya"));
        Assert.DoesNotContain("[Ghana: delete]", onlyKenya, StringComparison.Ordinal);
        Assert.Contains("[Kenya: add]", onlyKenya, StringComparison.Ordinal);

        var docx = await scenario.Penholder.GetByteArrayAsync(scenario.Path("/export/docx?compilation=true"));
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var document = await reader.ReadToEndAsync();
        Assert.Contains("w:author=\"Ghana\"", document, StringComparison.Ordinal);
        Assert.Contains("w:author=\"Kenya\"", document, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await scenario.Penholder.GetAsync(scenario.Path("/export/md?compilation=true"))).StatusCode);
    }
}
