using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>The resolution JSON says what the caller may do, so clients keep no copy of the role table.</summary>
public class CallerPermissionsTests
{
    private static async Task<JsonElement> PermissionsAsync(Scenario scenario, string who) =>
        (await scenario.Clients[who].GetFromJsonAsync<JsonElement>(scenario.Path())).GetProperty("permissions");

    [Fact]
    public async Task Each_role_reads_its_own_permissions_and_the_model_limits()
    {
        await using var scenario = await Scenario.CreateAsync();
        var penholder = await PermissionsAsync(scenario, "penholder");
        Assert.True(penholder.GetProperty("edit").GetBoolean());
        Assert.True(penholder.GetProperty("manageParticipants").GetBoolean());
        Assert.Contains("inBlue", penholder.GetProperty("stages").EnumerateArray().Select(s => s.GetString()));

        var observer = await PermissionsAsync(scenario, "observer");
        Assert.False(observer.GetProperty("editor").GetBoolean());
        Assert.False(observer.GetProperty("edit").GetBoolean());
        Assert.False(string.IsNullOrEmpty(observer.GetProperty("editRefusal").GetString()));
        Assert.True(observer.GetProperty("comment").GetBoolean());
        Assert.True(observer.GetProperty("export").GetBoolean());
        Assert.False(observer.GetProperty("nameDraft").GetBoolean());

        var secretary = await PermissionsAsync(scenario, "secretary");
        Assert.True(secretary.GetProperty("publish").GetBoolean());
        Assert.True(secretary.GetProperty("nameDraft").GetBoolean());
        Assert.Equal(["inBlue"], secretary.GetProperty("stages").EnumerateArray().Select(s => s.GetString()!).ToArray());

        var resolution = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path());
        Assert.Equal(4, resolution.GetProperty("limits").GetProperty("maxSubParagraphDepth").GetInt32());
    }

    [Fact]
    public async Task A_site_admin_taking_part_as_secretary_may_manage_participants_and_a_secretary_may_not()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var admin = await scenario.App.AdminAsync();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "officer", password = "officer-password-123", displayName = "officer", organization = "Secretariat", isAdmin = true })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "officer", role = "secretary" })).EnsureSuccessStatusCode();
        using var officer = await scenario.App.ClientForAsync("officer", "officer-password-123");

        var permissions = (await officer.GetFromJsonAsync<JsonElement>(scenario.Path())).GetProperty("permissions");
        Assert.True(permissions.GetProperty("manageParticipants").GetBoolean());
        Assert.False((await PermissionsAsync(scenario, "secretary")).GetProperty("manageParticipants").GetBoolean());
    }

    [Fact]
    public async Task Proposals_mode_and_blue_change_what_a_drafter_may_do_now()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/mode"), new { mode = "proposals" })).EnsureSuccessStatusCode();
        var drafter = await PermissionsAsync(scenario, "drafter");
        Assert.True(drafter.GetProperty("editor").GetBoolean());
        Assert.False(drafter.GetProperty("edit").GetBoolean());
        Assert.True(drafter.GetProperty("propose").GetBoolean());

        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/mode"), new { mode = "open" })).EnsureSuccessStatusCode();
        Assert.True((await PermissionsAsync(scenario, "drafter")).GetProperty("edit").GetBoolean());
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        var inBlue = await PermissionsAsync(scenario, "drafter");
        Assert.False(inBlue.GetProperty("edit").GetBoolean());
        Assert.Contains("blue", inBlue.GetProperty("editRefusal").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_the_pen_holder_may_resolve_others_comments_and_import_a_review_for_another_delegation()
    {
        // The page offers these buttons from the permissions alone, so they say exactly what CommentsApi and WordReviewApi accept.
        await using var scenario = await Scenario.CreateAsync();
        var penholder = await PermissionsAsync(scenario, "penholder");
        Assert.True(penholder.GetProperty("resolveComments").GetBoolean());
        Assert.True(penholder.GetProperty("proposeForDelegations").GetBoolean());
        foreach (var who in new[] { "drafter", "observer", "secretary" })
        {
            var permissions = await PermissionsAsync(scenario, who);
            Assert.False(permissions.GetProperty("resolveComments").GetBoolean(), who);
            Assert.False(permissions.GetProperty("proposeForDelegations").GetBoolean(), who);
        }
    }
}
