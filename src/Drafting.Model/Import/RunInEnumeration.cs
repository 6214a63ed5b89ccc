using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// An enumeration run into the sentence of one line ("… giving priority to: (a) the protection of civilians …; (b) …",
/// S/RES/2063 (2012); "… on: (i) the progress …; (ii) …", S/RES/2085 (2012)). Official texts print it as one paragraph,
/// so the importer keeps it as text; this finds it so that a warning can say so.
/// </summary>
internal static partial class RunInEnumeration
{
    /// <summary>How far before a label its reference's noun is looked for ("sub-paragraphs 4 ").</summary>
    private const int ReferenceLength = 24;

    /// <summary>Fewer characters than this between two labels is a reference ("subparagraphs (a) and (b)"), not an item.</summary>
    private const int MinItemLength = 12;

    /// <summary>
    /// The labels of the first run-in enumeration in <paramref name="line"/> (two labels or more, in sequence, each
    /// after a separator and followed by words), or null when there is none. One pass over the line.
    /// </summary>
    public static IReadOnlyList<string>? Find(string line)
    {
        if (line.IndexOf('(', 1) < 0)
        {
            return null;
        }

        List<string>? labels = null;
        (LabelStyle Style, int Ordinal, int End)? previous = null;
        foreach (Match match in InlineLabel().Matches(line))
        {
            if (match.Index == 0 || References().IsMatch(line.AsSpan(Math.Max(0, match.Index - ReferenceLength), Math.Min(match.Index, ReferenceLength))))
            {
                continue;
            }

            // The match alone, never the rest of the line: a line of a million characters is read once.
            var label = SubParagraphLabel.At(match.Value);
            if (label is null)
            {
                continue;
            }

            if (previous is { } p && match.Index - p.End >= MinItemLength
                && label.Readings.FirstOrDefault(r => r.Style == p.Style && r.Ordinal == p.Ordinal + 1) is { Ordinal: > 0 } next)
            {
                labels ??= [ClauseLabels.For(p.Style, p.Ordinal)];
                labels.Add(ClauseLabels.For(next.Style, next.Ordinal));
                previous = (next.Style, next.Ordinal, match.Index + match.Length);
                continue;
            }

            if (labels is not null)
            {
                break;
            }

            // Only a first label ("(a)", "(i)", "(1)") starts an enumeration.
            previous = label.Readings.FirstOrDefault(r => r.Ordinal == 0 && r.Style is LabelStyle.LetterInParentheses or LabelStyle.RomanInParentheses or LabelStyle.NumberInParentheses) is { Ordinal: 0 } first
                ? (first.Style, 0, match.Index + match.Length)
                : null;
        }

        return labels;
    }

    /// <summary>"(b) the", after white space: a label in parentheses followed by a word.</summary>
    [GeneratedRegex(@"(?<=\s)\((?:[a-z]{1,4}|\d{1,2})\)\s+(?=[\p{L}*_“""])")]
    private static partial Regex InlineLabel();

    /// <summary>Text ending with a reference's noun ("paragraph", "subparagraphs", "article 4"): the label after it is cited, not an item.</summary>
    [GeneratedRegex(@"(?:\b(?:sub-?)?paragraphs?|\bpara\.|\bArticles?|\barticles?|\bsections?|\bannex|\d)\s*$")]
    private static partial Regex References();
}
