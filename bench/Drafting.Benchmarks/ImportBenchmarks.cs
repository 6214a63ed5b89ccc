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
    private string _generalAssembly400 = "";

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

        _generalAssembly400 = GeneratedDraft.GeneralAssemblyPdfCopy();
        var ga = ResolutionImporter.Default.Import(_generalAssembly400).Resolution
            ?? throw new InvalidOperationException("The generated General Assembly copy does not import.");
        if (ga.Preambular.Length != 100 || ga.Operative.Length != 300 || ga.Headings.Length != 15 || ga.Stage != Stage.Adopted)
        {
            throw new InvalidOperationException($"The General Assembly copy imported as {ga.Preambular.Length} PP, {ga.Operative.Length} OP, {ga.Headings.Length} headings: {string.Join(" | ", ga.Preambular.Where(p => !p.Text.StartsWith("Recalling", StringComparison.Ordinal)).Select(p => p.Text))}");
        }
    }

    [Benchmark(Baseline = true)]
    public Resolution? Seed001() => ResolutionImporter.Default.Import(_seed001).Resolution;

    /// <summary>A 400-paragraph adopted GA resolution pasted from the PDF: masthead, headings, footnotes, page furniture, hard wraps.</summary>
    [Benchmark]
    public Resolution? GeneralAssembly400ParagraphsPdfCopy() => ResolutionImporter.Default.Import(_generalAssembly400).Resolution;

    [Benchmark]
    public Resolution? Generated700Paragraphs() => ResolutionImporter.Default.Import(_generated700).Resolution;
}
