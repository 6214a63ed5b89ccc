using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>The formula paragraph and the small styled paragraphs of the masthead, header and footer (clauses are streamed by <see cref="ClauseXml"/>).</summary>
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
