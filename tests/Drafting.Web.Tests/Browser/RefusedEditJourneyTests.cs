using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// A drafter types while someone else takes the pen from her (the draft goes into blue, her role changes): the page
/// says why her words were not saved and keeps them for her to copy, and never claims it is still saving them.
/// </summary>
public class RefusedEditJourneyTests
{
    [Fact]
    public async Task A_drafter_typing_when_the_secretary_puts_the_draft_in_blue_is_told_why_and_keeps_her_unsent_text_to_copy()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var secretary = await world.OpenResolutionAsync("secretary");
        var (editor, box, saved) = await OpenAndSaveAsync(world, drafter, " Typed before the blue.");

        await secretary.Locator("#stages [data-stage-to=inBlue]").ClickAsync();
        await Expect(drafter.Locator("#stage")).ToHaveTextAsync("In blue");
        var unsent = saved + " And typed after it.";
        // One input event, as a paste: keys typed one by one after the refusal would land in a box that no longer takes them.
        await box.FillAsync(unsent);

        await AssertRefusedAndKeptAsync(drafter, editor, box, unsent, "The draft is in blue: its text is frozen");
        await AssertDiscardedAsync(world, drafter, editor, saved);
        Assert.Equal(saved, (await world.Scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_drafter_made_an_observer_while_she_types_is_told_why_and_keeps_her_unsent_text_to_copy()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var penholder = await world.OpenResolutionAsync("penholder");
        var (editor, box, saved) = await OpenAndSaveAsync(world, drafter, " Typed as a drafter.");

        await penholder.Locator("#participants li[data-participant=drafter] select").SelectOptionAsync("observer");
        await Expect(drafter.Locator("#participants li[data-participant=drafter]")).ToContainTextAsync("observer");
        var unsent = saved + " Typed as an observer.";
        await box.FillAsync(unsent);

        await AssertRefusedAndKeptAsync(drafter, editor, box, unsent, "Your role on this resolution (observer) does not allow editing its text.");
        await AssertDiscardedAsync(world, drafter, editor, saved);
        Assert.Equal(saved, (await world.Scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_refused_change_of_structure_is_shown_with_the_servers_words_never_dropped_in_silence()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var penholder = await world.OpenResolutionAsync("penholder");
        var before = (await world.Scenario.CurrentAsync()).GetProperty("operative").GetArrayLength();

        // Her toolbar was built while she was a drafter; the server now refuses what it still offers.
        await penholder.Locator("#participants li[data-participant=drafter] select").SelectOptionAsync("observer");
        await Expect(drafter.Locator("#participants li[data-participant=drafter]")).ToContainTextAsync("observer");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "Add operative paragraph" }).ClickAsync();

        // The page's one command() shows every refusal it is not told another place for.
        await Expect(drafter.Locator("#notice")).ToBeVisibleAsync();
        await Expect(drafter.Locator("#notice")).ToContainTextAsync("Your role on this resolution (observer) does not allow");
        Assert.Equal(before, (await world.Scenario.CurrentAsync()).GetProperty("operative").GetArrayLength());
        world.AssertNoConsoleErrors("Failed to load resource");
    }

    /// <summary>Opens OP 1, adds <paramref name="addition"/> and waits until it is saved: what the drafter had before the pen was taken.</summary>
    private static async Task<(ILocator Editor, ILocator Box, string Saved)> OpenAndSaveAsync(DraftingBrowser world, IPage drafter, string addition)
    {
        await world.ClauseText(drafter, "operative", 0).ClickAsync();
        var editor = drafter.Locator($"[data-editor-of=\"{world.Scenario.ClauseId("operative", 0)}\"]");
        var box = editor.Locator("textarea");
        var saved = await box.InputValueAsync() + addition;
        await box.FillAsync(saved);
        await Expect(editor.Locator(".editor-status")).ToHaveTextAsync("Saved");
        Assert.Equal(saved, (await world.Scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
        return (editor, box, saved);
    }

    private static async Task AssertRefusedAndKeptAsync(IPage drafter, ILocator editor, ILocator box, string unsent, string why)
    {
        var refusal = editor.Locator(".refusal");
        await Expect(refusal).ToContainTextAsync("Your text was not saved.");
        await Expect(refusal).ToContainTextAsync(why);
        // Nothing is under way any more: the status says so, and the box keeps her words without taking more.
        await Expect(editor.Locator(".editor-status")).ToHaveTextAsync("Not saved");
        await Expect(box).ToHaveValueAsync(unsent);
        await Expect(box).ToHaveJSPropertyAsync("readOnly", true);
        await Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Done" })).ToBeHiddenAsync();
        await Screenshots.OfAsync(editor, $"refused-edit-{(why.Contains("blue", StringComparison.Ordinal) ? "in-blue" : "role")}.png");

        await drafter.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await refusal.GetByRole(AriaRole.Button, new() { Name = "Copy my text" }).ClickAsync();
        await Expect(refusal).ToContainTextAsync("Copied.");
        Assert.Equal(unsent, await drafter.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await Expect(editor.Locator(".editor-status")).ToHaveTextAsync("Not saved");
    }

    /// <summary>Once she has her words, she lets them go: the paragraph shows what was saved.</summary>
    private static async Task AssertDiscardedAsync(DraftingBrowser world, IPage drafter, ILocator editor, string saved)
    {
        await editor.GetByRole(AriaRole.Button, new() { Name = "Discard my text" }).ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(world.ClauseText(drafter, "operative", 0)).ToHaveTextAsync(saved);
    }
}
