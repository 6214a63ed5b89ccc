using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Diff;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Benchmarks;

/// <summary>
/// Word export of seed 001 and of a generated 700-paragraph draft, clean and with tracked changes, against a
/// baseline that writes 700 bare paragraphs of the same text with the OpenXml SDK (target: within 2x, at most 50 ms).
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private Resolution _seed001 = null!;
    private Resolution _seed001Older = null!;
    private Resolution _generated700 = null!;
    private Resolution _generated700Older = null!;
    private string[] _bareTexts = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed001 = ResolutionImporter.Default.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-001-peacekeepers-safety.md"))).Resolution!;
        _generated700 = ResolutionImporter.Default.Import(GeneratedDraft.Text()).Resolution!;
        _seed001Older = Older(_seed001);
        _generated700Older = Older(_generated700);
        _bareTexts = [.. _generated700.Preambular.Concat(_generated700.Operative).Select(c => c.Text)];
    }

    /// <summary>An older version: every seventh clause worded differently, every 25th clause not yet there.</summary>
    private static Resolution Older(Resolution current)
    {
        var older = current;
        var clauses = current.Preambular.Concat(current.Operative).ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (i % 25 == 3 && older.Operative.Length > 1)
            {
                older = older.RemoveClause(clauses[i].Id);
            }
            else if (i % 7 == 0 && clauses[i].Text.Length > 0)
            {
                older = older.WithClauseText(clauses[i].Id, clauses[i].Text.Replace(" the ", " all the ", StringComparison.Ordinal) + " as appropriate", clauses[i].Opening);
            }
        }

        return older;
    }

    [Benchmark(Baseline = true)]
    public byte[] BareOpenXml700Paragraphs()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var text in _bareTexts)
            {
                body.AppendChild(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    [Benchmark]
    public byte[] Generated700() => DocxWriter.Write(_generated700);

    [Benchmark]
    public byte[] Generated700Tracked() => DocxWriter.Write(_generated700, new DocxOptions { CompareTo = _generated700Older });

    /// <summary>The comparison alone (Diff/ResolutionComparison), to tell its cost from the writer's.</summary>
    [Benchmark]
    public ResolutionComparison Generated700CompareOnly() => ResolutionComparison.Compare(_generated700Older, _generated700);

    [Benchmark]
    public byte[] Seed001() => DocxWriter.Write(_seed001);

    [Benchmark]
    public byte[] Seed001Tracked() => DocxWriter.Write(_seed001, new DocxOptions { CompareTo = _seed001Older });
}
