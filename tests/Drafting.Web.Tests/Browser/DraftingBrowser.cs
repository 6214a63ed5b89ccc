using System.Net.Http.Json;
using Drafting.Api.Tests;
using Microsoft.Playwright;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// One browser test's world: the real server on a loopback port with seed 001 and a participant per role
/// (plus a second drafter), and Chromium with one context (one signed-in person) per page.
/// </summary>
public sealed class DraftingBrowser : IAsyncDisposable
{
    public static readonly ViewportSize Desk = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<string> _consoleErrors = [];

    private DraftingBrowser(LiveServer server, Scenario scenario, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        Scenario = scenario;
        Playwright = playwright;
        Browser = browser;
    }

    public LiveServer Server { get; }

    public Scenario Scenario { get; }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public Guid ResolutionId => Scenario.ResolutionId;

    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>
    /// Every expectation waits for its state; on a machine shared with other builds a state can take far longer than
    /// Playwright's 5 s default to arrive, so the ceiling (only ever reached by a test that fails) is a minute.
    /// </summary>
    static DraftingBrowser() => Assertions.SetDefaultExpectTimeout(60_000);

    /// <summary>Starts the world on SQLite, or on the given (PostgreSQL) database.</summary>
    public static async Task<DraftingBrowser> StartAsync(string? connectionString = null)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        var server = LiveServer.Start(connectionString);
        var scenario = await Scenario.CreateAsync(server.App);
        using (await server.App.UserAsync("drafter2", "Kenya")) { }
        var added = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "drafter2", role = "drafter" });
        added.EnsureSuccessStatusCode();
        return new DraftingBrowser(server, scenario, playwright, browser);
    }

    /// <summary>A new browser context signed in through the sign-in form.</summary>
    public async Task<IPage> SignInAsync(string userName, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = viewport ?? Desk,
            AcceptDownloads = true,
        });
        // Actions wait for their element to be actionable (a state); the ceiling only bounds a failing test.
        context.SetDefaultTimeout(60_000);
        // A page load waits for the server's first answers; in CI four test projects share two cores with it.
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add($"{userName}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add($"{userName}: uncaught {error}");
            }
        };
        await page.GotoAsync("/sign-in");
        // The form is sent by its script: filled and sent before the script listens, it would go to the API as a plain post.
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", userName == "admin" ? DraftingApplication.AdminPassword : $"{userName}-password-123");
        await page.ClickAsync("input[type=submit]");
        // Signed in once the browser is sent to "/"; what the test does next waits for the elements it needs,
        // rather than for every resource of the list page to load on a machine four test projects share.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    /// <summary>Signs in and opens the resolution, waiting until the page has joined it live.</summary>
    public async Task<IPage> OpenResolutionAsync(string userName, ViewportSize? viewport = null)
    {
        var page = await SignInAsync(userName, viewport);
        await page.GotoAsync($"/resolutions/{ResolutionId}");
        await WaitConnectedAsync(page);
        return page;
    }

    public static async Task WaitConnectedAsync(IPage page) =>
        await page.WaitForSelectorAsync("body[data-live=connected][data-ready=true] article .masthead");

    /// <summary>
    /// Waits for the page's own signal that the whole draft's agreed-language check is on the text; it comes after
    /// <c>body[data-ready]</c>, which does not wait for it.
    /// </summary>
    public static async Task WaitForMarksAsync(IPage page) =>
        await page.WaitForSelectorAsync("body[data-agreed-marks=shown]", new() { State = WaitForSelectorState.Attached });

    /// <summary>The text element of an operative paragraph (0-based) as the page shows it.</summary>
    public ILocator ClauseText(IPage page, string part, int index) =>
        page.Locator($"[data-text-of=\"{Scenario.ClauseId(part, index)}\"]");

    public void AssertNoConsoleErrors(params string[] expected)
    {
        lock (_consoleErrors)
        {
            var unexpected = _consoleErrors.Where(e => !expected.Any(x => e.Contains(x, StringComparison.Ordinal))).ToList();
            Assert.True(unexpected.Count == 0, "Console errors:\n" + string.Join("\n", unexpected));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Scenario.DisposeAsync();
        await Server.DisposeAsync();
    }
}
