using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// The main views at desk and phone width. Screenshots go to DRAFTING_SCREENSHOTS when set (the README's
/// docs/ images are made with DRAFTING_SCREENSHOTS=docs), else to a temporary folder.
/// </summary>
public class ScreenshotTests
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("DRAFTING_SCREENSHOTS") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Directory.CreateTempSubdirectory("drafting-screenshots-").FullName;

    [Fact]
    public async Task Main_views_render_at_desk_and_phone_width_without_horizontal_scrolling()
    {
        await using var world = await DraftingBrowser.StartAsync();
        Directory.CreateDirectory(Folder);
        var drafter = await world.OpenResolutionAsync("drafter");
        var observer = await world.OpenResolutionAsync("observer");
        var penholder = await world.OpenResolutionAsync("penholder", DraftingBrowser.Phone);

        var pp = world.ClauseText(observer, "preambular", 1);
        var quote = world.Scenario.Resolution.GetProperty("preambular")[1].GetProperty("text").GetString()!.Split(' ')[3..6];
        await LiveDraftingTests.SelectAsync(pp, string.Join(' ', quote));
        await observer.ClickAsync("#comment-selection");
        await observer.FillAsync("#comment-body", "The African Union would add a reference to the *Peace and Security Council* communiqué.");
        await observer.ClickAsync("text=Post comment");
        await Expect(drafter.Locator(".thread")).ToHaveCountAsync(1);

        await world.ClauseText(drafter, "preambular", 0).ClickAsync();
        await observer.Locator($"[data-text-of=\"{world.Scenario.ClauseId("operative", 0)}\"]").FocusAsync();
        await Expect(drafter.Locator("#presence .person")).ToHaveCountAsync(3);
        await Expect(observer.Locator(".markers .person")).ToHaveCountAsync(1);
        await drafter.Mouse.MoveAsync(0, 0);
        foreach (var page in new[] { drafter, observer, penholder })
        {
            await page.EvaluateAsync("window.scrollTo(0, 0)");
        }

        await drafter.ScreenshotAsync(new() { Path = Path.Combine(Folder, "resolution-drafter.png") });
        await observer.ScreenshotAsync(new() { Path = Path.Combine(Folder, "resolution-observer.png") });
        await penholder.ScreenshotAsync(new() { Path = Path.Combine(Folder, "resolution-phone.png") });
        Assert.True(await penholder.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The phone view scrolls sideways.");

        await drafter.GotoAsync("/");
        await Expect(drafter.Locator("#resolutions a")).ToHaveCountAsync(1);
        await drafter.ScreenshotAsync(new() { Path = Path.Combine(Folder, "resolutions.png") });
        var list = await world.SignInAsync("observer", DraftingBrowser.Phone);
        await Expect(list.Locator("#resolutions a")).ToHaveCountAsync(1);
        await list.ScreenshotAsync(new() { Path = Path.Combine(Folder, "resolutions-phone.png") });
        Assert.True(await list.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The phone list scrolls sideways.");
        world.AssertNoConsoleErrors();
    }
}
