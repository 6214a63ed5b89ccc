using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>
/// A search as SQLite's index reads it (migration 0084): single words in the <c>words</c> column; a phrase of two words
/// or more as the phrase of its consecutive word pairs in the <c>pairs</c> column ("requests the Secretary-General" →
/// <c>requests_the the_secretary secretary_general</c>). A phrase's pairs in a row are exactly its words in a row, but
/// each pair is far rarer than a common word, so a phrase of common words no longer reads the position lists of "the"
/// and "to" across the index.
/// A prefix is written as the words of the library that begin with it (<c>library_words</c>), joined by OR: FTS5 reads
/// an OR lazily, newest first, and stops at the matches a search ranks, where its own prefix query merges the whole
/// position list of every such word first (20–300 ms for "inte*" or "co*" at 10,000 resolutions, against 2–10 ms).
/// </summary>
public static class LibraryFtsQuery
{
    /// <summary>The most words a prefix is written as; a prefix that begins more is left to FTS5's own prefix query.</summary>
    public const int MaxPrefixWords = 2_000;

    /// <summary>The pairs column of a paragraph whose normalized words (<see cref="SearchWords.Normalized"/>) are <paramref name="words"/>.</summary>
    public static string Pairs(string words) => string.Join(' ', Pairs(words.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>
    /// The FTS5 expression of <paramref name="query"/>: its terms joined by AND, each in the column that holds it, each
    /// prefix as the words <paramref name="completions"/> gives for it (null: more than <see cref="MaxPrefixWords"/>).
    /// Null when a prefix begins no word of the library, so that nothing can match.
    /// </summary>
    public static string? Match(SearchQuery query, Func<string, IReadOnlyList<string>?> completions)
    {
        var terms = new List<string>();
        foreach (var term in query.Terms)
        {
            if (!term.Prefix)
            {
                terms.Add(term.Words.Count >= 2 ? $"pairs : {Phrase(Pairs(term.Words))}" : $"words : {Phrase(term.Words)}");
                continue;
            }

            if (completions(term.Words[^1]) is not { } words)
            {
                // A prefix phrase keeps its words: its last pair would be a pair prefix ("transitional_gov"), which
                // reads as many position lists as the prefix itself.
                terms.Add($"words : {Phrase(term.Words)}*");
                continue;
            }

            if (words.Count == 0)
            {
                return null;
            }

            var before = term.Words.Take(term.Words.Count - 1).ToList();
            var each = words.Select(word => before.Count == 0 ? Phrase([word]) : Phrase(Pairs([.. before, word])));
            terms.Add($"{(before.Count == 0 ? "words" : "pairs")} : ({string.Join(" OR ", each)})");
        }

        return string.Join(" AND ", terms);
    }

    /// <summary>The prefixes of <paramref name="query"/> to complete: the last word of each prefix term.</summary>
    public static IEnumerable<string> Prefixes(SearchQuery query) => query.Terms.Where(t => t.Prefix).Select(t => t.Words[^1]).Distinct(StringComparer.Ordinal);

    private static List<string> Pairs(IReadOnlyList<string> words) => [.. words.Skip(1).Select((w, i) => $"{words[i]}_{w}")];

    private static string Phrase(IEnumerable<string> words) => $"\"{string.Join(' ', words)}\"";
}
