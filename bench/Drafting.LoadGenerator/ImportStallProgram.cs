using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static Drafting.LoadGenerator.ChildProcesses;

namespace Drafting.LoadGenerator;

/// <summary>
/// One user's giant import must not stall the others (issue 33): one API process (SQLite), one user editing a
/// paragraph of a small resolution over REST back to back, measured quiet, then while another user keeps pasting a
/// 2 MB text (refused by the size limit), then while that user keeps importing the largest text the limits allow
/// (5,000 paragraphs, about 1 MB) and inserting and deleting a paragraph at its top (every position below moves).
/// Prints the editor's p50/p99 per phase and the ratio to quiet (target: p99 within 2×).
///
///   dotnet build -c Release src/Drafting.Api
///   dotnet run -c Release --project bench/Drafting.LoadGenerator -- import-stall [seconds=15]
/// </summary>
public static class ImportStallProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        await using var server = ApiServer.Start("import-stall", new Dictionary<string, string>
        {
            ["Drafting__Limits__EditsPerSecond"] = "100000",
            ["Drafting__Limits__EditBurst"] = "100000",
        });
        if (server is null)
        {
            return 2;
        }

        var baseAddress = server.BaseAddress;
        using var admin = await server.AdminAsync();
        using var editor = await UserAsync(admin, baseAddress, "editor");
        using var importer = await UserAsync(admin, baseAddress, "importer");

        var small = await (await editor.PostAsync("/api/resolutions/import", Text(Draft(10, 60)))).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var clausePath = $"/api/resolutions/{small.GetProperty("id").GetGuid()}/clauses/{small.GetProperty("operative")[0].GetProperty("id").GetString()}";
        var version = 1;
        async Task<List<double>> EditAsync(TimeSpan length)
        {
            var samples = new List<double>();
            var until = Stopwatch.StartNew();
            while (until.Elapsed < length)
            {
                var clock = Stopwatch.StartNew();
                var response = await editor.PutAsJsonAsync(clausePath, new { text = $"Decides, take {version};", baseVersion = version, opId = $"edit-{version}" });
                response.EnsureSuccessStatusCode();
                samples.Add(clock.Elapsed.TotalMilliseconds);
                version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
            }

            return samples;
        }

        var length = TimeSpan.FromSeconds(seconds);
        await EditAsync(TimeSpan.FromSeconds(3));
        var quiet = await EditAsync(length);
        Console.WriteLine(Describe("quiet", quiet, quiet));

        // A 2 MB paste, again and again: refused by the character limit before it is read.
        var twoMegabytes = Draft(100_000, 12);
        Console.WriteLine($"2 MB paste: {twoMegabytes.Length:N0} characters");
        var giant = await LoadWhileAsync(EditAsync(length), async () =>
        {
            var refused = await importer.PostAsync("/api/resolutions/import", Text(twoMegabytes));
            return refused.StatusCode == System.Net.HttpStatusCode.BadRequest ? "refused" : $"answered {(int)refused.StatusCode}";
        });
        Console.WriteLine(Describe("during 2 MB pastes", giant.Samples, quiet) + $" ({giant.Rounds})");

        // The largest text allowed, imported again and again, and structure changes at its top.
        // One short of the limit, so that an insert at the top is allowed (and its delete brings it back).
        var largest = Draft(4_999, 190);
        Console.WriteLine($"largest paste: 4,999 paragraphs, {largest.Length:N0} characters");
        var big = await (await importer.PostAsync("/api/resolutions/import", Text(largest))).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var bigClauses = $"/api/resolutions/{big.GetProperty("id").GetGuid()}/clauses";
        var turn = 0;
        var heavy = await LoadWhileAsync(EditAsync(length), async () =>
        {
            turn++;
            if (turn % 3 == 0)
            {
                (await importer.PostAsync("/api/resolutions/import", Text(largest))).EnsureSuccessStatusCode();
                return "import";
            }

            var inserted = await (await importer.PostAsJsonAsync(bigClauses, new { kind = "operative", position = 0, text = $"Decides, first of all, {turn};" })).EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<JsonElement>();
            (await importer.DeleteAsync($"{bigClauses}/{inserted.GetProperty("clauseId").GetString()}")).EnsureSuccessStatusCode();
            return "insert+delete at the top";
        });
        Console.WriteLine(Describe("during largest imports and structure changes", heavy.Samples, quiet) + $" ({heavy.Rounds})");
        return 0;
    }

    /// <summary>Runs <paramref name="load"/> back to back until <paramref name="measured"/> ends; counts what it did.</summary>
    private static async Task<(List<double> Samples, string Rounds)> LoadWhileAsync(Task<List<double>> measured, Func<Task<string>> load)
    {
        var done = new Dictionary<string, int>();
        while (!measured.IsCompleted)
        {
            var what = await load();
            done[what] = done.GetValueOrDefault(what) + 1;
        }

        return (await measured, string.Join(", ", done.Select(d => $"{d.Value} {d.Key}")));
    }

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/markdown");

    /// <summary>A draft of <paramref name="paragraphs"/> operative paragraphs of about <paramref name="width"/> characters.</summary>
    private static string Draft(int paragraphs, int width)
    {
        var text = new StringBuilder("The Security Council,\n\n");
        var filler = new string('x', Math.Max(0, width - 30));
        for (var i = 1; i <= paragraphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i}. Decides {filler} {i};\n\n");
        }

        return text.ToString();
    }

    private static string Describe(string phase, List<double> samples, List<double> quiet)
    {
        static double P(List<double> values, double p)
        {
            var sorted = values.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {samples.Count} edits, p50 {P(samples, 0.5):F1} ms, p99 {P(samples, 0.99):F1} ms, p99 ×{P(samples, 0.99) / P(quiet, 0.99):F2} of quiet");
    }
}
