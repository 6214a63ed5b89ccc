using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// Turns a clause's text pieces into Word runs: the opening phrase in the "UN Opening" style, inserted and deleted
/// words as <c>w:ins</c>/<c>w:del</c>, and comment ranges cut in at their offsets in the current text.
/// </summary>
internal static class ClauseRuns
{
    /// <summary>Appends the runs of <paramref name="pieces"/> to <paramref name="paragraph"/>.</summary>
    /// <param name="paragraph">The paragraph written.</param>
    /// <param name="pieces">The clause text as equal, inserted and deleted pieces.</param>
    /// <param name="newOpening">Length of the opening phrase in the current text (italic there).</param>
    /// <param name="oldOpening">Length of the opening phrase in the older text (italic in deleted pieces).</param>
    /// <param name="markers">Comment range markers at offsets in the current text, ordered.</param>
    /// <param name="marks">Stamps tracked changes.</param>
    public static void Append(OpenXmlElement paragraph, IEnumerable<TextPiece> pieces, int newOpening, int oldOpening, IReadOnlyList<CommentMarker> markers, RevisionMarks marks)
    {
        var newAt = 0;
        var oldAt = 0;
        var nextMarker = 0;
        foreach (var piece in pieces)
        {
            var text = piece.Text;
            var offset = 0;
            while (offset < text.Length)
            {
                int length;
                bool italic;
                if (piece.Kind == PieceKind.Deleted)
                {
                    var at = oldAt + offset;
                    italic = at < oldOpening;
                    length = italic ? Math.Min(text.Length - offset, oldOpening - at) : text.Length - offset;
                }
                else
                {
                    var at = newAt + offset;
                    nextMarker = AppendMarkers(paragraph, markers, nextMarker, at);
                    italic = at < newOpening;
                    var until = italic ? newOpening : int.MaxValue;
                    if (nextMarker < markers.Count)
                    {
                        until = Math.Min(until, markers[nextMarker].Offset);
                    }

                    length = Math.Min(text.Length - offset, until - at);
                }

                var run = TextRun(text.Substring(offset, length), italic, piece.Kind == PieceKind.Deleted);
                paragraph.AppendChild<OpenXmlElement>(piece.Kind switch
                {
                    PieceKind.Inserted => marks.InsertedRun(run),
                    PieceKind.Deleted => marks.DeletedRun(run),
                    _ => run,
                });
                offset += length;
            }

            if (piece.Kind != PieceKind.Inserted)
            {
                oldAt += text.Length;
            }

            if (piece.Kind != PieceKind.Deleted)
            {
                newAt += text.Length;
            }
        }

        AppendMarkers(paragraph, markers, nextMarker, int.MaxValue);
    }

    /// <summary>A run of text, italic through the "UN Opening" character style; deleted text goes in <c>w:delText</c>.</summary>
    public static Run TextRun(string text, bool italic = false, bool deleted = false)
    {
        var run = new Run();
        if (italic)
        {
            run.RunProperties = new RunProperties { RunStyle = new RunStyle { Val = UnLayout.OpeningStyle } };
        }

        text = XmlChars.Clean(text);
        run.AppendChild<OpenXmlElement>(deleted
            ? new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve }
            : new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Appends every marker up to <paramref name="offset"/>; returns the index of the first one left.</summary>
    private static int AppendMarkers(OpenXmlElement paragraph, IReadOnlyList<CommentMarker> markers, int next, int offset)
    {
        for (; next < markers.Count && markers[next].Offset <= offset; next++)
        {
            var marker = markers[next];
            if (marker.IsFootnote)
            {
                paragraph.AppendChild(FootnoteParts.Reference(marker.WordId));
            }
            else if (marker.IsEnd)
            {
                paragraph.AppendChild(new CommentRangeEnd { Id = marker.WordId });
                paragraph.AppendChild(new Run(new CommentReference { Id = marker.WordId }));
            }
            else
            {
                paragraph.AppendChild(new CommentRangeStart { Id = marker.WordId });
            }
        }

        return next;
    }
}
