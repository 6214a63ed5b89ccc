using Microsoft.Playwright;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright; a Playwright browser is never downloaded. Without
/// /usr/bin/chromium the browser tests are skipped, unless DRAFTING_REQUIRE_ALL_SERVERS=1 (CI) makes that a failure.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.False(Environment.GetEnvironmentVariable("DRAFTING_REQUIRE_ALL_SERVERS") == "1",
                $"{ExecutablePath} is missing and DRAFTING_REQUIRE_ALL_SERVERS=1: install the chromium package.");
            Assert.Skip($"{ExecutablePath} is not installed.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
