using System.Globalization;
using System.Text;

namespace Drafting.Model.Library;

/// <summary>
/// The words search sees: maximal runs of letters and digits, lower-cased ("Côte d'Ivoire" → "côte", "d", "ivoire"; accents
/// are kept: the service runs with invariant globalization, which does not decompose them, and official texts spell names alike). Written once so that the index (SQLite FTS5 and PostgreSQL tsvector are both fed the
/// normalized words), the query and the marking of hits agree on what a word is, whatever the engine's own parser does.
/// </summary>
public static class SearchWords
{
    /// <summary>The words of <paramref name="text"/> with where each stands in it.</summary>
    public static IReadOnlyList<SearchWord> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<SearchWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            words.Add(new SearchWord(start, i - start, Normalize(text.AsSpan(start, i - start))));
        }

        return words;
    }

    /// <summary>The normalized words of <paramref name="text"/>, one space between each: what the index stores.</summary>
    public static string Normalized(string text) => string.Join(' ', Of(text).Select(w => w.Word));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string Normalize(ReadOnlySpan<char> word)
    {
        var lower = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                lower.Append(char.ToLowerInvariant(c));
            }
        }

        return lower.ToString();
    }
}

/// <summary>A word of a text.</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="Length">How many characters of the text it spans.</param>
/// <param name="Word">The word as search sees it (lower case).</param>
public sealed record SearchWord(int Start, int Length, string Word);
