using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using Drafting.Model.Import.Docx;

namespace Drafting.Benchmarks;

/// <summary>
/// The depth check that refuses a Word file nested too deep (the attack that once ended the process): a 100,000-deep
/// file must be measured and refused in well under a second, for each kind of nesting the attack used.
/// </summary>
[MemoryDiagnoser]
public class WordNestingBenchmarks
{
    private byte[] _file = [];

    [Params("sdt", "customXml", "table", "hyperlink")]
    public string Kind { get; set; } = "sdt";

    [GlobalSetup]
    public void Setup()
    {
        var (open, close, inner, inParagraph) = Kind switch
        {
            "sdt" => ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", false),
            "customXml" => ("<w:customXml w:element=\"x\">", "</w:customXml>", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", false),
            "table" => ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", false),
            _ => ("<w:hyperlink w:anchor=\"a\">", "</w:hyperlink>", "<w:r><w:t>x</w:t></w:r>", true),
        };
        const int depth = 100_000;
        var body = new StringBuilder(inParagraph ? "<w:p>" : "");
        for (var i = 0; i < depth; i++) body.Append(open);
        body.Append(inner);
        for (var i = 0; i < depth; i++) body.Append(close);
        body.Append(inParagraph ? "</w:p>" : "");
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>";
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            using var part = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            document.AddMainDocumentPart().FeedData(part);
        }

        _file = stream.ToArray();
        if (WordDocumentReader.Read(_file).Problem?.Kind != WordFileProblemKind.TooDeep)
        {
            throw new InvalidOperationException($"The {Kind} file nested {depth} deep was not refused as too deep.");
        }
    }

    [Benchmark]
    public WordFileProblem? Refuse100000Deep() => WordDocumentReader.Read(_file).Problem;
}
