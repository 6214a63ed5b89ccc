using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Drafting.LoadGenerator;

/// <summary>
/// The live agreed-language marks of every drafter's page: each drafter's browser checks its changed paragraph 800 ms
/// after the change (<c>GET …/agreed-language?clause=</c>), so with an edit every interval each drafter asks one check
/// per interval, of a text never checked before (every edit's text is new). Bounded: it stops after the duration.
/// </summary>
public sealed class MarksRun(Uri api, IReadOnlyList<(Guid ResolutionId, string ClauseId, string? Token)> drafters, TimeSpan interval, TimeSpan duration)
{
    public async Task<string> RunAsync()
    {
        using var http = new HttpClient { BaseAddress = api };
        var taken = new ConcurrentBag<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var random = new Random(800);
        var offsets = drafters.Select(_ => TimeSpan.FromMilliseconds(random.Next((int)interval.TotalMilliseconds))).ToList();
        await Task.WhenAll(drafters.Select((drafter, n) => Task.Run(async () =>
        {
            // The drafters' edits are spread over the interval; so are the checks that follow them.
            for (var at = offsets[n] + TimeSpan.FromMilliseconds(800); at < duration; at += interval)
            {
                var wait = at - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/resolutions/{drafter.ResolutionId}/agreed-language?clause={Uri.EscapeDataString(drafter.ClauseId)}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", drafter.Token);
                var one = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request);
                    if (response.IsSuccessStatusCode)
                    {
                        taken.Add(one.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var sorted = taken.Order().ToArray();
        double Percentile(double p) => NearestRank.Of(sorted, p);
        return $"live marks: {sorted.Length} paragraph checks ({sorted.Length / duration.TotalSeconds:F0}/s), p50 {Percentile(0.5):F1} / p95 {Percentile(0.95):F1} / p99 {Percentile(0.99):F1} ms, {failures} failed";
    }
}
