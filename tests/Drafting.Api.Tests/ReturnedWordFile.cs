using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Api.Tests;

/// <summary>Edits an exported .docx as a delegation does in Word: tracked insertions and deletions, comments, untracked edits.</summary>
internal sealed class ReturnedWordFile : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private int _id = 900;

    public ReturnedWordFile(byte[] exported)
    {
        _stream.Write(exported);
        _document = WordprocessingDocument.Open(_stream, true);
    }

    private Body Body => _document.MainDocumentPart!.Document!.Body!;

    /// <summary>The paragraph whose text contains <paramref name="text"/>.</summary>
    public Paragraph Find(string text) => Body.Descendants<Paragraph>().First(p => p.InnerText.Contains(text, StringComparison.Ordinal));

    /// <summary>A tracked insertion at the end of the paragraph containing <paramref name="text"/>.</summary>
    public ReturnedWordFile Insert(string author, string text, string addition)
    {
        Find(text).Append(new InsertedRun(new Run(new Text(addition) { Space = SpaceProcessingModeValues.Preserve })) { Author = author, Id = (++_id).ToString(), Date = DateTime.UtcNow });
        return this;
    }

    /// <summary>A tracked new paragraph (typed label and text) after the paragraph containing <paramref name="text"/>.</summary>
    public ReturnedWordFile InsertParagraphAfter(string author, string text, string label, string paragraphText)
    {
        var after = Find(text);
        var mark = new ParagraphMarkRunProperties(new Inserted { Author = author, Id = (++_id).ToString(), Date = DateTime.UtcNow });
        var paragraph = new Paragraph(
            new ParagraphProperties((ParagraphStyleId)after.ParagraphProperties!.ParagraphStyleId!.CloneNode(true), mark),
            new InsertedRun(new Run(new Text(label)), new Run(new TabChar()), new Run(new Text(paragraphText) { Space = SpaceProcessingModeValues.Preserve })) { Author = author, Id = (++_id).ToString(), Date = DateTime.UtcNow });
        after.InsertAfterSelf(paragraph);
        return this;
    }

    /// <summary>Strikes the paragraph containing <paramref name="text"/> as a tracked deletion, its mark included.</summary>
    public ReturnedWordFile DeleteParagraph(string author, string text)
    {
        var paragraph = Find(text);
        paragraph.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Deleted { Author = author, Id = (++_id).ToString(), Date = DateTime.UtcNow }));
        foreach (var run in paragraph.Elements<Run>().ToList())
        {
            foreach (var t in run.Elements<Text>().ToList())
            {
                t.InsertAfterSelf(new DeletedText(t.Text) { Space = SpaceProcessingModeValues.Preserve });
                t.Remove();
            }

            var deleted = new DeletedRun { Author = author, Id = (++_id).ToString(), Date = DateTime.UtcNow };
            run.InsertBeforeSelf(deleted);
            run.Remove();
            deleted.Append(run);
        }

        return this;
    }

    /// <summary>Types <paramref name="addition"/> at the end of the paragraph containing <paramref name="text"/> with tracking off.</summary>
    public ReturnedWordFile Type(string text, string addition)
    {
        Find(text).Append(new Run(new Text(addition) { Space = SpaceProcessingModeValues.Preserve }));
        return this;
    }

    /// <summary>A comment by <paramref name="author"/> on the whole paragraph containing <paramref name="text"/>.</summary>
    public ReturnedWordFile Comment(string author, string text, string body)
    {
        var main = _document.MainDocumentPart!;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new DocumentFormat.OpenXml.Wordprocessing.Comments();
        var id = (++_id).ToString();
        part.Comments.Append(new Comment(new Paragraph(new Run(new Text(body)))) { Id = id, Author = author, Initials = author[..1] });
        var paragraph = Find(text);
        paragraph.InsertAfter(new CommentRangeStart { Id = id }, paragraph.ParagraphProperties);
        paragraph.Append(new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id }));
        return this;
    }

    public byte[] Bytes()
    {
        _document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}
