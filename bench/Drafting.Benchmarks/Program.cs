using BenchmarkDotNet.Running;
using Drafting.Benchmarks;

if (args is ["write-markdown", var directory])
{
    // The MarkdownWriter output of the exported drafts, for timing pandoc on the same input.
    MarkdownSamples.Write(directory);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
