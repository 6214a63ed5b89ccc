using System.Diagnostics;
using Drafting.Model.Import;

namespace Drafting.Benchmarks;

/// <summary>
/// A quick look at how the importer scales on <see cref="PathologicalPastes"/>: the fastest of several imports at each
/// doubling size and its ratio to the size before. The fastest, not the median, because on a shared two-core machine
/// every slower run counts other people's work too; bytes allocated are shown beside it because they do not depend on
/// the machine's load at all.
/// </summary>
internal static class PathologicalTiming
{
    /// <summary>Doubling sizes up to just under the resolution's limit of 1,000,000 characters (a larger paste is refused unread).</summary>
    private static readonly int[] Sizes = [62_500, 125_000, 250_000, 500_000, 999_000];

    public static void Run(int rounds)
    {
        Console.WriteLine($"{"shape",-24} {"chars",9} {"ms",8} {"×ms",5} {"MB alloc",9} {"×MB",5}  outcome   (fastest of {rounds})");
        var worst = 0.0;
        var worstMean = 0.0;
        foreach (var shape in PathologicalPastes.Shapes)
        {
            (double Milliseconds, double Megabytes)? previous = null;
            var atSecondSize = 0.0;
            foreach (var characters in Sizes)
            {
                var text = PathologicalPastes.Make(shape, characters);
                var outcome = Outcome(ResolutionImporter.Default.Import(text));
                var (milliseconds, megabytes) = Fastest(text, rounds);
                var timeRatio = previous is { } before ? milliseconds / before.Milliseconds : (double?)null;
                var memoryRatio = previous is { } earlier ? megabytes / earlier.Megabytes : (double?)null;
                if (timeRatio is { } r && characters > Sizes[1])
                {
                    worst = Math.Max(worst, r);
                }

                Console.WriteLine($"{shape,-24} {text.Length,9:N0} {milliseconds,8:N1} {Ratio(timeRatio),5} {megabytes,9:N1} {Ratio(memoryRatio),5}  {outcome}");
                previous = (milliseconds, megabytes);
                if (characters == Sizes[1])
                {
                    atSecondSize = milliseconds;
                }
                else if (characters == Sizes[^1])
                {
                    // Three doublings: the geometric mean per doubling smooths one unlucky size on a busy machine.
                    var perDoubling = Math.Pow(milliseconds / atSecondSize, 1.0 / 3);
                    worstMean = Math.Max(worstMean, perDoubling);
                    Console.WriteLine($"{shape,-24} mean per doubling from {Sizes[1]:N0}: ×{perDoubling:N2}");
                }
            }
        }

        Console.WriteLine($"worst single doubling of time from {Sizes[1]:N0} characters up: ×{worst:N2}; worst mean per doubling: ×{worstMean:N2}");
    }

    private static (double Milliseconds, double Megabytes) Fastest(string text, int rounds)
    {
        var fastest = double.MaxValue;
        var megabytes = 0.0;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var pausedBefore = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            ResolutionImporter.Default.Import(text);
            watch.Stop();
            megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1_048_576.0;
            fastest = Math.Min(fastest, (watch.Elapsed - (GC.GetTotalPauseDuration() - pausedBefore)).TotalMilliseconds);
        }

        return (fastest, megabytes);
    }

    private static string Ratio(double? ratio) => ratio is { } value ? value.ToString("N2") : "";

    private static string Outcome(ImportResult result) =>
        result.Succeeded ? "imported" : string.Join(",", result.Errors.Select(e => e.Code).Distinct());
}
