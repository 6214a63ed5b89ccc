using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>The resolutions list, import and export as a signed-in person uses them.</summary>
public class ResolutionsPageTests
{
    [Fact]
    public async Task Import_of_bad_text_shows_the_error_with_its_line_number()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await Expect(page.Locator("#resolutions a")).ToHaveCountAsync(1);
        var huge = "*Recalling* " + new string('x', 30_000) + ",";
        await page.FillAsync("#import-text", $"The Security Council,\n\n*Noting* it,\n\n{huge}\n");
        await page.ClickAsync("#import input[type=submit]");
        await Expect(page.Locator("#import-error")).ToContainTextAsync("Line 5");
        world.AssertNoConsoleErrors("status of 400");
    }

    [Fact]
    public async Task Import_of_a_pasted_draft_opens_it_and_new_resolution_starts_empty()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await page.FillAsync("#import-text", "The Security Council,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n");
        await page.ClickAsync("#import input[type=submit]");
        await page.WaitForURLAsync("**/resolutions/*");
        await DraftingBrowser.WaitConnectedAsync(page);
        await Expect(page.Locator(".op .number")).ToHaveTextAsync("1.");
        await Expect(page.Locator(".pp .opening")).ToHaveTextAsync("Recalling");

        // The pen-holder of the new draft adds a paragraph before it; the numbers follow.
        await page.ClickAsync(".op .clause-text");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert after" }).ClickAsync();
        await Expect(page.Locator(".op .number")).ToHaveTextAsync(["1.", "2."]);
        await page.Keyboard.TypeAsync("Requests a report;");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".op .clause-text").Nth(1)).ToHaveTextAsync("Requests a report;");

        await page.Locator(".op .clause-text").Nth(0).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move OP 1 down" }).ClickAsync();
        await Expect(page.Locator(".op").Nth(0)).ToContainTextAsync("Requests a report;");
        await Expect(page.Locator(".op").Nth(1).Locator(".number")).ToHaveTextAsync("2.");
        await Expect(page.Locator(".op").Nth(1).Locator("textarea")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Decides"));

        await page.GotoAsync("/");
        await page.FillAsync("#organ", "General Assembly");
        await page.ClickAsync("#create input[type=submit]");
        await page.WaitForURLAsync("**/resolutions/*");
        await DraftingBrowser.WaitConnectedAsync(page);
        await Expect(page.Locator("article .organ")).ToHaveTextAsync("General Assembly");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_pasted_text_with_a_heading_and_a_footnote_shows_both_as_printed()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await page.FillAsync("#import-text",
            "The Security Council,\n\n*Recalling* its resolution 2231 (2015)[^1],\n\n1. *Decides* to renew the mandate;\n\n### Assets freeze\n\n" +
            "2. *Decides* that all States shall freeze the funds;\n\n[^1]: See S/RES/2231 (2015), annex.\n");
        await page.ClickAsync("#import input[type=submit]");
        await page.WaitForURLAsync("**/resolutions/*");
        await DraftingBrowser.WaitConnectedAsync(page);

        // The heading stands between OP 1 and OP 2, whose numbering runs on across it.
        await Expect(page.Locator("article .op-heading")).ToHaveTextAsync("Assets freeze");
        await Expect(page.Locator("article .op .number")).ToHaveTextAsync(["1.", "2."]);
        Assert.True(await page.Locator("article .op").Nth(1).EvaluateAsync<bool>("op => op.previousElementSibling?.classList.contains('op-heading')"));

        // The marker sits where it was in the text, the note at the foot of the document.
        await Expect(page.Locator("article .pp .note-ref")).ToHaveTextAsync("1");
        await Expect(page.Locator("article .pp .clause-text")).ToHaveTextAsync("Recalling its resolution 2231 (2015)1,");
        await Expect(page.Locator("article .footnotes li#note-1")).ToHaveTextAsync("See S/RES/2231 (2015), annex.");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Export_downloads_markdown_and_word_once_the_server_has_it()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.OpenResolutionAsync("drafter");

        var markdown = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=md]"));
        Assert.EndsWith(".md", markdown.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Security Council", await File.ReadAllTextAsync(await markdown.PathAsync()), StringComparison.Ordinal);

        var hasWord = (await world.Scenario.Clients["drafter"].GetAsync(world.Scenario.Path("/export/docx"))).StatusCode != HttpStatusCode.NotFound;
        if (hasWord)
        {
            var word = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=docx]:not([data-variant])"));
            Assert.EndsWith(".docx", word.SuggestedFilename, StringComparison.Ordinal);
            world.AssertNoConsoleErrors();
        }
        else
        {
            await page.ClickAsync("[data-export=docx]:not([data-variant])");
            await Expect(page.Locator("#export .error")).ToContainTextAsync("not available");
            world.AssertNoConsoleErrors("status of 404");
        }
    }
}
