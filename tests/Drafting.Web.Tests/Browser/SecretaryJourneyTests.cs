using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>The Secretariat's whole job on a draft, in the page, from the accounts to the Word file that circulates.</summary>
public class SecretaryJourneyTests
{
    [Fact]
    public async Task The_secretary_creates_delegates_adds_them_hands_the_pen_over_publishes_puts_the_draft_in_blue_and_exports_it_to_Word()
    {
        await using var world = await DraftingBrowser.StartAsync();
        // The Secretariat's officer is a site administrator who takes part in the draft as its secretary.
        using (var admin = await world.Server.App.AdminAsync())
        {
            (await admin.PostAsJsonAsync("/api/users", new { userName = "officer", password = "officer-password-123", displayName = "Ana Ocampo", organization = "Secretariat", isAdmin = true })).EnsureSuccessStatusCode();
        }

        (await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path("/participants"), new { userName = "officer", role = "secretary" })).EnsureSuccessStatusCode();

        // She creates the two delegates' accounts on the People page.
        var officer = await world.SignInAsync("officer");
        await officer.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await officer.WaitForSelectorAsync("body[data-ready=true]");
        foreach (var (userName, name, organization) in new[] { ("mexico", "Lucía Hernández", "Mexico"), ("norway", "Ola Nordmann", "Norway") })
        {
            await officer.FillAsync("#new-user-name", userName);
            await officer.FillAsync("#new-display-name", name);
            await officer.FillAsync("#new-organization", organization);
            await officer.FillAsync("#new-password", $"{userName}-password-123");
            await officer.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await Expect(officer.Locator($"tr[data-user={userName}]")).ToContainTextAsync("active");
        }

        // On the draft: nothing is published yet, and the panel says what the text is.
        await officer.GotoAsync($"/resolutions/{world.ResolutionId}");
        await DraftingBrowser.WaitConnectedAsync(officer);
        await Expect(officer.Locator("#revisions .empty-revisions")).ToHaveTextAsync(
            "No revision has been published yet: this is the zero draft, still being written. When it is ready to circulate, publish it as the zero draft.");
        await Expect(officer.Locator("#revisions .compare")).ToBeHiddenAsync();
        await Screenshots.OfAsync(officer.Locator("#revisions"), "revisions-empty.png");

        // She adds Mexico as a drafter and Norway as an observer, then hands the pen from France to Mexico.
        var panel = officer.Locator("#participants");
        foreach (var (userName, role) in new[] { ("mexico", "drafter"), ("norway", "observer") })
        {
            await panel.Locator("#participant-name").FillAsync(userName);
            await panel.Locator("form.add-participant select").SelectOptionAsync(role);
            await panel.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
            await Expect(panel.Locator($"li[data-participant={userName}] select")).ToHaveValueAsync(role);
        }

        await Expect(panel.Locator("li[data-participant=mexico]")).ToContainTextAsync("Lucía Hernández (Mexico)");
        // A select shows the chosen role at once: each change is done when the server has answered it.
        await SetRoleAsync(officer, "mexico", "penholder");
        await SetRoleAsync(officer, "penholder", "drafter");
        var roles = (await world.Scenario.Penholder.GetFromJsonAsync<JsonElement>(world.Scenario.Path("/participants")))
            .EnumerateArray().ToDictionary(p => p.GetProperty("userName").GetString()!, p => p.GetProperty("role").GetString());
        Assert.Equal(("penholder", "drafter", "observer"), (roles["mexico"], roles["penholder"], roles["norway"]));
        var mexico = await world.OpenResolutionAsync("mexico");
        await Expect(mexico.Locator("#role")).ToHaveTextAsync("pen-holder");

        // She publishes the zero draft under the label the panel suggests; the next one is offered.
        var label = officer.Locator("#revision-label");
        await Expect(label).ToHaveValueAsync("Zero draft");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Publish revision" }).ClickAsync();
        await Expect(officer.Locator("#revisions ol.revisions li")).ToHaveCountAsync(1);
        await Expect(officer.Locator("#revisions ol.revisions li")).ToContainTextAsync("Zero draft");
        await Expect(label).ToHaveValueAsync("Rev.1");

        // She puts the draft in blue; the new pen-holder's page follows.
        await officer.Locator("#stages [data-stage-to=inBlue]").ClickAsync();
        await Expect(officer.Locator("#stage")).ToHaveTextAsync("In blue");
        await Expect(mexico.Locator("#stage")).ToHaveTextAsync("In blue");

        // The Word file for circulation: saved by the browser, opens in Word, carries the text and no comments.
        await Expect(officer.Locator("#export-comments")).ToHaveValueAsync("none");
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.ClickAsync("[data-export=docx]:not([data-variant])"));
        await Expect(officer.Locator("#export [role=status]")).ToHaveTextAsync($"Saved {download.SuggestedFilename}.");
        var word = await DownloadedWordFile.OpenAsync(download);
        foreach (var part in new[] { "preambular", "operative" })
        {
            var first = world.Scenario.Resolution.GetProperty(part)[0];
            Assert.Contains(first.GetProperty("text").GetString()!, word.Text, StringComparison.Ordinal);
        }

        Assert.Empty(word.Comments);
        world.AssertNoConsoleErrors();
    }

    private static async Task SetRoleAsync(IPage page, string userName, string role)
    {
        var select = page.Locator($"#participants li[data-participant={userName}] select");
        var answer = await page.RunAndWaitForResponseAsync(() => select.SelectOptionAsync(role),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/participants", StringComparison.Ordinal));
        Assert.True(answer.Ok, await answer.TextAsync());
        await Expect(select).ToHaveValueAsync(role);
    }
}
