using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// Writes a resolution as Markdown for review: metadata fields, the sponsor line, the formula, italic
/// opening phrases, numbered operative paragraphs and labelled sub-paragraphs. The importer reads it
/// back to the same resolution.
/// </summary>
public static partial class MarkdownWriter
{
    /// <summary>The Markdown text of <paramref name="resolution"/>.</summary>
    public static string Write(Resolution resolution)
    {
        var markdown = new StringBuilder();
        WriteField(markdown, "Organ", resolution.Organ.Name);
        WriteField(markdown, "Symbol", resolution.Symbol);
        WriteField(markdown, "Date", resolution.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        WriteField(markdown, "Code", resolution.Code);
        WriteField(markdown, "Title", resolution.Title);
        WriteField(markdown, "Session", resolution.Session);
        WriteField(markdown, "Agenda items", resolution.AgendaItems.IsEmpty ? null : string.Join("; ", resolution.AgendaItems));
        markdown.Append('\n');

        if (AdoptedText.Applies(resolution))
        {
            // The lines of the adopted text, which the importer reads back as stage, date and meeting.
            var (resolutionNumber, adoption, _) = AdoptedText.Lines(resolution);
            if (resolutionNumber is not null)
            {
                markdown.Append(Escape(resolutionNumber)).Append("\n\n");
            }

            markdown.Append(Escape(adoption)).Append("\n\n");
        }

        var sponsors = resolution.Sponsors.Where(s => s.IsActive).Select(s => s.Name).ToList();
        if (sponsors.Count > 0)
        {
            var names = sponsors.Count == 1 ? sponsors[0] : $"{string.Join(", ", sponsors[..^1])} and {sponsors[^1]}";
            markdown.Append(Escape(names)).Append(": draft resolution\n\n");
        }

        markdown.Append(Escape(resolution.Formula)).Append("\n\n");
        var noteNumber = 0;
        foreach (var clause in resolution.Preambular)
        {
            WriteHeadingBefore(markdown, resolution, clause);
            markdown.Append(ClauseMarkdown(clause, ref noteNumber)).Append("\n\n");
        }

        for (var i = 0; i < resolution.Operative.Length; i++)
        {
            var clause = resolution.Operative[i];
            WriteHeadingBefore(markdown, resolution, clause);

            markdown.Append(ClauseLabels.ForOperative(i)).Append(' ');
            if (clause.Text.Length > 0)
            {
                markdown.Append(ClauseMarkdown(clause, ref noteNumber)).Append("\n\n");
                WriteSubParagraphs(markdown, clause, 1, ref noteNumber);
            }
            else
            {
                // A paragraph that is only its sub-paragraphs: "9. (a) *Encourages* …".
                WriteSubParagraphs(markdown, clause, 1, ref noteNumber, firstInline: true);
            }
        }

        if (AdoptedText.SignOff(resolution) is { Count: > 0 } signOff)
        {
            markdown.AppendJoin('\n', signOff.Select(Escape)).Append("\n\n");
        }

        // Footnotes as Markdown footnotes: "[^1]" at the marker, the definitions at the end, numbered in document order.
        var number = 0;
        foreach (var note in resolution.AllClauses.SelectMany(c => c.Notes))
        {
            markdown.Append(CultureInfo.InvariantCulture, $"[^{++number}]: ").Append(Escape(note.Text)).Append("\n\n");
        }

        return markdown.ToString().TrimEnd() + "\n";
    }

    private static void WriteHeadingBefore(StringBuilder markdown, Resolution resolution, Clause clause)
    {
        if (resolution.HeadingBefore(clause.Id) is { } heading)
        {
            // An ATX heading, so the round trip never mistakes it for an unnumbered paragraph.
            markdown.Append("### ").Append(Escape(heading.Text)).Append("\n\n");
        }
    }

    private static void WriteSubParagraphs(StringBuilder markdown, Clause parent, int depth, ref int noteNumber, bool firstInline = false)
    {
        var style = parent.SubParagraphStyle ?? ClauseLabels.DefaultStyle(depth);
        for (var i = 0; i < parent.SubParagraphs.Length; i++)
        {
            var sub = parent.SubParagraphs[i];
            if (!(firstInline && i == 0))
            {
                markdown.Append(' ', 4 * depth);
            }

            markdown.Append(ClauseLabels.For(style, i)).Append(' ').Append(ClauseMarkdown(sub, ref noteNumber)).Append("\n\n");
            WriteSubParagraphs(markdown, sub, depth + 1, ref noteNumber);
        }
    }

    private static string ClauseMarkdown(Clause clause, ref int noteNumber)
    {
        var openingLength = clause.Opening?.Length ?? 0;
        var text = new StringBuilder();
        var at = openingLength;
        foreach (var note in clause.Notes)
        {
            var offset = Math.Max(note.Offset, at);
            text.Append(Escape(clause.Text[at..offset])).Append(CultureInfo.InvariantCulture, $"[^{++noteNumber}]");
            at = offset;
        }

        text.Append(Escape(clause.Text[at..]));
        if (clause.Opening is null)
        {
            return EscapeStart(text.ToString());
        }

        return $"*{Escape(clause.Opening)}*{text}";
    }

    private static void WriteField(StringBuilder markdown, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            markdown.Append("**").Append(name).Append(":** ").Append(Escape(value)).Append('\n');
        }
    }

    /// <summary>Backslash-escapes the characters Markdown would read as markup.</summary>
    public static string Escape(string text) => MarkupCharacter().Replace(text, @"\$0");

    /// <summary>Keeps text that starts like a label ("12. ", "(a) ", "a. ") from being read as one.</summary>
    private static string EscapeStart(string text)
    {
        var match = LabelLikeStart().Match(text);
        return match.Success ? text.Insert(match.Groups["at"].Index, "\\") : text;
    }

    [GeneratedRegex(@"[\\*_\[\]`<>&#]")]
    private static partial Regex MarkupCharacter();

    [GeneratedRegex(@"^(?:\d+(?<at>\.)\s|(?<at>\()[a-z0-9]{1,4}\)\s|[a-z]{1,4}(?<at>\.)\s|(?<at>[-+])\s)")]
    private static partial Regex LabelLikeStart();
}
