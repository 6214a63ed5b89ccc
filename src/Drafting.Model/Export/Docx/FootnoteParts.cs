using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// The footnotes part: the clauses' notes numbered in document order, with the separator footnotes Word expects,
/// and the reference runs cut into the clause text at each note's offset.
/// </summary>
internal sealed class FootnoteParts
{
    private readonly Dictionary<ClauseId, List<(Note Note, int Number)>> _byClause;

    public FootnoteParts(Resolution resolution) => _byClause = DocumentText.NumberedNotes(resolution);

    /// <summary><paramref name="comments"/> with a marker for each footnote of the clause, ordered by offset.</summary>
    public IReadOnlyList<CommentMarker> WithFootnotes(ClauseId clauseId, IReadOnlyList<CommentMarker> comments)
    {
        if (!_byClause.TryGetValue(clauseId, out var notes))
        {
            return comments;
        }

        // At one offset a footnote reference follows the end of a comment range and precedes the start of the next.
        return [.. comments.Concat(notes.Select(n => new CommentMarker(n.Note.Offset, true, n.Number.ToString(CultureInfo.InvariantCulture), IsFootnote: true)))
            .OrderBy(m => m.Offset).ThenBy(m => m.IsEnd)];
    }

    /// <summary>The superscript reference run of footnote <paramref name="id"/>.</summary>
    public static Run Reference(string id) =>
        new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            new FootnoteReference { Id = long.Parse(id, CultureInfo.InvariantCulture) });

    /// <summary>Adds the footnotes part when any clause has notes.</summary>
    public void AddTo(MainDocumentPart main)
    {
        if (_byClause.Count == 0)
        {
            return;
        }

        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var (note, id) in _byClause.Values.SelectMany(n => n).OrderBy(n => n.Number))
        {
            footnotes.AppendChild(new Footnote(
                new Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { After = "0" }),
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                    new Run(new RunProperties(new FontSize { Val = "16" }), new Text(" " + XmlChars.Clean(note.Text)) { Space = SpaceProcessingModeValues.Preserve })))
            { Id = id });
        }

        main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
    }
}
