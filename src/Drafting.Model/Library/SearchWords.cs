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
    public static IReadOnlyList<SearchWord> Of(string text) =>
        [.. Bounds(text).Select(bounds => new SearchWord(bounds.Start, bounds.Length, NormalizedWord(text.AsSpan(bounds.Start, bounds.Length), bounds.Ascii)))];

    /// <summary>
    /// Where each word of <paramref name="text"/> stands, and whether it is all ASCII, without its normalized form:
    /// every hit a search answers is marked (<see cref="SearchQuery.Mark"/>), and comparing its words in place with
    /// the query's (<see cref="Is"/>) allocates nothing per word.
    /// </summary>
    public static List<WordBounds> Bounds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<WordBounds>((text.Length / 6) + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!StartsWord(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < text.Length && IsWordChar(text[i]))
            {
                ascii &= char.IsAscii(text[i]);
                i++;
            }

            words.Add(new WordBounds(start, i - start, ascii));
        }

        return words;
    }

    /// <summary>
    /// Whether the word of <paramref name="text"/> at <paramref name="bounds"/> normalizes to <paramref name="normalized"/>
    /// (a normalized word), or begins with it when <paramref name="prefix"/>.
    /// </summary>
    public static bool Is(string text, WordBounds bounds, string normalized, bool prefix)
    {
        var word = text.AsSpan(bounds.Start, bounds.Length);
        if (!bounds.Ascii)
        {
            var whole = Normalize(word);
            return prefix ? whole.StartsWith(normalized, StringComparison.Ordinal) : whole == normalized;
        }

        // An ASCII word normalizes to itself lower-cased: equal to the normalized word but for case, and that word
        // holding no capital.
        var compared = prefix && word.Length >= normalized.Length ? word[..normalized.Length] : word;
        return Ascii.EqualsIgnoreCase(compared, normalized) && !normalized.AsSpan().ContainsAnyInRange('A', 'Z');
    }

    /// <summary>The normalized words of <paramref name="text"/>, one space between each: what the index stores.</summary>
    public static string Normalized(string text) => string.Join(' ', Of(text).Select(w => w.Word));

    // A word never begins with a combining mark: one after a space or a hyphen is skipped.
    private static bool StartsWord(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private static bool IsWordChar(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string NormalizedWord(ReadOnlySpan<char> word, bool ascii)
    {
        if (!ascii)
        {
            return Normalize(word);
        }

        if (!word.ContainsAnyInRange('A', 'Z'))
        {
            return new string(word);
        }

        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        Ascii.ToLower(word, lower, out _);
        return new string(lower);
    }

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
public readonly record struct SearchWord(int Start, int Length, string Word);

/// <summary>Where a word stands in a text.</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="Length">How many characters of the text it spans.</param>
/// <param name="Ascii">Whether all its characters are ASCII (letters and digits), so that it normalizes by lower-casing alone.</param>
public readonly record struct WordBounds(int Start, int Length, bool Ascii);
