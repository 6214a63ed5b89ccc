using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// One negotiation's files on a delegation's desktop: the draft is named in the page, and the zero draft, the
/// compilation, Rev.1 and Rev.1 with changes download under four distinct names, each saying on page 1 what it is.
/// People to add are found by what one types. <c>DRAFTING_DOWNLOADS=/some/folder</c> keeps the four files for a look.
/// </summary>
public class FileIdentityJourneyTests
{
    [Fact]
    public async Task The_files_of_one_negotiation_have_distinct_names_and_say_what_they_are()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var secretary = await world.OpenResolutionAsync("secretary");
        await Expect(secretary.Locator("#revision")).ToHaveTextAsync("Zero draft (not yet published)");

        // The secretary names the draft in the page; the drafter's page follows live.
        await Expect(drafter.Locator("#name-draft")).ToHaveCountAsync(0);
        await secretary.ClickAsync("#name-draft");
        await secretary.FillAsync("#name-symbol", "S/2026/118-bad");
        await secretary.ClickAsync("text=Save names");
        await Expect(secretary.Locator(".naming-dialog .error")).ToContainTextAsync("symbol:");
        await Expect(secretary.Locator("#name-symbol")).ToBeFocusedAsync();
        await secretary.FillAsync("#name-symbol", "S/2026/118");
        await secretary.FillAsync("#name-session", "Eighty-first year");
        await secretary.FillAsync("#name-agendaItems", "The situation in the Middle East");
        await secretary.ClickAsync("text=Save names");
        await Expect(secretary.Locator(".naming-dialog")).Not.ToBeVisibleAsync();
        await Expect(drafter.Locator("#heading")).ToHaveTextAsync("S/2026/118");
        await Expect(drafter.Locator("article .masthead .symbol")).ToHaveTextAsync("S/2026/118");
        await Expect(drafter.Locator("#masthead-lines")).ToContainTextAsync("Agenda item The situation in the Middle East");

        // The zero draft, published and downloaded.
        (await world.Scenario.Clients["secretary"].PostAsJsonAsync(world.Scenario.Path("/revisions"), new { }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Expect(secretary.Locator("#revision")).ToHaveTextAsync("Zero draft");
        var zero = await DownloadAsync(secretary, "[data-export=docx]:not([data-variant])");

        // Ghana proposes; the compilation of proposals, downloaded from the Proposals panel.
        var clause = world.Scenario.ClauseId("operative", 1);
        var proposal = await (await world.Scenario.Clients["drafter"].PostAsJsonAsync(world.Scenario.Path("/proposals"),
            new { kind = "replace", clauseId = clause, text = "Requests the Secretary-General to report every month;", baseVersion = 1 }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        await Expect(secretary.Locator("#proposals h2")).ToContainTextAsync("1 open");
        var compilation = await DownloadAsync(secretary, "[data-export=compilation-docx]");

        // Accepted, then Rev.1: the clean text and the text with the changes since the zero draft.
        (await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path($"/proposals/{proposal.GetProperty("id").GetString()}/accept"), new { }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await world.Scenario.Clients["secretary"].PostAsJsonAsync(world.Scenario.Path("/revisions"), new { }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Expect(secretary.Locator("#revision")).ToHaveTextAsync("Rev.1");
        var rev1 = await DownloadAsync(secretary, "[data-export=docx]:not([data-variant])");
        await Expect(secretary.Locator("#export [role=status]")).ToHaveTextAsync("Saved S-2026-118-Rev.1.docx.");
        await Screenshots.OfAsync(secretary.Locator("header.bar"), "masthead-revision.png");
        await Screenshots.OfAsync(secretary.Locator("#export"), "export-file-name.png");
        await secretary.Locator("#compare-to").SelectOptionAsync("0");
        var changes = await DownloadAsync(secretary, "[data-export=docx][data-variant=tracked]");

        Assert.Equal("S-2026-118-zero-draft.docx", zero.Name);
        Assert.Matches(@"^S-2026-118-compilation-\d{4}-\d{2}-\d{2}-\d{4}\.docx$", compilation.Name);
        Assert.Equal("S-2026-118-Rev.1.docx", rev1.Name);
        Assert.Equal("S-2026-118-Rev.1-changes-since-zero-draft.docx", changes.Name);
        Assert.Equal(4, new[] { zero.Name, compilation.Name, rev1.Name, changes.Name }.Distinct().Count());

        // Page 1 says what each file is, under the masthead with the session and agenda item.
        Assert.Contains("Zero draft", zero.File.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet published", zero.File.Text, StringComparison.Ordinal);
        Assert.Contains("Compilation of proposals as of", compilation.File.Text, StringComparison.Ordinal);
        Assert.Contains("(New York)", compilation.File.Text, StringComparison.Ordinal);
        Assert.Contains("Rev.1", rev1.File.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Changes since", rev1.File.Text, StringComparison.Ordinal);
        Assert.Contains("Changes since the zero draft shown as tracked changes", changes.File.Text, StringComparison.Ordinal);
        foreach (var file in new[] { zero, compilation, rev1, changes })
        {
            Assert.Contains("Eighty-first year", file.File.Text, StringComparison.Ordinal);
            Assert.Contains("Agenda item The situation in the Middle East", file.File.Text, StringComparison.Ordinal);
        }

        // An observer exports the text she reads, under the same name.
        var observer = await world.OpenResolutionAsync("observer");
        var observers = await DownloadAsync(observer, "[data-export=docx]:not([data-variant])");
        Assert.Equal("S-2026-118-Rev.1.docx", observers.Name);
        // The one refused symbol is the browser's only complaint.
        world.AssertNoConsoleErrors("400 (Bad Request)");
    }

    [Fact]
    public async Task The_names_history_shows_who_named_the_draft_when_and_from_what_to_what_live()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var history = drafter.Locator("#naming-history");
        await Expect(history).ToContainTextAsync("Not named yet");

        (await world.Scenario.Clients["secretary"].PatchAsJsonAsync(world.Scenario.Path(), new { symbol = "S/2026/118", title = "Middle East" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Expect(history.Locator(".naming-changes > li")).ToHaveCountAsync(1);
        (await world.Scenario.Penholder.PatchAsJsonAsync(world.Scenario.Path(), new { symbol = "S/2026/119" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        // Newest first, each with who and what changed, from what to what; only the fields that changed.
        var entries = history.Locator(".naming-changes > li");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0)).ToContainTextAsync("(France)");
        await Expect(entries.Nth(0).Locator("[data-field=symbol]")).ToHaveTextAsync("Symbol: S/2026/118 → S/2026/119");
        await Expect(entries.Nth(0).Locator("[data-field=title]")).ToHaveCountAsync(0);
        await Expect(entries.Nth(1)).ToContainTextAsync("(Secretariat)");
        await Expect(entries.Nth(1).Locator("[data-field=symbol]")).ToHaveTextAsync("Symbol: — → S/2026/118");
        await Expect(entries.Nth(1).Locator("[data-field=title]")).ToHaveTextAsync("Title: — → Middle East");
        await Expect(entries.Nth(0).Locator("time")).Not.ToBeEmptyAsync();
        await drafter.ClickAsync(".panel-tabs [data-tab=revisions]");
        await Screenshots.OfAsync(drafter.Locator("#revisions"), "naming-history.png");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_pen_holder_finds_people_to_add_by_name_user_name_or_organization_as_she_types()
    {
        await using var world = await DraftingBrowser.StartAsync();
        using (var admin = await world.Server.App.AdminAsync())
        {
            (await admin.PostAsJsonAsync("/api/users", new { userName = "nordmann", password = "nordmann-password-123", displayName = "Kari Nordmann", organization = "Norway" }, TestContext.Current.CancellationToken))
                .EnsureSuccessStatusCode();
        }

        var penholder = await world.OpenResolutionAsync("penholder");
        await penholder.WaitForSelectorAsync("body[data-ready=true]");
        var input = penholder.Locator("#participant-name");
        await input.PressSequentiallyAsync("norw");
        var option = penholder.Locator("#participant-candidates [role=option][data-user-name=nordmann]");
        await Expect(option).ToContainTextAsync("Kari Nordmann (Norway)");
        await option.ClickAsync();
        await Expect(input).ToHaveValueAsync("nordmann");
        await penholder.Locator("form.add-participant").GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(penholder.Locator("li[data-participant=nordmann]")).ToContainTextAsync("Kari Nordmann (Norway)");

        // By display name too, with the role of one who takes part already (once the form is cleared for the next name).
        await Expect(input).ToHaveValueAsync("");
        await input.PressSequentiallyAsync("kari");
        await Expect(penholder.Locator("#participant-candidates [role=option][data-user-name=nordmann]")).ToContainTextAsync("already drafter");

        // A drafter is offered no form, and the server lists no accounts to her.
        var drafter = await world.OpenResolutionAsync("drafter");
        await drafter.WaitForSelectorAsync("body[data-ready=true]");
        await Expect(drafter.Locator("#participant-name")).ToHaveCountAsync(0);
        world.AssertNoConsoleErrors();
    }

    private static async Task<(string Name, DownloadedWordFile File)> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        var file = await DownloadedWordFile.OpenAsync(download);
        if (Environment.GetEnvironmentVariable("DRAFTING_DOWNLOADS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await download.SaveAsAsync(Path.Combine(folder, download.SuggestedFilename));
        }

        return (download.SuggestedFilename, file);
    }
}
