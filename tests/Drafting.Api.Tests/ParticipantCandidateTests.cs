using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>
/// Finding people to add: accounts matching what one types in their display name, user name or organization, offered
/// to those who may add participants and to nobody else.
/// </summary>
public class ParticipantCandidateTests
{
    [Fact]
    public async Task Accounts_are_found_by_display_name_user_name_and_organization_in_any_case()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var admin = await scenario.App.AdminAsync();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "kamau", password = "long-enough-password", displayName = "Wanjiru Kamau", organization = "Kenya" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "nordmann", password = "long-enough-password", displayName = "Kari Nordmann", organization = "Norway" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "under_score", password = "long-enough-password", displayName = "Percent 100% Sure", organization = "Peru" })).EnsureSuccessStatusCode();

        Assert.Equal(["kamau"], await FindAsync(scenario.Penholder, scenario, "wanj"));
        Assert.Equal(["nordmann"], await FindAsync(scenario.Penholder, scenario, "NORD"));
        Assert.Equal(["nordmann"], await FindAsync(scenario.Penholder, scenario, "norway"));
        Assert.Equal(["kamau"], await FindAsync(scenario.Penholder, scenario, "keny"));
        // What one types is matched as it stands: % and _ are no wildcards.
        Assert.Equal(["under_score"], await FindAsync(scenario.Penholder, scenario, "0%"));
        Assert.Equal(["under_score"], await FindAsync(scenario.Penholder, scenario, "r_s"));
        Assert.Empty(await FindAsync(scenario.Penholder, scenario, ""));

        // Those already taking part say in which role.
        var drafter = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/participants/candidates?q=ghana"));
        Assert.Equal("drafter", Assert.Single(drafter.EnumerateArray()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task No_one_but_those_who_add_participants_sees_the_accounts()
    {
        await using var scenario = await Scenario.CreateAsync();
        foreach (var role in new[] { "drafter", "observer", "secretary", "outsider" })
        {
            var response = await scenario.Clients[role].GetAsync(scenario.Path("/participants/candidates?q=a"));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await scenario.Clients["anonymous"].GetAsync(scenario.Path("/participants/candidates?q=a"))).StatusCode);
        using var admin = await scenario.App.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(scenario.Path("/participants/candidates?q=a"))).StatusCode);
    }

    private static async Task<List<string>> FindAsync(HttpClient client, Scenario scenario, string q)
    {
        var found = await client.GetFromJsonAsync<JsonElement>(scenario.Path($"/participants/candidates?q={Uri.EscapeDataString(q)}"));
        return [.. found.EnumerateArray().Select(c => c.GetProperty("userName").GetString()!).Where(n => n is "kamau" or "nordmann" or "under_score")];
    }
}
