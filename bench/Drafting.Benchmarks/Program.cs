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

if (args is ["time-pathological"])
{
    // One timed import of every pathological paste at each size, for a quick look without BenchmarkDotNet's statistics.
    foreach (var shape in PathologicalPastes.Shapes)
    {
        foreach (var characters in new[] { 250_000, 500_000, 1_000_000, 1_999_000 })
        {
            var text = PathologicalPastes.Make(shape, characters);
            Drafting.Model.Import.ResolutionImporter.Default.Import(text);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = Drafting.Model.Import.ResolutionImporter.Default.Import(text);
            var outcome = result.Succeeded ? "imported" : string.Join(",", result.Errors.Select(e => e.Code).Distinct());
            Console.WriteLine($"{shape,-24} {text.Length,9:N0} chars {watch.Elapsed.TotalMilliseconds,8:N1} ms  {outcome}");
        }
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run(args);
