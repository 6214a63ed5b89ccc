using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// An adopted text takes no more business: for every role the page offers no control the server would refuse, the
/// editor does not open, and a proposal left open shows that adoption closed it.
/// </summary>
public class FinalTextJourneyTests
{
    /// <summary>Controls of a text still under negotiation, none of which an adopted text may offer.</summary>
    private static readonly string[] Business =
    [
        "Add preambular paragraph", "Add operative paragraph", "Edit sponsors", "Start silence", "Break silence", "Withdraw silence",
        "Switch to proposals only", "Switch to open editing", "Accept", "Accept as modified", "Reject", "Support", "Withdraw",
    ];

    [Fact]
    public async Task On_an_adopted_text_no_role_finds_a_control_that_answers_a_refusal()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var scenario = world.Scenario;
        (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"),
            new { kind = "replace", clauseId = scenario.ClauseId("operative", 0), text = "Decides to act at once;", baseVersion = 1 }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        // The pen-holder's page is open when the draft is adopted: it rebuilds its controls from the new permissions.
        var penholder = await world.OpenResolutionAsync("penholder");
        await Expect(penholder.GetByRole(AriaRole.Button, new() { Name = "Edit sponsors" })).ToBeVisibleAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "adopted" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Expect(penholder.Locator("#stage")).ToHaveTextAsync("Adopted");
        await DraftingBrowser.WaitConnectedAsync(penholder);

        var pages = new List<(string Role, IPage Page)> { ("penholder", penholder) };
        foreach (var role in new[] { "drafter", "observer", "secretary" })
        {
            pages.Add((role, await world.OpenResolutionAsync(role)));
        }

        foreach (var (role, page) in pages)
        {
            // The adopted layout, as in the exports: the adoption line where the draft had its sponsor line.
            await Expect(page.Locator("#adoption-line")).ToContainTextAsync("Adopted by the Security Council");
            await Expect(page.Locator("#sponsor-line")).ToHaveCountAsync(0);
            await Expect(page.Locator(".proposal[data-status=closed]")).ToHaveCountAsync(1);
            await Expect(page.Locator(".proposal .decision")).ToContainTextAsync("The resolution was adopted.");
            foreach (var control in Business)
            {
                var offered = await page.GetByRole(AriaRole.Button, new() { Name = control, Exact = true }).CountAsync();
                Assert.True(offered == 0, $"The {role} is offered \u201C{control}\u201D on an adopted text.");
            }

            await world.ClauseText(page, "operative", 1).ClickAsync();
            await Expect(page.Locator("textarea.clause-input")).ToHaveCountAsync(0);
            Assert.True(await page.Locator("#silence .silence-start").CountAsync() == 0, $"{role} is offered to start a silence.");
        }

        world.AssertNoConsoleErrors();
    }
}
