using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

public class ClauseEditTests
{
    [Fact]
    public async Task Edit_on_the_current_version_is_applied_and_bumps_the_version()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var response = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"),
            new { text = "Strongly stresses the importance of supporting peacekeeping;", baseVersion = 1, opId = "op-1" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("applied", result.GetProperty("status").GetString());
        Assert.Equal(2, result.GetProperty("version").GetInt32());
        Assert.Equal("Strongly stresses", result.GetProperty("opening").GetString());

        var op1 = (await scenario.CurrentAsync()).GetProperty("operative")[0];
        Assert.Equal("Strongly stresses the importance of supporting peacekeeping;", op1.GetProperty("text").GetString());
        Assert.Equal(2, op1.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Stale_edit_gets_409_with_the_current_text_and_changes_nothing()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("preambular", 0);
        var first = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Recalling the Charter,", baseVersion = 1, opId = "a" });
        first.EnsureSuccessStatusCode();

        var stale = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Recalling nothing at all,", baseVersion = 1, opId = "b" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("conflict", conflict.GetProperty("status").GetString());
        Assert.Equal("Recalling the Charter,", conflict.GetProperty("text").GetString());
        Assert.Equal(2, conflict.GetProperty("version").GetInt32());
        Assert.Equal("Recalling the Charter,", (await scenario.CurrentAsync()).GetProperty("preambular")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_conflict_names_who_wrote_the_current_text_and_other_answers_name_no_one()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("preambular", 0);
        var first = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Recalling the Charter,", baseVersion = 1, opId = "a" });
        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("by", out var nobody) is false || nobody.ValueKind == JsonValueKind.Null);

        var stale = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Recalling nothing at all,", baseVersion = 1, opId = "b" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var by = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("by");
        Assert.Equal("drafter", by.GetProperty("displayName").GetString());
        Assert.Equal("Ghana", by.GetProperty("organization").GetString());
    }

    [Fact]
    public async Task Stale_edit_of_other_words_is_merged_with_both_changes()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 13);
        var original = scenario.Resolution.GetProperty("operative")[13].GetProperty("text").GetString()!;
        var penholderText = original.Replace("Requests the Secretary-General", "Further requests the Secretary-General", StringComparison.Ordinal);
        var drafterText = original.Replace("comprehensive annual briefing", "comprehensive biannual briefing", StringComparison.Ordinal);
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = penholderText, baseVersion = 1, opId = "p" })).EnsureSuccessStatusCode();

        var response = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = drafterText, baseVersion = 1, opId = "d" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("merged", result.GetProperty("status").GetString());
        Assert.Equal(3, result.GetProperty("version").GetInt32());
        var expected = original
            .Replace("Requests the Secretary-General", "Further requests the Secretary-General", StringComparison.Ordinal)
            .Replace("comprehensive annual briefing", "comprehensive biannual briefing", StringComparison.Ordinal);
        Assert.Equal(expected, result.GetProperty("text").GetString());
        Assert.Equal(expected, (await scenario.CurrentAsync()).GetProperty("operative")[13].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Repeated_op_id_returns_the_first_result_and_applies_once()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("preambular", 2);
        var body = new { text = "Reaffirming the basic principles of peacekeeping,", baseVersion = 1, opId = "same-op" };
        var first = await (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), body)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("duplicate", second.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("seq").GetInt64(), second.GetProperty("seq").GetInt64());
        Assert.Equal(2, (await scenario.CurrentAsync()).GetProperty("preambular")[2].GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Observer_edit_is_refused_and_the_text_is_unchanged()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 1);
        var before = (await scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString();
        var response = await scenario.Clients["observer"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Requests nothing;", baseVersion = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("observer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Insert_move_and_delete_renumber_operative_paragraphs_and_keep_ids()
    {
        await using var scenario = await Scenario.CreateAsync();
        var inserted = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act;" });
        Assert.Equal(HttpStatusCode.Created, inserted.StatusCode);
        var newId = (await inserted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clauseId").GetString();
        var current = await scenario.CurrentAsync();
        Assert.Equal(newId, current.GetProperty("operative")[0].GetProperty("id").GetString());
        Assert.Equal(scenario.ClauseId("operative", 0), current.GetProperty("operative")[1].GetProperty("id").GetString());
        Assert.Equal(2, current.GetProperty("operative")[1].GetProperty("number").GetInt32());

        (await scenario.Penholder.PostAsJsonAsync(scenario.Path($"/clauses/{newId}/move"), new { position = 15 })).EnsureSuccessStatusCode();
        current = await scenario.CurrentAsync();
        Assert.Equal(newId, current.GetProperty("operative")[15].GetProperty("id").GetString());
        Assert.Equal(16, current.GetProperty("operative")[15].GetProperty("number").GetInt32());

        var sub = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "subParagraph", parentId = newId, text = "Monitor the ceasefire;" });
        Assert.Equal(HttpStatusCode.Created, sub.StatusCode);
        current = await scenario.CurrentAsync();
        Assert.Equal("(a)", current.GetProperty("operative")[15].GetProperty("subparagraphs")[0].GetProperty("label").GetString());

        (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{newId}"))).EnsureSuccessStatusCode();
        current = await scenario.CurrentAsync();
        Assert.Equal(15, current.GetProperty("operative").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.Penholder.DeleteAsync(scenario.Path($"/clauses/{newId}"))).StatusCode);
    }
}
