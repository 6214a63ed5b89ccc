using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Drafting.LoadGenerator.ChildProcesses;

namespace Drafting.LoadGenerator;

/// <summary>
/// Agreed language at scale (issue 32): a library of 10,000 resolutions built from the 408 of the shared corpus by
/// systematic variation (<see cref="LibraryVariants"/>, fixed seed), bulk imported with the API's own command
/// (target ≤ 10 min; the time and the database size printed), then, on one API process over that database:
/// searches 10 at a time over a fixed list of phrases, all-words and prefix queries with and without filters
/// (p50/p95/p99; target p95 ≤ 50 ms), and the agreed-language check of a 400-paragraph draft, half copied from the
/// corpus and half lightly edited (target ≤ 1 s).
///
///   dotnet build -c Release src/Drafting.Api
///   dotnet run -c Release --project bench/Drafting.LoadGenerator -- library [resolutions=10000] [rounds=10]
///
/// DRAFTING_LOAD_POSTGRES=&lt;Npgsql connection string&gt; runs it on that (empty) PostgreSQL database instead of SQLite.
/// DRAFTING_LIBRARY_CORPUS names the corpus folder (default ../shared/corpus/unxml beside the repository).
/// DRAFTING_LIBRARY_DATA=&lt;folder&gt; keeps the generated files and the SQLite database there, and a second run with
/// the same folder skips generation and import (to measure searches again after a change to them alone); on PostgreSQL
/// DRAFTING_LIBRARY_REUSE=true says the database given already holds that library.
/// </summary>
public static class LibraryProgram
{
    private const string AdminPassword = "load-generator-admin";
    private const int Seed = 32;
    private const int Concurrency = 10;

    /// <summary>What delegates search for: phrases, all words, prefixes; each also run with filters.</summary>
    private static readonly string[] Queries =
    [
        "\"strongly condemns\"",
        "\"strongly condemns all attacks\"",
        "\"calls upon all parties\"",
        "\"decides to remain seized of the matter\"",
        "\"requests the Secretary-General to report\"",
        "\"international humanitarian law\"",
        "\"expresses deep concern\"",
        "\"human rights and fundamental freedoms\"",
        "\"reaffirming its strong commitment to the sovereignty\"",
        "\"sustainable development\"",
        "strongly condemns",
        "humanitarian access",
        "women peace security",
        "climate change adaptation",
        "refugees voluntary return",
        "sanctions committee panel experts",
        "nuclear disarmament",
        "peacekeeping operations",
        "children armed conflict",
        "financing terrorism",
        "condemn*",
        "humanit*",
        "sanction*",
        "disarm*",
        "terror*",
        "sustainab*",
        "refug* return",
        "elect* \"transitional government\"",
        "child* armed",
        "peace* secur*",
    ];

    private static readonly string[] Filters =
    [
        "",
        "&organ=Security%20Council",
        "&organ=General%20Assembly&yearFrom=2010",
        "&yearFrom=2000&yearTo=2005",
        "&symbol=S/RES/2",
        "&session=70",
    ];

    private static readonly string[] DraftFilters = ["", "&organ=Security%20Council"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var root = FindRoot();
        var dll = ApiServer.Dll();
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"Build the API first: dotnet build -c Release src/Drafting.Api ({dll} is missing)");
            return 2;
        }

        var corpus = Environment.GetEnvironmentVariable("DRAFTING_LIBRARY_CORPUS") is { Length: > 0 } given
            ? given
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "unxml"));
        var postgres = Environment.GetEnvironmentVariable("DRAFTING_LOAD_POSTGRES");
        var kept = Environment.GetEnvironmentVariable("DRAFTING_LIBRARY_DATA") is { Length: > 0 } folder ? Directory.CreateDirectory(folder) : null;
        var data = kept ?? Directory.CreateTempSubdirectory("drafting-library-bench-");
        var database = Path.Combine(data.FullName, "drafting.db");
        var connection = postgres is { Length: > 0 } ? postgres : $"Data Source={database}";
        try
        {
            var clock = Stopwatch.StartNew();
            var library = Path.Combine(data.FullName, "library");
            // On PostgreSQL the kept library is in the server, not the folder: DRAFTING_LIBRARY_REUSE=true says it was imported.
            var reuse = kept is not null && (postgres is { Length: > 0 }
                ? Environment.GetEnvironmentVariable("DRAFTING_LIBRARY_REUSE") == "true"
                : File.Exists(database));
            var paragraphs = LibraryVariants.Write(corpus, library, reuse ? 0 : count, Seed);
            var bytes = Directory.EnumerateFiles(library, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {count:N0} resolutions from {corpus} ({bytes / 1048576.0:N0} MB of XML, seed {Seed}) in {clock.Elapsed.TotalSeconds:N1} s"));

            // 1. Bulk import with the command an operator runs.
            clock.Restart();
            if (reuse)
            {
                // The kept database may predate a migration, which the API runs before it listens: run them first with
                // the command (an import of nothing), so the API starts at once and the migration's time is printed.
                var nothing = Directory.CreateTempSubdirectory("drafting-library-nothing-");
                var migrated = await ImportAsync(dll, nothing.FullName, connection);
                nothing.Delete();
                if (!migrated)
                {
                    return 1;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reusing the library imported in {database}; migrations run in {clock.Elapsed.TotalSeconds:N0} s"));
            }
            else if (!await ImportAsync(dll, library, connection))
            {
                return 1;
            }

            var imported = clock.Elapsed;
            var size = postgres is { Length: > 0 }
                ? "(PostgreSQL: see pg_database_size)"
                : string.Create(CultureInfo.InvariantCulture, $"{Directory.EnumerateFiles(data.FullName, "drafting.db*").Sum(f => new FileInfo(f).Length) / 1048576.0:N0} MB");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bulk import: {imported.TotalSeconds:N0} s (target ≤ 600 s), database {size}"));

            // 2. One API process over the library.
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port}") { WorkingDirectory = Path.GetDirectoryName(dll)! };
            Configure(start, connection);
            using var api = Start(start, "api");
            try
            {
                await WaitForHealthAsync(port);
                var baseAddress = new Uri($"http://127.0.0.1:{port}");
                using var admin = new HttpClient { BaseAddress = baseAddress };
                admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(admin, "admin", AdminPassword));
                var searchers = new List<HttpClient>();
                for (var i = 0; i < Concurrency; i++)
                {
                    searchers.Add(await UserAsync(admin, baseAddress, $"searcher{i}-{Guid.NewGuid():N}"[..24]));
                }

                await SearchAsync(searchers, rounds, api);
                await UnseenSearchAsync(searchers, paragraphs, api);
                await CheckAsync(searchers[0], paragraphs, api);
                await DraftSearchAsync(searchers[0], paragraphs, api);
                searchers.ForEach(s => s.Dispose());
                if (postgres is { Length: > 0 })
                {
                    // The size the server reports, the indexes included.
                    Console.WriteLine("database size: SELECT pg_size_pretty(pg_database_size(current_database())) on the database given");
                }

                return 0;
            }
            finally
            {
                api.Kill(entireProcessTree: true);
                await api.WaitForExitAsync();
            }
        }
        finally
        {
            if (kept is null)
            {
                data.Delete(recursive: true);
            }
        }
    }

    /// <summary>Every query with every filter, <paramref name="rounds"/> times in a fixed shuffled order, 10 at a time; the first round warms up.</summary>
    private static async Task SearchAsync(List<HttpClient> searchers, int rounds, Process api)
    {
        var list = Queries.SelectMany(q => Filters.Select(f => $"/api/library/search?q={Uri.EscapeDataString(q)}{f}")).ToList();
        var random = new Random(Seed);
        var samples = new List<(string Url, double Ms, int Hits)>();
        // The API's processor time per search tells what a search costs on a machine shared with other work, where
        // the latencies of 10 at a time mostly measure the queue for the cores.
        var cpu = TimeSpan.Zero;
        for (var round = 0; round <= rounds; round++)
        {
            api.Refresh();
            var cpuBefore = api.TotalProcessorTime;
            var order = list.OrderBy(_ => random.Next()).ToList();
            var next = -1;
            var taken = new List<(string, double, int)>[searchers.Count];
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(searchers.Select(async (client, i) =>
            {
                taken[i] = [];
                for (var at = Interlocked.Increment(ref next); at < order.Count; at = Interlocked.Increment(ref next))
                {
                    var one = Stopwatch.StartNew();
                    var response = await client.GetAsync(order[at]);
                    var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
                    taken[i].Add((order[at], one.Elapsed.TotalMilliseconds, body.GetProperty("items").GetArrayLength()));
                }
            }));
            if (round > 0)
            {
                api.Refresh();
                cpu += api.TotalProcessorTime - cpuBefore;
                samples.AddRange(taken.SelectMany(t => t));
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up round: {order.Count} searches in {clock.Elapsed.TotalSeconds:N1} s"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search, {searchers.Count} at a time, {list.Count} queries × {rounds} rounds: {Percentiles(samples.Select(s => s.Ms))} (target p95 ≤ 50 ms); {samples.Count(s => s.Hits == 0)} of {samples.Count} found nothing; API processor time {cpu.TotalMilliseconds / samples.Count:N1} ms per search"));
        foreach (var (name, pick) in new (string, Func<string, bool>)[]
        {
            ("phrases", u => u.Contains("q=%22", StringComparison.Ordinal)),
            ("prefixes", u => u.Contains("%2A", StringComparison.Ordinal)),
            ("all words", u => !u.Contains("q=%22", StringComparison.Ordinal) && !u.Contains("%2A", StringComparison.Ordinal)),
            ("without filters", u => !u.Contains('&', StringComparison.Ordinal)),
            ("with filters", u => u.Contains('&', StringComparison.Ordinal)),
        })
        {
            Console.WriteLine($"  {name}: {Percentiles(samples.Where(s => pick(s.Url)).Select(s => s.Ms))}");
        }

        // The same list once more, one search at a time: what a search costs when it does not queue behind nine others.
        var alone = new List<double>();
        foreach (var url in list)
        {
            var one = Stopwatch.StartNew();
            (await searchers[0].GetAsync(url)).EnsureSuccessStatusCode();
            alone.Add(one.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  one at a time: {Percentiles(alone)}");
        foreach (var slow in samples.GroupBy(s => s.Url).Select(g => (Url: g.Key, Median: g.Select(s => s.Ms).Order().ElementAt(g.Count() / 2))).OrderByDescending(g => g.Median).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: {slow.Median:N1} ms median {Uri.UnescapeDataString(slow.Url)}"));
        }
    }

    /// <summary>
    /// Searches no one asked before, 10 at a time, once each, so that no page the API keeps answers them: what a search
    /// costs the engine itself. Queries drawn from the corpus's paragraphs (fixed seed): phrases of 3 to 6 words, two
    /// words of a paragraph, a prefix of 4 to 7 letters; each with one of the filters. The first 360 are the API's
    /// first new searches since it started (its code still compiling to its faster tiers, its caches cold), reported
    /// on their own; the 2,000 after them are the steady state.
    /// </summary>
    private static async Task UnseenSearchAsync(List<HttpClient> searchers, List<string> paragraphs, Process api)
    {
        var asked = Queries.SelectMany(q => Filters.Select(f => $"/api/library/search?q={Uri.EscapeDataString(q)}{f}")).ToHashSet(StringComparer.Ordinal);
        var random = new Random(Seed + 1);
        var urls = new List<string>();
        while (urls.Count < 2_360)
        {
            var words = System.Text.RegularExpressions.Regex.Matches(paragraphs[random.Next(paragraphs.Count)], @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
            if (words.Count < 10)
            {
                continue;
            }

            var at = random.Next(words.Count - 8);
            var query = (urls.Count % 3) switch
            {
                0 => $"\"{string.Join(' ', words.Skip(at).Take(3 + random.Next(4)))}\"",
                1 => $"{words[at]} {words[at + 2 + random.Next(5)]}",
                _ => words.Skip(at).FirstOrDefault(w => w.Length >= 8) is { } word ? $"{word[..(4 + random.Next(4))]}*" : null,
            };
            var url = query is null ? null : $"/api/library/search?q={Uri.EscapeDataString(query)}{Filters[random.Next(Filters.Length)]}";
            if (url is not null && asked.Add(url))
            {
                urls.Add(url);
            }
        }

        await UnseenRoundAsync(searchers, urls[..360], api, "first after start");
        await UnseenRoundAsync(searchers, urls[360..], api, "steady");
    }

    private static async Task UnseenRoundAsync(List<HttpClient> searchers, List<string> urls, Process api, string name)
    {
        api.Refresh();
        var cpuBefore = api.TotalProcessorTime;
        var next = -1;
        var taken = new List<(int At, double Ms)>[searchers.Count];
        await Task.WhenAll(searchers.Select(async (client, i) =>
        {
            taken[i] = [];
            for (var at = Interlocked.Increment(ref next); at < urls.Count; at = Interlocked.Increment(ref next))
            {
                var one = Stopwatch.StartNew();
                (await client.GetAsync(urls[at])).EnsureSuccessStatusCode();
                taken[i].Add((at, one.Elapsed.TotalMilliseconds));
            }
        }));
        api.Refresh();
        var cpu = (api.TotalProcessorTime - cpuBefore).TotalMilliseconds / urls.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search, {searchers.Count} at a time, {urls.Count} queries never asked before (no kept page), {name}: {Percentiles(taken.SelectMany(t => t).Select(s => s.Ms))}; API processor time {cpu:N1} ms per search"));
        foreach (var (kind, index) in new[] { ("phrases", 0), ("all words", 1), ("prefixes", 2) })
        {
            Console.WriteLine($"  {kind}: {Percentiles(taken.SelectMany(t => t).Where(s => s.At % 3 == index).Select(s => s.Ms))}");
        }
    }

    /// <summary>
    /// The agreed-language check of 400-paragraph drafts, 200 paragraphs copied, 200 lightly edited: the first draft
    /// checked after the API started, then three more drafts never checked before (a server that has run a while), then
    /// the first draft again (what every other delegate opening it gets: kept answers).
    /// </summary>
    private static async Task CheckAsync(HttpClient drafter, List<string> paragraphs, Process api)
    {
        var distinct = paragraphs.Distinct().ToList();
        var firsts = new List<(double Ms, double Cpu)>();
        Guid first = default;
        JsonElement result = default;
        for (var d = 0; d < 4; d++)
        {
            var random = new Random(Seed + d);
            var chosen = distinct.OrderBy(_ => random.Next()).Take(400).ToList();
            var text = new StringBuilder("The General Assembly,\n\n");
            for (var i = 0; i < chosen.Count; i++)
            {
                var paragraph = Unnumbered(chosen[i]);
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {(i % 2 == 0 ? paragraph : LibraryVariants.Edit(paragraph, random))}\n\n");
            }

            var draft = await (await drafter.PostAsync("/api/resolutions/import", new StringContent(text.ToString(), Encoding.UTF8, "text/markdown")))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            var id = draft.GetProperty("id").GetGuid();
            first = d == 0 ? id : first;
            api.Refresh();
            var cpuBefore = api.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var checkedNow = await (await drafter.GetAsync($"/api/resolutions/{id}/agreed-language")).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            firsts.Add((clock.Elapsed.TotalMilliseconds, 0));
            api.Refresh();
            firsts[^1] = (firsts[^1].Ms, (api.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            result = d == 0 ? checkedNow : result;
        }

        var again = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            (await drafter.GetAsync($"/api/resolutions/{first}/agreed-language")).EnsureSuccessStatusCode();
            again.Add(clock.Elapsed.TotalMilliseconds);
        }

        var clauses = result.GetProperty("clauses").EnumerateArray().ToList();
        var found = clauses.Count(c => c.GetProperty("source").ValueKind == JsonValueKind.Object);
        var identical = clauses.Count(c => c.GetProperty("source").ValueKind == JsonValueKind.Object && c.GetProperty("source").GetProperty("identical").GetBoolean());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agreed-language check of a {clauses.Count}-paragraph draft (half copied, half edited; target ≤ 1,000 ms): first after start {firsts[0].Ms:N0} ms ({firsts[0].Cpu:N0} ms of API processor time); three more drafts never checked: {string.Join(", ", firsts.Skip(1).Select(f => $"{f.Ms:N0} ms ({f.Cpu:N0} ms processor)"))}; the first again: median {again.Order().ElementAt(2):N0} ms, max {again.Max():N0} ms; a source for {found}, identical {identical}"));
    }

    /// <summary>
    /// Searches by a delegate who takes part in 30 drafts: the 4 checked drafts of 400 paragraphs and 26 more of 100,
    /// 4,200 clauses in all, which every search of hers also searches. The 30 queries, without a filter and under the
    /// Security Council, of her drafts alone, one at a time, twice.
    /// </summary>
    private static async Task DraftSearchAsync(HttpClient delegation, List<string> paragraphs, Process api)
    {
        var random = new Random(Seed + 7);
        for (var d = 0; d < 26; d++)
        {
            var text = new StringBuilder("The Security Council,\n\n");
            for (var i = 0; i < 100; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Unnumbered(paragraphs[random.Next(paragraphs.Count)])}\n\n");
            }

            (await delegation.PostAsync("/api/resolutions/import", new StringContent(text.ToString(), Encoding.UTF8, "text/markdown"))).EnsureSuccessStatusCode();
        }

        // Her drafts alone (kind=draft), so that the library's search, measured above, is not measured again.
        var urls = Queries.SelectMany(q => DraftFilters.Select(f => $"/api/library/search?q={Uri.EscapeDataString(q)}&kind=draft{f}")).ToList();
        foreach (var pass in new[] { "first", "second" })
        {
            api.Refresh();
            var cpuBefore = api.TotalProcessorTime;
            var taken = new List<double>();
            foreach (var url in urls)
            {
                var one = Stopwatch.StartNew();
                (await delegation.GetAsync(url)).EnsureSuccessStatusCode();
                taken.Add(one.Elapsed.TotalMilliseconds);
            }

            api.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search of a delegate's 30 drafts (4,200 clauses), one at a time, {pass} pass of {urls.Count}: {Percentiles(taken)}; API processor time {(api.TotalProcessorTime - cpuBefore).TotalMilliseconds / urls.Count:N1} ms per search"));
        }
    }

    /// <summary>A library paragraph without its number: the number of the original would be read as the paragraph's, and a draft numbers its own.</summary>
    private static string Unnumbered(string paragraph) => paragraph.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ');

    /// <summary>Runs <c>library import</c> in a process of its own, printing its first and last lines; false when it failed.</summary>
    public static async Task<bool> ImportAsync(string dll, string library, string connection)
    {
        var import = new ProcessStartInfo("dotnet", $"\"{dll}\" library import \"{library}\"") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        Configure(import, connection);
        using var importer = Process.Start(import)!;
        var errors = importer.StandardError.ReadToEndAsync();
        var output = await importer.StandardOutput.ReadToEndAsync();
        // The progress lines ("50/10,000 file") are left out; the rest says what was done and refused.
        foreach (var line in output.Split('\n').Where(l => l.Trim().Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(l, @"^[\d,]+/[\d,]+ ")))
        {
            Console.WriteLine($"import: {line}");
        }

        await importer.WaitForExitAsync();
        if (importer.ExitCode != 0)
        {
            Console.Error.WriteLine($"import failed ({importer.ExitCode}): {await errors}");
        }

        return importer.ExitCode == 0;
    }

    private static void Configure(ProcessStartInfo start, string connection)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["ConnectionStrings__Drafting"] = connection;
        start.Environment["Drafting__AdminPassword"] = AdminPassword;
        start.Environment["Drafting__ImportSample"] = "false";
        start.Environment["Drafting__SignInAttemptsPerMinute"] = "100000";
        start.Environment["Drafting__Limits__ReadsPerSecond"] = "100000";
        start.Environment["Drafting__Limits__ReadBurst"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
    }

    private static string Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        double P(double p) => NearestRank.Of(sorted, p);
        return sorted.Count == 0 ? "no samples" : string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.5):N1} ms, p95 {P(0.95):N1} ms, p99 {P(0.99):N1} ms ({sorted.Count} searches)");
    }
}
