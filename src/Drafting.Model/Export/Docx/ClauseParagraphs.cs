using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>The formula and one paragraph per clause: style by kind and depth, label and tab, italic opening, tracked changes.</summary>
internal static class ClauseParagraphs
{
    /// <summary>"The Security Council," with the organ name in italics; comments whose clause is gone span it.</summary>
    public static Paragraph Formula(Resolution resolution, IReadOnlyList<CommentMarker> unplaced)
    {
        var paragraph = Styled(UnLayout.FormulaStyle);
        var formula = resolution.Formula;
        var at = formula.IndexOf(resolution.Organ.Name, StringComparison.Ordinal);
        foreach (var marker in unplaced.Where(m => !m.IsEnd))
        {
            paragraph.AppendChild(new CommentRangeStart { Id = marker.WordId });
        }

        if (at < 0)
        {
            paragraph.AppendChild(ClauseRuns.TextRun(formula));
        }
        else
        {
            AppendIfAny(paragraph, formula[..at], false);
            AppendIfAny(paragraph, resolution.Organ.Name, true);
            AppendIfAny(paragraph, formula[(at + resolution.Organ.Name.Length)..], false);
        }

        foreach (var marker in unplaced.Where(m => m.IsEnd))
        {
            paragraph.AppendChild(new CommentRangeEnd { Id = marker.WordId });
            paragraph.AppendChild(new Run(new CommentReference { Id = marker.WordId }));
        }

        return paragraph;
    }

    /// <summary>An unnumbered heading inside the operative part, bold as in UN sanctions and mandate resolutions.</summary>
    public static Paragraph Heading(Heading heading) => Styled(UnLayout.HeadingStyle, heading.Text);

    /// <summary>The paragraph of one clause.</summary>
    public static Paragraph Clause(ClauseView view, IReadOnlyList<CommentMarker> markers, RevisionMarks marks)
    {
        var paragraph = Styled(view.Kind switch
        {
            ClauseKind.Preambular => UnLayout.PreambularStyle,
            ClauseKind.Operative => UnLayout.OperativeStyle,
            _ => UnLayout.SubParagraphStyle(view.Depth),
        });
        if (view.Change is ClauseChange.Inserted or ClauseChange.Deleted)
        {
            // The paragraph mark is part of the change too: accepting a deleted clause removes its paragraph.
            paragraph.ParagraphProperties!.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
                view.Change == ClauseChange.Inserted ? marks.InsertedMark() : marks.DeletedMark());
        }

        AppendLabel(paragraph, view, marks);
        ClauseRuns.Append(paragraph, view.Pieces, view.NewOpening?.Length ?? 0, view.OldOpening?.Length ?? 0, markers, marks);
        return paragraph;
    }

    private static void AppendLabel(Paragraph paragraph, ClauseView view, RevisionMarks marks)
    {
        if (view.OldLabel is null && view.NewLabel is null)
        {
            return;
        }

        switch (view.Change)
        {
            case ClauseChange.Inserted:
                paragraph.AppendChild(marks.InsertedRun(LabelRun(view.NewLabel, withTab: true)));
                break;
            case ClauseChange.Deleted:
                paragraph.AppendChild(marks.DeletedRun(LabelRun(view.OldLabel, withTab: true, deleted: true)));
                break;
            default:
                if (view.OldLabel == view.NewLabel)
                {
                    paragraph.AppendChild(LabelRun(view.NewLabel, withTab: true));
                }
                else
                {
                    // Renumbered: "2." becomes "3." as a tracked change, so accept and reject both number right.
                    if (view.OldLabel is not null)
                    {
                        paragraph.AppendChild(marks.DeletedRun(LabelRun(view.OldLabel, withTab: false, deleted: true)));
                    }

                    if (view.NewLabel is not null)
                    {
                        paragraph.AppendChild(marks.InsertedRun(LabelRun(view.NewLabel, withTab: false)));
                    }

                    paragraph.AppendChild(new Run(new TabChar()));
                }

                break;
        }
    }

    private static Run LabelRun(string? label, bool withTab, bool deleted = false)
    {
        var run = ClauseRuns.TextRun(label ?? "", deleted: deleted);
        if (withTab)
        {
            run.AppendChild(new TabChar());
        }

        return run;
    }

    private static void AppendIfAny(Paragraph paragraph, string text, bool italic)
    {
        if (text.Length > 0)
        {
            paragraph.AppendChild(ClauseRuns.TextRun(text, italic));
        }
    }

    /// <summary>An empty paragraph in a named style.</summary>
    public static Paragraph Styled(string styleId) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });

    /// <summary>A paragraph in a named style holding one run of text.</summary>
    public static Paragraph Styled(string styleId, string text)
    {
        var paragraph = Styled(styleId);
        paragraph.AppendChild<OpenXmlElement>(ClauseRuns.TextRun(text));
        return paragraph;
    }
}
