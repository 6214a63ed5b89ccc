using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// The forms a page's script sends cannot be sent before that script listens: sent as a plain request, the page would
/// reload and what was pasted into it would be lost.
/// </summary>
public class ScriptSentFormTests
{
    [Theory]
    [InlineData("drafter", "/", "resolutions.js", "#import [type=submit]")]
    [InlineData("drafter", "/", "resolutions.js", "#create [type=submit]")]
    [InlineData("drafter", "/library", "library.js", "#library-find [type=submit]")]
    [InlineData("admin", "/people", "people.js", "#create-account [type=submit]")]
    public async Task A_forms_send_button_waits_for_the_pages_script(string userName, string path, string script, string button)
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync(userName);
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith("/js/pages/" + script, StringComparison.Ordinal), async route =>
        {
            requested.TrySetResult();
            await held.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        await requested.Task;

        // The form is on the screen while its script is still on its way: it cannot be sent, and looks so.
        await Expect(page.Locator(button)).ToBeVisibleAsync();
        await Expect(page.Locator(button)).ToBeDisabledAsync();
        await Expect(page.Locator(button)).ToHaveCSSAsync("opacity", "0.5");

        held.SetResult();
        await Expect(page.Locator(button)).ToBeEnabledAsync();
        await Expect(page.Locator(button)).ToHaveCSSAsync("opacity", "1");
        world.AssertNoConsoleErrors();
    }
}
