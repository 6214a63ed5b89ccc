using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>An opId replays only for its author and its kind of change; anything else is a 409 that says so, and blank opIds are refused.</summary>
public class OpIdKindTests
{
    private static async Task AssertOpIdTakenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("opId", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_opId_reused_for_another_kind_of_change_is_refused_and_changes_nothing()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors?opId=shared"), new[] { new { name = "France", role = "main" } })).EnsureSuccessStatusCode();

        await AssertOpIdTakenAsync(await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage?opId=shared"), new { stage = "inBlue" }));
        await AssertOpIdTakenAsync(await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act;", opId = "shared" }));

        var current = await scenario.CurrentAsync();
        Assert.Equal("draft", current.GetProperty("stage").GetString());
        Assert.Equal(scenario.Resolution.GetProperty("operative").GetArrayLength(), current.GetProperty("operative").GetArrayLength());
    }

    [Fact]
    public async Task An_opId_of_someone_else_is_refused_and_its_own_resend_replays()
    {
        await using var scenario = await Scenario.CreateAsync();
        var inserted = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act;", opId = "ghana-1" });
        inserted.EnsureSuccessStatusCode();
        var count = (await scenario.CurrentAsync()).GetProperty("operative").GetArrayLength();

        await AssertOpIdTakenAsync(await scenario.Penholder.PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides otherwise;", opId = "ghana-1" }));
        var resent = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/clauses"), new { kind = "operative", position = 0, text = "Decides to act;", opId = "ghana-1" });
        Assert.True(resent.IsSuccessStatusCode, $"a resend replays: {(int)resent.StatusCode}");
        Assert.Equal(count, (await scenario.CurrentAsync()).GetProperty("operative").GetArrayLength());
    }

    [Fact]
    public async Task A_clause_edit_with_someone_elses_or_another_kinds_opId_is_refused_and_stores_nothing()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var edited = await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides, by Ghana;", baseVersion = 1, opId = "edit-1" });
        edited.EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors?opId=sponsors-1"), new[] { new { name = "France", role = "main" } })).EnsureSuccessStatusCode();

        await AssertOpIdTakenAsync(await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides, by France;", baseVersion = 2, opId = "edit-1" }));
        await AssertOpIdTakenAsync(await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Decides, by France;", baseVersion = 2, opId = "sponsors-1" }));
        Assert.Equal("Decides, by Ghana;", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("/sponsors?opId=%20")]
    [InlineData("/stage?opId=%20%20")]
    public async Task A_blank_opId_is_refused(string path)
    {
        await using var scenario = await Scenario.CreateAsync();
        HttpResponseMessage response = path.StartsWith("/sponsors", StringComparison.Ordinal)
            ? await scenario.Penholder.PutAsJsonAsync(scenario.Path(path), new[] { new { name = "France", role = "main" } })
            : await scenario.Penholder.PutAsJsonAsync(scenario.Path(path), new { stage = "inBlue" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("draft", (await scenario.CurrentAsync()).GetProperty("stage").GetString());
    }

    [Theory]
    [InlineData(101, "")]
    [InlineData(10, "\u0007")]
    public async Task An_opId_over_100_characters_or_with_a_control_character_is_refused_by_name_and_stores_nothing(int length, string control)
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var refused = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"),
            new { text = "Decides, with a bad opId;", baseVersion = 1, opId = new string('o', length) + control });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("opId has at most 100 printable characters.", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.NotEqual("Decides, with a bad opId;", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());

        var longest = await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"),
            new { text = "Decides, with the longest opId;", baseVersion = 1, opId = new string('o', 100) });
        Assert.True(longest.IsSuccessStatusCode, await longest.Content.ReadAsStringAsync());
    }
}
