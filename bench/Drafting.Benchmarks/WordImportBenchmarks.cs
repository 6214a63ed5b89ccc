using BenchmarkDotNet.Attributes;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;

namespace Drafting.Benchmarks;

/// <summary>Import of a 400-paragraph Word document (100 PP, 300 OP, in UN layout as our export writes it): target ≤ 20 ms warm.</summary>
[MemoryDiagnoser]
public class WordImportBenchmarks
{
    private byte[] _docx400 = [];

    [GlobalSetup]
    public void Setup()
    {
        var resolution = ResolutionImporter.Default.Import(GeneratedDraft.Text(preambular: 100, operative: 300)).Resolution
            ?? throw new InvalidOperationException("The generated draft does not import.");
        _docx400 = DocxWriter.Write(resolution);
        var check = DocxImporter.Import(_docx400).Import?.Resolution
            ?? throw new InvalidOperationException("The generated Word file does not import.");
        if (check.Preambular.Length + check.Operative.Length != 400)
        {
            throw new InvalidOperationException($"The Word file imported as {check.Preambular.Length} PP and {check.Operative.Length} OP, not 400 paragraphs.");
        }
    }

    [Benchmark]
    public Resolution? Docx400Paragraphs() => DocxImporter.Import(_docx400).Import?.Resolution;
}
