using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Footnote markers as PDF copies paste them: a small number glued to the end of a word or its punctuation
/// ("…the Convention,1 and"). Only numbers with a footnote text found on the page are taken as markers, so "G20" or
/// "resolution 2417" stay text.
/// </summary>
internal static partial class FootnoteMarkers
{
    public static IEnumerable<(int Index, int Length, int Number)> Find(string text) =>
        Marker().Matches(text).Select(m => (m.Index, m.Length, int.Parse(m.Value.Trim('[', '^', ']'), CultureInfo.InvariantCulture)));

    /// <summary>
    /// Removes the markers of <paramref name="footnotes"/> from <paramref name="text"/>, each number once; returns the
    /// text and a note at each marker's place in it. Used numbers are taken out of <paramref name="footnotes"/>.
    /// </summary>
    public static (string Text, List<Note> Notes) Extract(string text, Dictionary<int, string> footnotes)
    {
        var notes = new List<Note>();
        if (footnotes.Count == 0)
        {
            return (text, notes);
        }

        var removed = 0;
        var kept = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (index, length, number) in Find(text))
        {
            if (!footnotes.Remove(number, out var note))
            {
                continue;
            }

            kept.Append(text, at, index - at);
            at = index + length;
            removed += length;
            notes.Add(new Note(index + length - removed, InlineMarkdown.ToPlainText(note).Text));
        }

        kept.Append(text, at, text.Length - at);
        return (kept.ToString(), notes);
    }

    /// <summary>
    /// One or two digits right after a letter, closing punctuation or quote, and before a space, punctuation or the end;
    /// or a Markdown footnote reference "[^1]" as the Markdown export writes it.
    /// </summary>
    [GeneratedRegex(@"(?<=[\p{L},.;:)\u201D\u2019])\d{1,2}(?=[\s,;:.]|$)|\[\^\d{1,3}\]")]
    private static partial Regex Marker();
}
