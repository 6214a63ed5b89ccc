using BenchmarkDotNet.Running;
using Drafting.Benchmarks;

if (args is ["write-markdown", var directory])
{
    // The MarkdownWriter output of the exported drafts, for timing pandoc on the same input.
    MarkdownSamples.Write(directory);
    return;
}

if (args is ["dump-ga"])
{
    // The generated General Assembly PDF copy the import benchmark reads, to look at or paste into the app.
    Console.Write(GeneratedDraft.GeneralAssemblyPdfCopy());
    return;
}

if (args is ["time-pathological", ..var rest])
{
    // A quick look at doubling ratios without BenchmarkDotNet's statistics: the median of several imports per size.
    PathologicalTiming.Run(rest is [var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
