using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>Negotiating in the page: proposals mode, the compilation text, clause history and the silence procedure.</summary>
public class NegotiationTests
{
    /// <summary>Where to leave pictures of the views for a person to look at: DRAFTING_SCREENSHOTS when set, else none.</summary>
    private static readonly string? Folder = Environment.GetEnvironmentVariable("DRAFTING_SCREENSHOTS") is { Length: > 0 } configured ? Path.GetFullPath(configured) : null;

    private static async Task ScreenshotAsync(IPage page, string name, ILocator? shown = null)
    {
        if (Folder is null)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.Mouse.MoveAsync(0, 0);
        if (shown is not null)
        {
            await shown.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name) });
    }

    [Fact]
    public async Task A_drafters_proposal_is_accepted_live_from_the_compilation_text_and_its_history_names_the_delegation()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var penholder = await world.OpenResolutionAsync("penholder");
        var drafter = await world.OpenResolutionAsync("drafter");
        var observer = await world.OpenResolutionAsync("observer");
        var clauseId = world.Scenario.ClauseId("operative", 1);
        var original = world.Scenario.Resolution.GetProperty("operative")[1].GetProperty("text").GetString()!;
        Assert.Contains("to fulfil their obligations", original, StringComparison.Ordinal);
        var proposed = original.Replace("to fulfil their obligations", "to honour their obligations", StringComparison.Ordinal);

        // The pen-holder switches to proposals; everyone's badge follows live.
        await Expect(drafter.Locator("#mode")).ToHaveTextAsync("Open editing");
        await penholder.GetByRole(AriaRole.Button, new() { Name = "Switch to proposals only" }).ClickAsync();
        foreach (var page in new[] { penholder, drafter, observer })
        {
            await Expect(page.Locator("#mode")).ToHaveTextAsync("Proposals only");
        }

        await Expect(penholder.GetByRole(AriaRole.Button, new() { Name = "Switch to open editing" })).ToBeVisibleAsync();
        await penholder.GetByRole(AriaRole.Button, new() { Name = "Compilation" }).ClickAsync();

        // Ghana opens OP 2: the same textarea, in propose form; nothing is sent while typing.
        await world.ClauseText(drafter, "operative", 1).ClickAsync();
        var editor = drafter.Locator($"[data-editor-of=\"{clauseId}\"]");
        await Expect(editor).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("proposing"));
        await editor.GetByRole(AriaRole.Textbox, new() { Name = "Proposed text of OP 2" }).FillAsync(proposed);
        var status = editor.Locator(".editor-status");
        await Expect(status).ToHaveTextAsync("Not sent: press Done to propose it");
        await editor.GetByLabel("Rationale for the proposal on OP 2 (optional)").FillAsync("Host states **honour** what they signed.");
        await ScreenshotAsync(drafter, "negotiation-drafter-proposing.png", editor);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        // "Proposed" shows for a moment before the editor closes; the stored proposal is what matters.
        await Expect(editor).ToHaveCountAsync(0);
        var stored = await world.Scenario.Penholder.GetFromJsonAsync<JsonElement>(world.Scenario.Path("/proposals?status=open"));
        Assert.Equal(proposed, Assert.Single(stored.EnumerateArray()).GetProperty("text").GetString());
        await Expect(world.ClauseText(drafter, "operative", 1)).ToHaveTextAsync(original);
        Assert.Equal(original, (await world.Scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString());

        // The pen-holder sees it live, after OP 2, tagged with Ghana, as a word diff with the rationale.
        var inline = penholder.Locator($"article .compilation[data-proposals-for=\"{clauseId}\"] .proposal");
        await Expect(inline).ToHaveCountAsync(1);
        await Expect(inline.Locator(".proposal-tag")).ToHaveTextAsync("[Ghana: replace]");
        await Expect(inline.Locator("ins")).ToHaveTextAsync("honour");
        await Expect(inline.Locator("del")).ToHaveTextAsync("fulfil");
        await Expect(inline.Locator(".rationale strong")).ToHaveTextAsync("honour");
        await Expect(penholder.Locator("#proposals .proposal")).ToHaveCountAsync(1);
        await Expect(penholder.Locator("#proposals h2")).ToContainTextAsync("1 open");
        await ScreenshotAsync(penholder, "negotiation-penholder-compilation.png", inline);

        await inline.GetByRole(AriaRole.Button, new() { Name = "Accept Ghana's proposal on OP 2" }).ClickAsync();
        await Expect(inline).ToHaveCountAsync(0);
        await Expect(world.ClauseText(penholder, "operative", 1)).ToHaveTextAsync(proposed);

        // Ghana's own page, which holds the answer to its proposal, takes the later acceptance too.
        await Expect(drafter.Locator("#proposals h2")).ToContainTextAsync("0 open");

        // The observer sees the new text live, and in its history that Ghana proposed it and France accepted it.
        await Expect(world.ClauseText(observer, "operative", 1)).ToHaveTextAsync(proposed);
        await world.ClauseText(observer, "operative", 1).ClickAsync();
        await Expect(observer.Locator("#history-clause")).ToHaveValueAsync(clauseId);
        await observer.Locator("#history").GetByRole(AriaRole.Button, new() { Name = "Show history" }).ClickAsync();
        var latest = observer.Locator("#history .version").First;
        await Expect(latest).ToContainTextAsync("proposed by Ghana, accepted by France");
        await Expect(latest.Locator("ins")).ToHaveTextAsync("honour");
        await Expect(observer.Locator("#history-clause")).ToHaveValueAsync(clauseId);
        await ScreenshotAsync(observer, "negotiation-observer-history.png", world.ClauseText(observer, "operative", 1));

        var decided = await world.Scenario.Penholder.GetFromJsonAsync<JsonElement>(world.Scenario.Path("/proposals"), TestContext.Current.CancellationToken);
        Assert.Equal("accepted", decided[0].GetProperty("status").GetString());
        Assert.Equal(proposed, (await world.Scenario.CurrentAsync()).GetProperty("operative")[1].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_penholder_starts_a_silence_in_New_York_time_a_drafter_breaks_it_and_the_penholder_reads_the_statement_live()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var published = await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path("/revisions"), new { label = "Rev.1" }, TestContext.Current.CancellationToken);
        published.EnsureSuccessStatusCode();
        var penholder = await world.OpenResolutionAsync("penholder");
        var drafter = await world.OpenResolutionAsync("drafter");
        var silence = penholder.Locator("#silence");
        var theirs = drafter.Locator("#silence");

        await Expect(silence.Locator(".silence-state")).ToHaveTextAsync("No silence procedure.");
        await Expect(theirs.GetByRole(AriaRole.Button, new() { Name = "Break silence" })).ToHaveCountAsync(0);
        await Expect(silence.Locator(".silence-start")).ToContainTextAsync("Rev.1");
        await silence.Locator("#silence-time").FillAsync("12:00");
        await Expect(silence.Locator(".silence-start")).ToContainTextAsync("12:00 New York time");
        var date = await silence.Locator("#silence-date").InputValueAsync();
        await silence.GetByRole(AriaRole.Button, new() { Name = "Start silence" }).ClickAsync();

        await Expect(silence.Locator(".silence-state")).ToHaveTextAsync("Under silence on Rev.1.");
        await Expect(silence.Locator(".countdown")).ToContainTextAsync(" s left");
        await Expect(silence.GetByRole(AriaRole.Button, new() { Name = "Withdraw silence" })).ToBeVisibleAsync();
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var expected = TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse($"{date}T12:00:00", System.Globalization.CultureInfo.InvariantCulture), newYork);
        var stored = await world.Scenario.Penholder.GetFromJsonAsync<JsonElement>(world.Scenario.Path("/silence"), TestContext.Current.CancellationToken);
        Assert.Equal("running", stored.GetProperty("status").GetString());
        Assert.Equal(expected, DateTimeOffset.Parse(stored.GetProperty("until").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);

        // The drafter's page follows live, with the countdown, and breaks the silence with a statement.
        await Expect(theirs.Locator(".silence-state")).ToHaveTextAsync("Under silence on Rev.1.");
        await Expect(theirs.Locator(".countdown")).ToContainTextAsync(" s left");
        await Expect(theirs.Locator(".silence-deadline")).ToContainTextAsync("New York time");
        await ScreenshotAsync(drafter, "negotiation-silence-running.png");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Break silence" }).ClickAsync();
        await theirs.GetByLabel("Statement of Ghana (all participants read it)").FillAsync("Ghana cannot join consensus on OP 2 as drafted.");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Send statement" }).ClickAsync();
        await Expect(theirs.Locator(".silence-state")).ToContainTextAsync("Silence broken");

        await Expect(silence.Locator(".silence-state")).ToContainTextAsync("Silence broken");
        await Expect(silence.Locator(".statement")).ToContainTextAsync("Ghana");
        await Expect(silence.Locator(".statement")).ToContainTextAsync("Ghana cannot join consensus on OP 2 as drafted.");
        await Expect(silence.Locator(".countdown")).ToBeHiddenAsync();
        await ScreenshotAsync(penholder, "negotiation-silence-broken.png");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Two_silences_stay_in_the_record_of_the_page_and_in_its_history_with_the_statement_that_broke_the_first()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var scenario = world.Scenario;
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/silence"), new { revision = 0, until = DateTimeOffset.UtcNow.AddHours(3) }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/silence/break"), new { statement = "Ghana cannot join consensus on OP 2 as drafted." }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.2" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var observer = await world.OpenResolutionAsync("observer");
        var record = observer.Locator("#silence-record");

        // The second silence starts while the observer watches: the first one, and Ghana's statement, stay on the page.
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/silence"), new { revision = 1, until = DateTimeOffset.UtcNow.AddHours(3) }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Expect(observer.Locator("#silence .silence-state")).ToHaveTextAsync("Under silence on Rev.2.");
        await Expect(record.Locator("summary")).ToHaveTextAsync("Record of silences (2)");
        await record.Locator("summary").ClickAsync();
        var entries = record.Locator(".silence-entry");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.Nth(0)).ToContainTextAsync("Rev.2");
        await Expect(entries.Nth(0)).ToContainTextAsync("running");
        await Expect(entries.Nth(1)).ToContainTextAsync("Rev.1");
        await Expect(entries.Nth(1)).ToContainTextAsync("broken");
        await Expect(entries.Nth(1).Locator(".record-statement")).ToContainTextAsync("Ghana cannot join consensus on OP 2 as drafted.");

        // The resolution's history (the revisions list) carries each revision's silences too, the second one live.
        var history = observer.Locator("#revisions ol.revisions > li");
        await Expect(history.Nth(0).Locator(".silence-entry")).ToContainTextAsync("broken");
        await Expect(history.Nth(0).Locator(".record-statement")).ToContainTextAsync("Ghana cannot join consensus on OP 2 as drafted.");
        await Expect(history.Nth(1).Locator(".silence-entry")).ToContainTextAsync("running");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task When_the_silence_passes_the_page_says_the_text_is_agreed_and_the_penholder_puts_it_in_blue()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var published = await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path("/revisions"), new { label = "Rev.1" }, TestContext.Current.CancellationToken);
        published.EnsureSuccessStatusCode();
        var revision = (await published.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("number").GetInt32();
        var started = await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path("/silence"), new { revision, until = DateTimeOffset.UtcNow.AddSeconds(6), opId = "silence-1" }, TestContext.Current.CancellationToken);
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var penholder = await world.OpenResolutionAsync("penholder");
        var silence = penholder.Locator("#silence");

        await Expect(silence.Locator(".silence-state")).ToContainTextAsync("Silence passed: the text is agreed");
        await silence.GetByRole(AriaRole.Button, new() { Name = "Put the draft in blue" }).ClickAsync();
        await Expect(penholder.Locator("#stage")).ToHaveTextAsync("In blue");
        await Expect(silence.GetByRole(AriaRole.Button, new() { Name = "Put the draft in blue" })).ToHaveCountAsync(0);
        world.AssertNoConsoleErrors();
    }
}
