using System.Net.Http.Json;
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
    public async Task Import_warnings_stay_on_the_page_with_their_line_numbers_until_dismissed_and_a_second_import_offers_the_existing_draft()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await Expect(page.Locator("#resolutions a")).ToHaveCountAsync(1);
        var draft = "**Symbol:** S/2026/200\n\n" + await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-000-regional-partnerships.md"));

        var created = await ImportAsync(page, draft);
        var warnings = created.GetProperty("warnings").EnumerateArray().ToList();
        Assert.NotEmpty(warnings);
        var report = page.Locator("#import-report");
        await Expect(report.Locator("h2")).ToHaveTextAsync($"Imported S/2026/200: {warnings.Count} thing{(warnings.Count == 1 ? "" : "s")} to check");
        await Expect(report.Locator(".import-warnings li")).ToHaveTextAsync(warnings
            .Select(w => (w.GetProperty("line").GetInt32() > 0 ? $"Line {w.GetProperty("line").GetInt32()}: " : "") + w.GetProperty("message").GetString())
            .ToArray());
        await Expect(report.Locator(".same-symbol")).ToHaveCountAsync(0);
        await Expect(page.Locator("#resolutions a")).ToHaveCountAsync(2);

        // It lasts: through a reload and a visit to the new draft, until dismissed.
        await page.ReloadAsync();
        await Expect(report.Locator(".import-warnings li")).ToHaveCountAsync(warnings.Count);
        await report.GetByRole(AriaRole.Link, new() { Name = "Open the new draft" }).ClickAsync();
        await page.WaitForURLAsync($"**/resolutions/{created.GetProperty("id").GetString()}", new() { WaitUntil = WaitUntilState.Commit });
        await DraftingBrowser.WaitConnectedAsync(page);
        await page.GoBackAsync();
        await Expect(report.Locator(".import-warnings li")).ToHaveCountAsync(warnings.Count);
        await report.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Expect(report).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("#resolutions a")).ToHaveCountAsync(2);
        await Expect(report).ToBeHiddenAsync();

        // The same draft again: the page says a draft under that symbol exists and opens it.
        await ImportAsync(page, draft);
        var same = report.Locator(".same-symbol");
        await Expect(same).ToContainTextAsync("You already have a draft with the symbol S/2026/200");
        await Screenshots.OfAsync(report, "import-report.png");
        await same.GetByRole(AriaRole.Link, new() { Name = "Open the existing draft" }).ClickAsync();
        await page.WaitForURLAsync($"**/resolutions/{created.GetProperty("id").GetString()}", new() { WaitUntil = WaitUntilState.Commit });
        await DraftingBrowser.WaitConnectedAsync(page);
        await Expect(page.Locator("#heading")).ToHaveTextAsync("S/2026/200");
        world.AssertNoConsoleErrors();
    }

    /// <summary>Pastes <paramref name="draft"/> and imports it, returning the server's answer as the page received it.</summary>
    private static async Task<System.Text.Json.JsonElement> ImportAsync(IPage page, string draft)
    {
        await page.FillAsync("#import-text", draft);
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#import input[type=submit]"), r => r.Url.EndsWith("/api/resolutions/import", StringComparison.Ordinal));
        Assert.Equal((int)HttpStatusCode.Created, response.Status);
        return System.Text.Json.JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task On_a_phone_the_list_stacks_each_resolution_under_its_name_with_labelled_values_and_nothing_to_scroll_sideways()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter", DraftingBrowser.Phone);
        var row = page.Locator("#resolutions tr");
        await Expect(row).ToHaveCountAsync(1);

        var layout = await row.EvaluateAsync<double[]>(
            """
            row => {
              const [name, , , role] = row.cells;
              const table = row.closest('.scroll');
              return [name.getBoundingClientRect().width, row.getBoundingClientRect().width,
                      role.getBoundingClientRect().top - name.getBoundingClientRect().bottom,
                      table.scrollWidth - table.clientWidth, document.querySelector('.resolutions-table thead').getBoundingClientRect().height];
            }
            """);
        Assert.True(layout[0] >= layout[1] - 1, $"The name takes {layout[0]} of the row's {layout[1]} px: it should have a line of its own.");
        Assert.True(layout[2] >= 0, "The role should stand below the name.");
        Assert.True(layout[3] <= 0, "The list scrolls sideways inside its card.");
        Assert.True(layout[4] <= 1, "The column headings should give way to labels on a phone.");
        // The label comes from the stylesheet, which a busy machine may apply after the row is drawn: wait for it.
        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector(\"#resolutions tr td[data-label='Your role']\"), '::before').content === '\"Your role: \"'");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The phone list scrolls sideways.");
    }

    [Fact]
    public async Task Import_of_a_pasted_draft_opens_it_and_new_resolution_starts_empty()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await page.FillAsync("#import-text", "The Security Council,\n\n*Recalling* its resolutions,\n\n1. *Decides* to remain seized of the matter.\n");
        await page.ClickAsync("#import input[type=submit]");
        await page.WaitForURLAsync("**/resolutions/*", new() { WaitUntil = WaitUntilState.Commit });
        await DraftingBrowser.WaitConnectedAsync(page);
        await Expect(page.Locator(".op .number")).ToHaveTextAsync("1.");
        await Expect(page.Locator(".pp .opening")).ToHaveTextAsync("Recalling");

        // The pen-holder of the new draft adds a paragraph before it; the numbers follow.
        await page.ClickAsync(".op .clause-text");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert after" }).ClickAsync();
        await Expect(page.Locator(".op .number")).ToHaveTextAsync(["1.", "2."]);
        // Type only once the new paragraph's editor has the focus: on a loaded machine the keys otherwise land before it opens.
        await Expect(page.Locator(".op").Nth(1).Locator("textarea")).ToBeFocusedAsync();
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
        await page.WaitForURLAsync("**/resolutions/*", new() { WaitUntil = WaitUntilState.Commit });
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
        await page.WaitForURLAsync("**/resolutions/*", new() { WaitUntil = WaitUntilState.Commit });
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
    public async Task Export_saves_each_format_and_the_changes_since_a_revision_chosen_by_its_label()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.OpenResolutionAsync("drafter");

        var markdown = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=md]"));
        Assert.EndsWith(".md", markdown.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("Security Council", await File.ReadAllTextAsync(await markdown.PathAsync()), StringComparison.Ordinal);
        await Expect(page.Locator("#export [role=status]")).ToHaveTextAsync($"Saved {markdown.SuggestedFilename}.");
        var word = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=docx]:not([data-variant])"));
        Assert.EndsWith(".docx", word.SuggestedFilename, StringComparison.Ordinal);

        // Nothing published yet: no comparison is offered. The secretary publishes the zero draft; Ghana edits.
        await Expect(page.Locator("#compare-to")).ToBeDisabledAsync();
        var scenario = world.Scenario;
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Zero draft" })).EnsureSuccessStatusCode();
        var clause = scenario.ClauseId("operative", 0);
        var text = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        (await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = text.TrimEnd(';', '.') + ", with urgency;", baseVersion = 1, opId = "export-edit" })).EnsureSuccessStatusCode();

        await Expect(page.Locator("#compare-to option[value='0']")).ToHaveTextAsync("Zero draft (zero draft)");
        await Expect(page.Locator("#compare-to")).ToBeEnabledAsync();
        var tracked = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=docx][data-variant=tracked]"));
        Assert.EndsWith(".docx", tracked.SuggestedFilename, StringComparison.Ordinal);
        var html = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=html][data-variant=tracked]"));
        Assert.Contains("<ins", await File.ReadAllTextAsync(await html.PathAsync()), StringComparison.Ordinal);
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Export_of_an_earlier_published_revision_gives_that_text_under_its_own_name()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.OpenResolutionAsync("drafter");
        var scenario = world.Scenario;
        var clause = scenario.ClauseId("operative", 0);
        var text = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Zero draft" })).EnsureSuccessStatusCode();
        (await scenario.Clients["drafter"].PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = text.TrimEnd(';', '.') + ", with urgency;", baseVersion = 1, opId = "revision-export-edit" })).EnsureSuccessStatusCode();
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();

        // Both revisions are offered live, newest first after the current text.
        await Expect(page.Locator("#export-revision option")).ToHaveTextAsync(["the current text", "Rev.1, as published", "Zero draft (zero draft), as published"]);
        await page.Locator("#export-revision").SelectOptionAsync("0");
        await Screenshots.OfAsync(page.Locator("#export"), "export-revision-picker.png");
        var zero = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=md]"));
        var zeroText = await File.ReadAllTextAsync(await zero.PathAsync());
        Assert.DoesNotContain("with urgency", zeroText, StringComparison.Ordinal);
        // The end of the paragraph as it was (its opening phrase is set in italics in Markdown).
        Assert.Contains(text.TrimEnd(';', '.')[^25..] + ";", zeroText, StringComparison.Ordinal);

        await page.Locator("#export-revision").SelectOptionAsync("");
        var current = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=md]"));
        Assert.Contains("with urgency", await File.ReadAllTextAsync(await current.PathAsync()), StringComparison.Ordinal);
        Assert.NotEqual(zero.SuggestedFilename, current.SuggestedFilename);
        await Expect(page.Locator("#export [role=status]")).ToHaveTextAsync($"Saved {current.SuggestedFilename}.");
        world.AssertNoConsoleErrors();
    }
}
