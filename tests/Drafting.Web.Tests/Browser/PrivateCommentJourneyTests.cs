using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// An observer's comment for her own organization stays inside it, down to the Word files: another delegation's export
/// with every comment it may see leaves it out, the pen-holder's too; her organization's export carries it, marked with its audience.
/// </summary>
public class PrivateCommentJourneyTests
{
    private const string Shared = "The African Union supports this paragraph as drafted.";
    private const string Private = "Internal: our capital has not cleared this wording yet.";

    [Fact]
    public async Task An_observers_organization_only_comment_never_reaches_another_organization_or_the_pen_holder_and_is_marked_in_her_own_export()
    {
        await using var world = await DraftingBrowser.StartAsync();
        // Observers do not export: the African Union's own export is made by its drafting delegate.
        using (await world.Server.App.UserAsync("au-delegate", "African Union")) { }
        (await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path("/participants"), new { userName = "au-delegate", role = "drafter" })).EnsureSuccessStatusCode();

        var observer = await world.OpenResolutionAsync("observer");
        await CommentAsync(world, observer, 0, Shared, "all");
        await CommentAsync(world, observer, 1, Private, "organization");
        var privateThread = observer.Locator(".thread", new() { HasText = Private });
        await Expect(privateThread.Locator(".badge")).ToHaveTextAsync("African Union only");

        // The pen-holder (France) does not read an African Union only comment, in the page or in its Word file.
        var france = await world.OpenResolutionAsync("penholder");
        await france.WaitForSelectorAsync("body[data-ready=true]");
        await Expect(france.Locator("#comments .thread")).ToHaveCountAsync(1);
        await Expect(france.Locator("#comments")).Not.ToContainTextAsync(Private);
        var pens = await ExportWithAllCommentsAsync(france);
        Assert.DoesNotContain(pens.Comments, c => c.Contains(Private, StringComparison.Ordinal));

        // Ghana's drafter sees only the shared comment, and her Word file with every comment she may see has only that one.
        var ghana = await world.OpenResolutionAsync("drafter");
        await ghana.WaitForSelectorAsync("body[data-ready=true]");
        await Expect(ghana.Locator("#comments .thread")).ToHaveCountAsync(1);
        await Expect(ghana.Locator("#comments")).Not.ToContainTextAsync(Private);
        var theirs = await ExportWithAllCommentsAsync(ghana);
        Assert.Contains(theirs.Comments, c => c.Contains(Shared, StringComparison.Ordinal));
        Assert.DoesNotContain(theirs.Comments, c => c.Contains(Private, StringComparison.Ordinal));
        Assert.DoesNotContain(Private, theirs.Text, StringComparison.Ordinal);

        // The African Union's export carries both, the private one marked with its audience.
        var union = await world.OpenResolutionAsync("au-delegate");
        var ours = await ExportWithAllCommentsAsync(union);
        Assert.Contains(ours.Comments, c => c.Contains(Shared, StringComparison.Ordinal) && !c.Contains("only]", StringComparison.Ordinal));
        Assert.Contains(ours.Comments, c => c.Contains($"[African Union only] {Private}", StringComparison.Ordinal));
        world.AssertNoConsoleErrors();
    }

    /// <summary>Selects three words of a preambular paragraph in the page and comments on them for <paramref name="visibility"/>.</summary>
    private static async Task CommentAsync(DraftingBrowser world, IPage page, int preambular, string body, string visibility)
    {
        var words = world.Scenario.Resolution.GetProperty("preambular")[preambular].GetProperty("text").GetString()!.Split(' ')[3..6];
        await LiveDraftingTests.SelectAsync(world.ClauseText(page, "preambular", preambular), string.Join(' ', words));
        await page.ClickAsync("#comment-selection");
        await page.FillAsync("#comment-body", body);
        await page.Locator("#comment-visibility").SelectOptionAsync(visibility);
        if (visibility == "organization")
        {
            // The compose box says who will read it before it is sent.
            await Expect(page.Locator("#comment-readers")).ToContainTextAsync("the pen-holder does not see it");
        }

        await page.ClickAsync("text=Post comment");
        await Expect(page.Locator(".thread", new() { HasText = body })).ToHaveCountAsync(1);
    }

    private static async Task<DownloadedWordFile> ExportWithAllCommentsAsync(IPage page)
    {
        await page.Locator("#export-comments").SelectOptionAsync("all");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export=docx]:not([data-variant])"));
        return await DownloadedWordFile.OpenAsync(download);
    }
}
