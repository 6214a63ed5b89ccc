using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Tests.Import.Docx;

/// <summary>Writes small Word documents with the SDK, as Word itself would: numbering definitions, styles, comments, footnotes.</summary>
internal sealed class WordFile
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _lists = [];
    private readonly List<Style> _styles = [];
    private readonly List<Comment> _comments = [];
    private readonly List<Footnote> _footnotes = [];

    public WordFile Add(params OpenXmlElement[] blocks)
    {
        _body.AddRange(blocks);
        return this;
    }

    /// <summary>An abstract numbering with one level per (format, text) pair, each level starting at 1.</summary>
    public WordFile AbstractNumbering(int id, params (string Format, string Text)[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                new LevelText { Val = levels[i].Text })
            { LevelIndex = i });
        }

        _abstracts.Add(abstractNum);
        return this;
    }

    public WordFile RawAbstract(AbstractNum abstractNum)
    {
        _abstracts.Add(abstractNum);
        return this;
    }

    /// <summary>A list instance written as given (level overrides at any level).</summary>
    public WordFile RawList(NumberingInstance instance)
    {
        _lists.Add(instance);
        return this;
    }

    public WordFile List(int numId, int abstractId, int? startOverride = null)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (startOverride is { } start)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }

        _lists.Add(instance);
        return this;
    }

    public WordFile Style(Style style)
    {
        _styles.Add(style);
        return this;
    }

    public WordFile Comment(string id, string author, string text, string? paraId = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (paraId is not null)
        {
            paragraph.ParagraphId = paraId;
        }

        _comments.Add(new Comment(paragraph) { Id = id, Author = author, Initials = author[..1] });
        return this;
    }

    public WordFile Footnote(long id, string text)
    {
        _footnotes.Add(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }))) { Id = id });
        return this;
    }

    /// <summary>Replies: (reply paraId, parent paraId) pairs for commentsExtended.</summary>
    public List<(string Child, string Parent)> Threads { get; } = [];

    public byte[] Bytes(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(b => b.CloneNode(true))));
            if (_abstracts.Count > 0)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering([.. _abstracts.Select(a => a.CloneNode(true)), .. _lists.Select(l => l.CloneNode(true))]);
            }

            if (_styles.Count > 0)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(_styles.Select(s => s.CloneNode(true)));
            }

            if (_comments.Count > 0)
            {
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new DocumentFormat.OpenXml.Wordprocessing.Comments(_comments.Select(c => c.CloneNode(true)));
                if (Threads.Count > 0)
                {
                    var ex = new DocumentFormat.OpenXml.Office2013.Word.CommentsEx();
                    foreach (var (child, parent) in Threads)
                    {
                        ex.Append(new DocumentFormat.OpenXml.Office2013.Word.CommentEx { ParaId = parent });
                        ex.Append(new DocumentFormat.OpenXml.Office2013.Word.CommentEx { ParaId = child, ParaIdParent = parent });
                    }

                    main.AddNewPart<WordprocessingCommentsExPart>().CommentsEx = ex;
                }
            }

            if (_footnotes.Count > 0)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(_footnotes.Select(f => f.CloneNode(true)));
            }
        }

        return stream.ToArray();
    }

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph Numbered(int numId, int level, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), .. content]);

    public static Paragraph Styled(string styleId, params OpenXmlElement[] content) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = styleId }), .. content]);

    public static Run R(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run I(string text) => new(new RunProperties(new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static InsertedRun Ins(string author, string text) => new(R(text)) { Author = author, Id = NextId(), Date = new DateTime(2026, 11, 30) };

    public static DeletedRun Del(string author, string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Author = author, Id = NextId(), Date = new DateTime(2026, 11, 30) };

    public static Table Table(params string[][] rows) =>
        new([new TableProperties(), .. rows.Select(cells => new TableRow(cells.Select(text => new TableCell(text.Split('\n').Select(line => new Paragraph(R(line)))))))]);

    private static int _id = 100;

    private static string NextId() => System.Threading.Interlocked.Increment(ref _id).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
