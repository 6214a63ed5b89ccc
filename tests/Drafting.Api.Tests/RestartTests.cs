using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

public class RestartTests
{
    [Fact]
    public async Task Restarting_the_api_keeps_resolutions_edits_accounts_and_tokens()
    {
        string directory;
        Guid id;
        string clause;
        string token;
        await using (var scenario = await Scenario.CreateAsync())
        {
            directory = scenario.App.DataDirectory;
            id = scenario.ResolutionId;
            clause = scenario.ClauseId("operative", 2);
            (await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = "Calls on all Member States to act;", baseVersion = 1 })).EnsureSuccessStatusCode();
            token = scenario.Penholder.DefaultRequestHeaders.Authorization!.Parameter!;
        }

        await using var restarted = new DraftingApplication(directory);
        using var client = restarted.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var resolution = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}");
        Assert.Equal("Calls on all Member States to act;", resolution.GetProperty("operative")[2].GetProperty("text").GetString());
        Assert.Equal(2, resolution.GetProperty("operative")[2].GetProperty("version").GetInt32());
        Assert.Equal(44, resolution.GetProperty("sponsors").GetArrayLength());
        using var drafter = await restarted.ClientForAsync("drafter", "drafter-password-123");
        Assert.Equal("drafter", (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}")).GetProperty("role").GetString());
    }
}
