using System.Text;
using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>
/// A search as SQLite's index reads it (migration 0084): single words and prefixes in the <c>words</c> column; a phrase
/// of two words or more as the phrase of its consecutive word pairs in the <c>pairs</c> column ("requests the
/// Secretary-General" → <c>requests_the the_secretary secretary_general</c>). A phrase's pairs in a row are exactly its
/// words in a row, but each pair is far rarer than a common word, so a phrase of common words no longer reads the
/// position lists of "the" and "to" across the index.
/// </summary>
public static class LibraryFtsQuery
{
    /// <summary>The pairs column of a paragraph whose normalized words (<see cref="SearchWords.Normalized"/>) are <paramref name="words"/>.</summary>
    public static string Pairs(string words)
    {
        var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = new StringBuilder(words.Length * 2);
        for (var i = 1; i < list.Length; i++)
        {
            pairs.Append(i > 1 ? " " : "").Append(list[i - 1]).Append('_').Append(list[i]);
        }

        return pairs.ToString();
    }

    /// <summary>The FTS5 expression of <paramref name="query"/>: its terms joined by AND, each in the column that holds it.</summary>
    public static string Match(SearchQuery query) => string.Join(" AND ", query.Terms.Select(Term));

    private static string Term(SearchTerm term) =>
        term.Words.Count >= 2 && !term.Prefix
            ? $"pairs : \"{string.Join(' ', term.Words.Skip(1).Select((w, i) => $"{term.Words[i]}_{w}"))}\""
            // A prefix phrase keeps its words: its last pair would be a pair prefix ("transitional_gov"), which reads as
            // many position lists as the prefix itself.
            : $"words : \"{string.Join(' ', term.Words)}\"" + (term.Prefix ? "*" : "");
}
