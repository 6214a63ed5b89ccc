// Hub load generator: 200 drafters each editing their own paragraph every 2 s, against the Drafting
// hub (a child process on a loopback port, real SQLite) and against a bare SignalR relay hub (also a
// child process), side by side; prints p50/p95/p99 edit→broadcast. Loopback only, bounded in time.
//
//   dotnet run -c Release --project bench/Drafting.LoadGenerator -- [drafters=200] [seconds=40] [pairs=2]
//
// Both hubs run throughout and are measured in interleaved rounds (ours, bare, ours, bare …), each pair's p99 ratio
// printed, since one round on a shared 2-core machine can be off by 2x.
//
// Scale-out: DRAFTING_LOAD_POSTGRES=<Npgsql connection string> runs the API on that (empty) database instead of
// SQLite, DRAFTING_LOAD_NODES=N starts N API processes on it with clients spread across them, and
// DRAFTING_LOAD_REDIS=<host:port> joins them through the Redis backplane. DRAFTING_LOAD_RESOLUTIONS=R spreads the
// drafters over R resolutions (default 1: everyone in one resolution sees every edit), for both hubs alike.
// DRAFTING_LOAD_MODE=propose has each drafter propose a replacement of its paragraph (hub Propose) instead of editing it,
// measuring proposal → own ProposalAdded, against the relay passing the same message.
//
// DRAFTING_LOAD_FLOOD=1 measures the API twice more on the same server: once as usual and once while one more
// participant floods the resolution (edits, 10 KB comments and focus changes from 8 loops with no pause, FloodRun),
// and prints the others' p50/p99 with and without the flood (target: p99 within +20 %).
//
// DRAFTING_LOAD_MARKS=<folder of Akoma Ntoso files> imports that folder into the API's library before the run (its
// command), then measures the API in two more pairs of rounds: as usual, and with every drafter's live agreed-language
// marks (MarksRun: the check of its paragraph 800 ms after each edit, as the page asks it), and prints the p99 of both.
// Each edit's text is new and its numbers change, so its rarest words change at every edit; DRAFTING_LOAD_MARKS_TYPING=1
// has each drafter type the folder's adopted paragraphs instead, three words at each edit, as a delegate writing agreed
// language does (a paragraph's rarest words then often stay from one pause to the next).
//
// A General Assembly in one text (see CrowdProgram): N participants in one resolution, E of them editing every 2 s,
// in interleaved rounds against the API and the bare relay (ours, bare, ours, bare …):
//
//   dotnet run -c Release --project bench/Drafting.LoadGenerator -- crowd [participants=1000] [editors=20] [seconds=30] [pairs=2]
//
// One user's giant import against another user's edits (see ImportStallProgram): p50/p99 quiet, during 2 MB pastes,
// during imports of and structure changes on the largest text allowed:
//
//   dotnet run -c Release --project bench/Drafting.LoadGenerator -- import-stall [seconds=15]
//
// Agreed language at scale (see LibraryProgram): 10,000 resolutions varied from the shared corpus, bulk imported with
// the API's command, then searches 10 at a time and the agreed-language check of a 400-paragraph draft:
//
//   dotnet run -c Release --project bench/Drafting.LoadGenerator -- library [resolutions=10000] [rounds=10]
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Drafting.LoadGenerator;
using static Drafting.LoadGenerator.ChildProcesses;

if (args is ["relay", var relayPort])
{
    // The bare relay as a process of its own, like the API: both sides pay the same process hop.
    var relay = WebApplication.CreateSlimBuilder();
    relay.WebHost.UseUrls($"http://127.0.0.1:{relayPort}");
    relay.Logging.ClearProviders();
    relay.Services.AddSignalR();
    var relayApp = relay.Build();
    relayApp.UseWebSockets();
    relayApp.MapHub<BareRelayHub>("/hubs/drafting");
    relayApp.MapGet("/health", () => "ok");
    await relayApp.RunAsync();
    return 0;
}

if (args is ["crowd", ..])
{
    return await CrowdProgram.RunAsync(args[1..]);
}

if (args is ["library", ..])
{
    return await LibraryProgram.RunAsync(args[1..]);
}

if (args is ["import-stall", ..])
{
    return await ImportStallProgram.RunAsync(args[1..]);
}

var drafters = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
var pairs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
var interval = TimeSpan.FromSeconds(2);
var warmUp = TimeSpan.FromSeconds(6);
var measure = TimeSpan.FromSeconds(seconds);
var resolutionCount = int.TryParse(Environment.GetEnvironmentVariable("DRAFTING_LOAD_RESOLUTIONS"), out var r) && r > 0 ? r : 1;
var propose = Environment.GetEnvironmentVariable("DRAFTING_LOAD_MODE") == "propose";
var flood = Environment.GetEnvironmentVariable("DRAFTING_LOAD_FLOOD") == "1";
var marksLibrary = Environment.GetEnvironmentVariable("DRAFTING_LOAD_MARKS");

// 1. The Drafting API as child processes: SQLite by default, or N nodes on PostgreSQL (and Redis).
// DRAFTING_LOAD_API_DLL runs another build of the API (say, an earlier commit's) against the same drafters.
var dll = ApiServer.Dll();
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build the API first: dotnet build -c Release src/Drafting.Api ({dll} is missing)");
    return 2;
}

var postgres = Environment.GetEnvironmentVariable("DRAFTING_LOAD_POSTGRES");
var redis = Environment.GetEnvironmentVariable("DRAFTING_LOAD_REDIS");
var nodeCount = int.TryParse(Environment.GetEnvironmentVariable("DRAFTING_LOAD_NODES"), out var n) && n > 0 ? n : 1;
var data = Directory.CreateTempSubdirectory("drafting-load-");
const string adminPassword = "load-generator-admin";
var ports = Enumerable.Range(0, nodeCount).Select(_ => FreePort()).ToList();
var nodes = new List<Process>();
var database = postgres ?? $"Data Source={Path.Combine(data.FullName, "drafting.db")}";
if (marksLibrary is not null)
{
    // The library the marks are checked against, imported by the API's own command into the database the nodes use.
    if (!await LibraryProgram.ImportAsync(dll, Path.GetFullPath(marksLibrary), database))
    {
        data.Delete(recursive: true);
        return 2;
    }
}

// 2. The bare relay hub, in a child process of its own on a loopback port.
var barePort = FreePort();
using var bareProcess = Process.Start(new ProcessStartInfo("dotnet", $"\"{typeof(LoadRun).Assembly.Location}\" relay {barePort}")
{
    RedirectStandardOutput = true,
    RedirectStandardError = true,
})!;
bareProcess.BeginOutputReadLine();
bareProcess.BeginErrorReadLine();
await WaitForHealthAsync(barePort);
var bareResolutions = Enumerable.Range(0, resolutionCount).Select(_ => Guid.NewGuid()).ToList();
var bareTeam = Enumerable.Range(0, drafters).Select(i => (bareResolutions[i % resolutionCount], $"c{i}", (string?)null)).ToList();

foreach (var port in ports)
{
    var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port}")
    {
        WorkingDirectory = Path.GetDirectoryName(dll)!,
    };
    start.Environment["ConnectionStrings__Drafting"] = database;
    if (redis is not null)
    {
        start.Environment["ConnectionStrings__Redis"] = redis;
    }

    start.Environment["Drafting__AdminPassword"] = adminPassword;
    start.Environment["Drafting__ImportSample"] = "false";
    start.Environment["Drafting__SignInAttemptsPerMinute"] = "100000";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    // The node's warnings and errors go to its console log (stdout): shown, up to a limit per node, so a failing run says why.
    var node = Start(start, $"api:{port}");
    nodes.Add(node);
}

var apiPort = ports[0];
var label = (propose ? "proposals, " : "") + (postgres is null ? "Drafting hub (SQLite" : $"Drafting hub (PostgreSQL, {nodeCount} node{(nodeCount > 1 ? "s" : "")}{(redis is null ? "" : ", Redis backplane")}") + $", {resolutionCount} resolution{(resolutionCount > 1 ? "s" : "")})";
try
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}") };
    foreach (var port in ports)
    {
        await WaitForHealthAsync(port);
    }

    var adminToken = await TokenAsync(http, "admin", adminPassword);
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
    // Drafter i works on its own paragraph of resolution i mod R, in which everyone sees everyone's edits.
    var perResolution = (drafters + resolutionCount - 1) / resolutionCount;
    var resolutions = new List<(Guid Id, List<string> Clauses)>();
    for (var k = 0; k < resolutionCount; k++)
    {
        var draft = new StringBuilder("The Security Council,\n\n*Recalling* its resolutions,\n\n");
        for (var i = 1; i <= perResolution + (flood ? 1 : 0); i++) draft.Append(i).Append(". *Requests* the Secretary-General to report on paragraph ").Append(i).Append(";\n\n");
        var created = await (await http.PostAsync("/api/resolutions/import", new StringContent(draft.ToString(), Encoding.UTF8, "text/markdown"))).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        resolutions.Add((created.GetProperty("id").GetGuid(), created.GetProperty("operative").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList()));
    }

    var team = new List<(Guid, string, string?)>();
    for (var i = 0; i < drafters; i++)
    {
        var name = $"drafter{i}";
        var password = $"{name}-load-password";
        var (resolutionId, clauses) = resolutions[i % resolutionCount];
        (await http.PostAsJsonAsync("/api/users", new { userName = name, password, displayName = name, organization = $"Delegation {i % 15}" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/resolutions/{resolutionId}/participants", new { userName = name, role = "drafter" })).EnsureSuccessStatusCode();
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
        team.Add((resolutionId, clauses[i / resolutionCount], await TokenAsync(anonymous, name, password)));
    }

    var hubUris = ports.Select(port => new Uri($"http://127.0.0.1:{port}/hubs/drafting")).ToList();
    var ratios = new List<double>();
    for (var pair = 1; pair <= pairs; pair++)
    {
        var draftingResult = await new LoadRun(hubUris, team, interval, warmUp, measure, propose).RunAsync();
        Console.WriteLine(draftingResult.Describe($"round {pair}, {label}"));
        var bareResult = await new LoadRun([new Uri($"http://127.0.0.1:{barePort}/hubs/drafting")], bareTeam, interval, warmUp, measure, propose).RunAsync();
        Console.WriteLine(bareResult.Describe($"round {pair}, bare SignalR relay"));
        if (bareResult.Latencies.Length > 0 && draftingResult.Latencies.Length > 0)
        {
            ratios.Add(draftingResult.Percentile(0.99) / bareResult.Percentile(0.99));
            Console.WriteLine($"round {pair}: p99 ratio Drafting/bare {ratios[^1]:F2} (target <= 1.5)");
        }
    }

    Console.WriteLine($"p99 ratios Drafting/bare by round: {string.Join(", ", ratios.Select(x => x.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} (target <= 1.5)");

    if (marksLibrary is not null)
    {
        // Interleaved: without the marks, with them, without, with.
        var without = new List<double>();
        var with = new List<double>();
        var typed = Environment.GetEnvironmentVariable("DRAFTING_LOAD_MARKS_TYPING") == "1" ? LibraryVariants.OperativeParagraphs(Path.GetFullPath(marksLibrary), 24) : null;
        for (var pair = 1; pair <= 2; pair++)
        {
            var calm = await new LoadRun(hubUris, team, interval, warmUp, measure, propose, typed).RunAsync();
            Console.WriteLine(calm.Describe($"round {pair}, no live marks"));
            var marking = new MarksRun(new Uri($"http://127.0.0.1:{apiPort}"), team, interval, warmUp + measure).RunAsync();
            var marked = await new LoadRun(hubUris, team, interval, warmUp, measure, propose, typed).RunAsync();
            Console.WriteLine(marked.Describe($"round {pair}, with every drafter's live marks"));
            Console.WriteLine(await marking);
            without.Add(calm.Percentile(0.99));
            with.Add(marked.Percentile(0.99));
        }

        Console.WriteLine($"edit -> broadcast p99 without live marks {string.Join(", ", without.Select(p => p.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} ms; " +
            $"with them {string.Join(", ", with.Select(p => p.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} ms");
    }

    if (flood)
    {
        // The flooder: one more drafter, on the paragraph after everyone else's in the first resolution.
        (await http.PostAsJsonAsync("/api/users", new { userName = "flooder", password = "flooder-load-password", displayName = "flooder", organization = "Delegation 99" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/resolutions/{resolutions[0].Id}/participants", new { userName = "flooder", role = "drafter" })).EnsureSuccessStatusCode();
        using var anonymous = new HttpClient { BaseAddress = http.BaseAddress };
        var flooderToken = await TokenAsync(anonymous, "flooder", "flooder-load-password");
        var calm = await new LoadRun(hubUris, team, interval, warmUp, measure, propose).RunAsync();
        Console.WriteLine(calm.Describe("others, no flood"));
        var flooding = new FloodRun(hubUris[0], resolutions[0].Id, resolutions[0].Clauses[perResolution], flooderToken, warmUp + measure).RunAsync();
        var stormy = await new LoadRun(hubUris, team, interval, warmUp, measure, propose).RunAsync();
        Console.WriteLine(stormy.Describe("others, during the flood"));
        Console.WriteLine(await flooding);
        if (calm.Latencies.Length > 0 && stormy.Latencies.Length > 0)
        {
            Console.WriteLine($"others' p50 {calm.Percentile(0.5):F2} -> {stormy.Percentile(0.5):F2} ms, p99 {calm.Percentile(0.99):F2} -> {stormy.Percentile(0.99):F2} ms " +
                $"(x{stormy.Percentile(0.99) / calm.Percentile(0.99):F2}; target <= 1.2)");
        }
    }
}
finally
{
    bareProcess.Kill(entireProcessTree: true);
    await bareProcess.WaitForExitAsync();
    foreach (var node in nodes)
    {
        node.Kill(entireProcessTree: true);
        await node.WaitForExitAsync();
        node.Dispose();
    }

    data.Delete(recursive: true);
}

return 0;
