using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>The administrator's and the pen-holder's work on people, in the browser: accounts, participants, the pen.</summary>
public class PeopleTests
{
    [Fact]
    public async Task The_admin_creates_a_delegate_and_the_penholder_adds_her_hands_over_the_pen_and_steps_down()
    {
        await using var world = await DraftingBrowser.StartAsync();

        // The site administrator creates an account; a typo in the organization is caught, with the name meant.
        var admin = await world.SignInAsync("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await admin.WaitForSelectorAsync("body[data-ready=true]");
        await admin.FillAsync("#new-user-name", "mexico");
        await admin.FillAsync("#new-display-name", "Lucía Hernández");
        await admin.FillAsync("#new-organization", "Mexcio");
        await admin.FillAsync("#new-password", "mexico-password-123");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(admin.Locator("#create-account-error")).ToContainTextAsync("did you mean 'Mexico'");
        await admin.FillAsync("#new-organization", "Mexico");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(admin.Locator("tr[data-user=mexico]")).ToContainTextAsync("active");

        // The pen-holder adds Mexico as a drafter, then hands her the pen.
        var penholder = await world.OpenResolutionAsync("penholder");
        var panel = penholder.Locator("#participants");
        await panel.Locator("#participant-name").FillAsync("mexico");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        var mexico = panel.Locator("li[data-participant=mexico]");
        await Expect(mexico).ToContainTextAsync("Lucía Hernández (Mexico)");
        await mexico.GetByRole(AriaRole.Combobox).SelectOptionAsync("penholder");
        await Expect(mexico.GetByRole(AriaRole.Combobox)).ToHaveValueAsync("penholder");

        // Giving up the pen herself is now allowed: another holds it. Her page follows her new role.
        var self = panel.Locator("li[data-participant=penholder]");
        await self.GetByRole(AriaRole.Combobox).SelectOptionAsync("drafter");
        await DraftingBrowser.WaitConnectedAsync(penholder);
        await Expect(penholder.Locator("#role")).ToHaveTextAsync("drafter");
        await Expect(penholder.Locator("#participants form.add-participant")).ToHaveCountAsync(0);

        // The new pen-holder cannot leave the resolution without one.
        var newPen = await world.OpenResolutionAsync("mexico");
        var hers = newPen.Locator("#participants li[data-participant=mexico]");
        await hers.GetByRole(AriaRole.Combobox).SelectOptionAsync("observer");
        await Expect(newPen.Locator("#participants [role=alert]")).ToContainTextAsync("pen-holder");
        await Expect(hers.GetByRole(AriaRole.Combobox)).ToHaveValueAsync("penholder");
        world.AssertNoConsoleErrors("Failed to load resource");
    }
}

/// <summary>The secretary's work on a draft in the browser: publish with the next label, move the stage, never offered what she would be refused.</summary>
public class StageTests
{
    [Fact]
    public async Task The_secretary_publishes_with_the_suggested_labels_puts_the_draft_in_blue_and_records_its_adoption()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var secretary = await world.OpenResolutionAsync("secretary");
        var stages = secretary.Locator("#stages");
        await Expect(stages.Locator("[data-stage-to]")).ToHaveCountAsync(1);
        await Expect(stages.Locator("[data-stage-to=inBlue]")).ToHaveTextAsync("Put in blue");
        await Expect(stages.Locator("[data-stage-to=withdrawn]")).ToHaveCountAsync(0);

        var label = secretary.Locator("#revision-label");
        await Expect(label).ToHaveValueAsync("Zero draft");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Publish revision" }).ClickAsync();
        await Expect(label).ToHaveValueAsync("Rev.1");

        await stages.Locator("[data-stage-to=inBlue]").ClickAsync();
        await Expect(secretary.Locator("#stage")).ToHaveTextAsync("In blue");
        // Adoption is recorded with its meeting, date, vote and the symbol of the adopted text.
        await stages.Locator("[data-stage-to=adopted]").ClickAsync();
        var form = stages.Locator("form.decision");
        await Expect(form).ToBeVisibleAsync();
        await Expect(secretary.Locator("#stage")).ToHaveTextAsync("In blue");
        await form.Locator("input[name=meeting]").FillAsync("9490th meeting");
        await form.Locator("input[name=date]").FillAsync("2023-12-01");
        await form.Locator("input[name=symbol]").FillAsync("S/RES/2713 (2023)");
        await form.Locator("input[name=byVote]").CheckAsync();
        await form.Locator("input[name=inFavour]").FillAsync("13");
        await form.Locator("input[name=abstaining]").FillAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record adoption" }).ClickAsync();
        await Expect(secretary.Locator("#stage")).ToHaveTextAsync("Adopted");
        await Expect(stages).ToContainTextAsync("9490th meeting, 1 December 2023, 13 votes to 0, with 2 abstentions");
        await Expect(stages.Locator("[data-stage-to]")).ToHaveCountAsync(0);

        var penholder = await world.OpenResolutionAsync("penholder");
        await Expect(penholder.Locator("#stage")).ToHaveTextAsync("Adopted");
        await Expect(penholder.Locator("#stages")).ToContainTextAsync("9490th meeting");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_penholder_may_withdraw_a_draft()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var penholder = await world.OpenResolutionAsync("penholder");
        await Expect(penholder.Locator("#stages [data-stage-to=withdrawn]")).ToHaveTextAsync("Withdraw the draft");
        await Expect(penholder.Locator("#stages [data-stage-to=inBlue]")).ToBeVisibleAsync();
    }
}
