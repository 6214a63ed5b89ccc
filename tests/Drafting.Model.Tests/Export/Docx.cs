using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Tests.Export;

/// <summary>Reads an exported .docx the way the tests need: validation errors, clause paragraphs, accept-all and reject-all texts.</summary>
internal sealed partial class Docx : IDisposable
{
    private static readonly HashSet<string> ClauseStyles = ["UNPreambular", "UNOperative", "UNSubparagraph1", "UNSubparagraph2", "UNSubparagraph3", "UNSubparagraph4"];
    private readonly MemoryStream _stream;

    public Docx(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }

    public MainDocumentPart Main => Document.MainDocumentPart!;

    public Body Body => Main.Document.Body!;

    public IEnumerable<Paragraph> ClauseParagraphs =>
        Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && ClauseStyles.Contains(style));

    public Style Style(string id) => Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    public string ValidationErrors()
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document).ToList();
        return string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    /// <summary>The clause paragraphs' texts with every change accepted ("3.\tDecides …").</summary>
    public List<string> AcceptAll() =>
        [.. ClauseParagraphs.Where(p => p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is null).Select(p => Text(p, accept: true))];

    /// <summary>The clause paragraphs' texts with every change rejected.</summary>
    public List<string> RejectAll() =>
        [.. ClauseParagraphs.Where(p => p.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Inserted>() is null).Select(p => Text(p, accept: false))];

    public static string Text(Paragraph paragraph, bool accept = true)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            var inserted = element.Ancestors<InsertedRun>().Any();
            var deleted = element.Ancestors<DeletedRun>().Any();
            if ((accept && deleted) || (!accept && inserted))
            {
                continue;
            }

            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case DeletedText d:
                    text.Append(d.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
            }
        }

        return text.ToString();
    }

    public static string Squeeze(string text) => WhiteSpace().Replace(text, " ").Trim();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
