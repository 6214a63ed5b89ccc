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
