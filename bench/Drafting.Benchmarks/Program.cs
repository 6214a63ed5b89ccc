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

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
