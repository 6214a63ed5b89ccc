using System.Xml;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// Streams one clause paragraph: style by kind and depth, label and tab, italic opening, tracked changes as
/// <c>w:ins</c>/<c>w:del</c> and comment ranges cut in at their offsets. Written straight to XML rather than
/// through the SDK's element tree, since a 700-paragraph draft is mostly this.
/// </summary>
internal static class ClauseXml
{
    /// <summary>Writes the paragraph of <paramref name="view"/>.</summary>
    public static void Write(XmlWriter xml, ClauseView view, IReadOnlyList<CommentMarker> markers, RevisionMarks marks)
    {
        // Style ids are our own constants, so they go out raw with the fixed markup.
        xml.WriteRaw("<w:p><w:pPr><w:pStyle w:val=\"");
        xml.WriteRaw(view.Kind switch
        {
            ClauseKind.Preambular => UnLayout.PreambularStyle,
            ClauseKind.Operative => UnLayout.OperativeStyle,
            _ => UnLayout.SubParagraphStyle(view.Depth),
        });
        xml.WriteRaw("\"/>");
        if (view.NewText.TrimEnd().EndsWith(':'))
        {
            // A lead-in ("(b) Support for the peace process:") is never left alone at the foot of a page.
            xml.WriteRaw("<w:keepNext/>");
        }

        if (view.Change is ClauseChange.Inserted or ClauseChange.Deleted)
        {
            // The paragraph mark is part of the change too: accepting a deleted clause removes its paragraph.
            xml.WriteRaw("<w:rPr>");
            marks.WriteMark(xml, view.Change == ClauseChange.Inserted ? "ins" : "del");
            xml.WriteRaw("</w:rPr>");
        }

        xml.WriteRaw("</w:pPr>");
        WriteLabel(xml, view, marks);
        WriteRuns(xml, view.Pieces, view.NewOpening?.Length ?? 0, view.OldOpening?.Length ?? 0, markers, marks);
        xml.WriteRaw("</w:p>");
    }

    private static void WriteLabel(XmlWriter xml, ClauseView view, RevisionMarks marks)
    {
        if (view.OldLabel is null && view.NewLabel is null)
        {
            return;
        }

        switch (view.Change)
        {
            case ClauseChange.Inserted:
                Tracked(xml, marks, "ins", () => WordXml.TextRun(xml, view.NewLabel ?? "", italic: false, deleted: false, tab: true));
                break;
            case ClauseChange.Deleted:
                Tracked(xml, marks, "del", () => WordXml.TextRun(xml, view.OldLabel ?? "", italic: false, deleted: true, tab: true));
                break;
            default:
                if (view.OldLabel == view.NewLabel)
                {
                    WordXml.TextRun(xml, view.NewLabel ?? "", italic: false, deleted: false, tab: true);
                    break;
                }

                // Renumbered: "2." becomes "3." as a tracked change, so accept and reject both number right. The new
                // number is the doing of whoever inserted, deleted or moved the paragraph before, not of this
                // clause's editor nor of whoever exports.
                if (view.RenumberedBy is { } cause)
                {
                    marks.ForStructure(cause);
                }

                if (view.OldLabel is not null)
                {
                    Tracked(xml, marks, "del", () => WordXml.TextRun(xml, view.OldLabel, italic: false, deleted: true));
                }

                if (view.NewLabel is not null)
                {
                    Tracked(xml, marks, "ins", () => WordXml.TextRun(xml, view.NewLabel, italic: false, deleted: false));
                }

                marks.For(view.Id);
                xml.WriteRaw("<w:r><w:tab/></w:r>");
                break;
        }
    }

    private static void WriteRuns(XmlWriter xml, IEnumerable<TextPiece> pieces, int newOpening, int oldOpening, IReadOnlyList<CommentMarker> markers, RevisionMarks marks)
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
                    nextMarker = WriteMarkers(xml, markers, nextMarker, at);
                    italic = at < newOpening;
                    var until = italic ? newOpening : int.MaxValue;
                    if (nextMarker < markers.Count)
                    {
                        until = Math.Min(until, markers[nextMarker].Offset);
                    }

                    length = Math.Min(text.Length - offset, until - at);
                }

                var part = text.Substring(offset, length);
                switch (piece.Kind)
                {
                    case PieceKind.Inserted:
                        Tracked(xml, marks, "ins", () => WordXml.TextRun(xml, part, italic, deleted: false));
                        break;
                    case PieceKind.Deleted:
                        Tracked(xml, marks, "del", () => WordXml.TextRun(xml, part, italic, deleted: true));
                        break;
                    default:
                        WordXml.TextRun(xml, part, italic, deleted: false);
                        break;
                }

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

        WriteMarkers(xml, markers, nextMarker, int.MaxValue);
    }

    private static void Tracked(XmlWriter xml, RevisionMarks marks, string kind, Action writeRun)
    {
        marks.WriteMarkStart(xml, kind);
        writeRun();
        xml.WriteRaw(kind == "ins" ? "</w:ins>" : "</w:del>");
    }

    /// <summary>Writes every marker up to <paramref name="offset"/>; returns the index of the first one left.</summary>
    private static int WriteMarkers(XmlWriter xml, IReadOnlyList<CommentMarker> markers, int next, int offset)
    {
        for (; next < markers.Count && markers[next].Offset <= offset; next++)
        {
            var marker = markers[next];
            if (marker.IsFootnote)
            {
                FootnoteParts.Reference(marker.WordId).WriteTo(xml);
                continue;
            }

            // Comment ids are numbers we assign.
            xml.WriteRaw(marker.IsEnd
                ? $"<w:commentRangeEnd w:id=\"{marker.WordId}\"/><w:r><w:commentReference w:id=\"{marker.WordId}\"/></w:r>"
                : $"<w:commentRangeStart w:id=\"{marker.WordId}\"/>");
        }

        return next;
    }
}
