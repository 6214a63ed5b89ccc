using BenchmarkDotNet.Attributes;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Benchmarks;

/// <summary>Import of the real seed 001 draft and of a generated 700-paragraph draft.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _seed001 = "";
    private string _generated700 = "";

    [GlobalSetup]
    public void Setup()
    {
        _seed001 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-001-peacekeepers-safety.md"));
        _generated700 = GeneratedDraft.Text();
        var check = ResolutionImporter.Default.Import(_generated700).Resolution
            ?? throw new InvalidOperationException("The generated draft does not import.");
        if (check.Preambular.Length + check.Operative.Length != 700)
        {
            throw new InvalidOperationException("The generated draft should have 700 paragraphs.");
        }
    }

    [Benchmark(Baseline = true)]
    public Resolution? Seed001() => ResolutionImporter.Default.Import(_seed001).Resolution;

    [Benchmark]
    public Resolution? Generated700Paragraphs() => ResolutionImporter.Default.Import(_generated700).Resolution;
}
