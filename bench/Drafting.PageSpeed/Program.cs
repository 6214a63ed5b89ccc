// The page's speed on a 400-paragraph text (100 PP, 300 OP), in a real Chromium against the API in a child process
// (Release, real SQLite on a loopback port): time to ready on a cold load (a new browser profile) and on warm reloads,
// when the agreed-language marks follow it on the cold load, and what one typed character costs in an open editor
// (input event to layout). With --library, the official
// resolutions of that folder are loaded into the library first, so the agreed-language marks are live while typing.
// Rounds are repeated and the figures given as median and 95th percentile: one run on a shared machine can be off by 2×.
//
//   dotnet build -c Release src/Drafting.Api && dotnet run -c Release --project bench/Drafting.PageSpeed -- [rounds=5] [--library ../shared/corpus/unxml]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Drafting.PageSpeed;
using Microsoft.Playwright;
using Drafting.LoadGenerator;
using static Drafting.LoadGenerator.ChildProcesses;

const string PenholderPassword = "penholder-page-speed";
const string Chromium = "/usr/bin/chromium";

var rounds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var given) ? given : 5;
var library = args.SkipWhile(a => a != "--library").Skip(1).FirstOrDefault();
await using var api = ApiServer.Start("page-speed");
if (api is null)
{
    return 1;
}

using var admin = await api.AdminAsync();
var baseAddress = api.BaseAddress.ToString().TrimEnd('/');
(await admin.PostAsJsonAsync("/api/users", new { userName = "penholder", password = PenholderPassword, displayName = "Claire Dupont", organization = "France" })).EnsureSuccessStatusCode();
if (library is not null)
{
    var files = Directory.GetFiles(library, "*.xml", SearchOption.AllDirectories);
    foreach (var file in files)
    {
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        (await admin.PostAsync("/api/library", body)).EnsureSuccessStatusCode();
    }

    Console.WriteLine($"library: {files.Length} official resolutions loaded from {library}");
}

using var penholder = new HttpClient { BaseAddress = new Uri(baseAddress) };
penholder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(penholder, "penholder", PenholderPassword));
var created = await (await penholder.PostAsync("/api/resolutions/import", new StringContent(LongDraft.Text(), Encoding.UTF8, "text/markdown")))
    .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
var path = $"/resolutions/{created.GetProperty("id").GetGuid()}";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
List<double> cold = [], marks = [], warm = [], typing = [];
for (var round = 0; round < rounds; round++)
{
    // A new context is a new profile: nothing cached, as a delegate opening the text for the first time.
    await using var context = await browser.NewContextAsync(new() { BaseURL = baseAddress, ViewportSize = new() { Width = 1400, Height = 900 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync("/sign-in");
    await page.WaitForSelectorAsync("body[data-ready=true]");
    await page.FillAsync("input[name=userName]", "penholder");
    await page.FillAsync("input[name=password]", PenholderPassword);
    await page.ClickAsync("input[type=submit]");
    await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.Commit });
    cold.Add(await PageMeasurements.ReadyAsync(page, path));
    marks.Add(await PageMeasurements.MarksAsync(page));
    warm.Add(await PageMeasurements.ReadyAsync(page, path));
    warm.Add(await PageMeasurements.ReadyAsync(page, path));
    typing.AddRange(await PageMeasurements.TypingAsync(page, $"report on measure {150 + round};"));
    Console.WriteLine($"round {round + 1}: ready cold {cold[^1]:F0} ms (marks {marks[^1]:F0} ms), warm {warm[^2]:F0} and {warm[^1]:F0} ms");
}

Report("ready, cold load", cold);
Report("agreed-language marks shown, cold load (after ready)", marks);
Report("ready, warm reload", warm);
Report("typing, per character", typing);
return 0;

static void Report(string what, List<double> values)
{
    var sorted = values.Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: median {PageMeasurements.Percentile(sorted, 0.5):F1} ms, p95 {PageMeasurements.Percentile(sorted, 0.95):F1} ms, max {sorted[^1]:F1} ms ({sorted.Count} samples)"));
}
