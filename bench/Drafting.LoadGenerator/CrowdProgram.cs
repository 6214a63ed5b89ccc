using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using static Drafting.LoadGenerator.ChildProcesses;

namespace Drafting.LoadGenerator;

/// <summary>
/// The crowd scenario: one API process (SQLite) and one bare relay process on loopback ports, N accounts made once,
/// then interleaved rounds ours, bare, ours, bare … of <see cref="CrowdRun"/> in the same run, each printed as it ends.
/// Every round signs everyone in again (the API's part of arriving), so the join time includes sign-in for ours.
/// </summary>
public static class CrowdProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        var count = Arg(0, 1000);
        var editors = Arg(1, 20);
        var seconds = Arg(2, 30);
        var pairs = Arg(3, 2);
        var interval = TimeSpan.FromSeconds(2);
        var warmUp = TimeSpan.FromSeconds(4);
        var measure = TimeSpan.FromSeconds(seconds);
        await using var server = ApiServer.Start("crowd");
        if (server is null)
        {
            return 2;
        }

        var barePort = FreePort();
        using var bare = Start(new ProcessStartInfo("dotnet", $"\"{typeof(CrowdRun).Assembly.Location}\" relay {barePort}"), "relay");
        var (apiPort, api) = (server.Port, server.Process);
        try
        {
            await WaitForHealthAsync(barePort);
            var setup = Stopwatch.StartNew();
            using var http = await server.AdminAsync();
            var draft = new StringBuilder("The General Assembly,\n\n*Recalling* its resolutions,\n\n");
            for (var i = 1; i <= Math.Max(editors, 1); i++) draft.Append(i).Append(". *Requests* the Secretary-General to report on paragraph ").Append(i).Append(";\n\n");
            var created = await (await http.PostAsync("/api/resolutions/import", new StringContent(draft.ToString(), Encoding.UTF8, "text/markdown"))).EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<JsonElement>();
            var resolutionId = created.GetProperty("id").GetGuid();
            var clauses = created.GetProperty("operative").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
            // 193 delegations and the rest, two or three people each; the first E are the drafters.
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
            {
                var name = $"delegate{i}";
                (await http.PostAsJsonAsync("/api/users", new { userName = name, password = Password(name), displayName = $"Delegate {i}", organization = $"Delegation {i % 193}" }, cancellationToken)).EnsureSuccessStatusCode();
                (await http.PostAsJsonAsync($"/api/resolutions/{resolutionId}/participants", new { userName = name, role = i < editors ? "drafter" : "observer" }, cancellationToken)).EnsureSuccessStatusCode();
            });
            Console.WriteLine($"setup: {count} accounts and participants in {setup.Elapsed.TotalSeconds:F0} s; {editors} editing every {interval.TotalSeconds:F0} s; {seconds} s measured per round after {warmUp.TotalSeconds:F0} s warm-up");

            using var signIn = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            var ours = Enumerable.Range(0, count).Select(i => (clauses[Math.Min(i, clauses.Count - 1)], (Func<Task<string?>>)(async () => await TokenAsync(signIn, $"delegate{i}", Password($"delegate{i}"))))).ToList();
            var bareOnes = Enumerable.Range(0, count).Select(i => (clauses[Math.Min(i, clauses.Count - 1)], (Func<Task<string?>>)(() => Task.FromResult<string?>(null)))).ToList();
            var results = new List<(string Name, CrowdResult Result)>();
            for (var pair = 1; pair <= pairs; pair++)
            {
                var drafting = await new CrowdRun(new Uri($"http://127.0.0.1:{apiPort}/hubs/drafting"), resolutionId, ours, editors, interval, warmUp, measure, api).RunAsync();
                Console.WriteLine(drafting.Describe($"round {pair}, Drafting hub (SQLite)"));
                var relay = await new CrowdRun(new Uri($"http://127.0.0.1:{barePort}/hubs/drafting"), Guid.NewGuid(), bareOnes, editors, interval, warmUp, measure, bare).RunAsync();
                Console.WriteLine(relay.Describe($"round {pair}, bare SignalR relay"));
                Console.WriteLine($"round {pair}: p99 ratio Drafting/bare {drafting.Percentile(0.99) / relay.Percentile(0.99):F2} (target <= 1.5)");
            }

            return 0;
        }
        finally
        {
            bare.Kill(entireProcessTree: true);
            await bare.WaitForExitAsync();
        }
    }

    private static string Password(string name) => $"{name}-load-password";
}
