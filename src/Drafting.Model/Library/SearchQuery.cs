using System.Net;
using System.Text;

namespace Drafting.Model.Library;

/// <summary>
/// What a delegate searches agreed language for: words that must all occur (<c>strongly condemns</c>), phrases in quotes
/// that must occur as written (<c>"strongly condemns"</c>) and prefixes (<c>condemn*</c>). Parsed once, then written for
/// each engine (FTS5 MATCH, PostgreSQL tsquery) from the normalized words only, so no operator or quote of the
/// caller's ever reaches the engine; and used again to mark the matched words of each hit.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The most terms (words, phrases, prefixes) in one query.</summary>
    public const int MaxTerms = 16;

    // Each term as its normalized words stand in SearchWords.Normalized between spaces: " w1 w2 " for a word or a
    // phrase, " w1 pre" for a prefix.
    private readonly string[] _spaced;

    private SearchQuery(IReadOnlyList<SearchTerm> terms)
    {
        Terms = terms;
        _spaced = [.. terms.Select(t => " " + string.Join(' ', t.Words) + (t.Prefix ? "" : " "))];
    }

    /// <summary>The terms, each of which a hit holds.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Parses <paramref name="text"/>; the refusal says what is wrong with it.</summary>
    public static (SearchQuery? Query, string? Refusal) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "q is empty: give words, a \"phrase in quotes\" or a prefix*.");
        }

        if (text.Length > MaxLength)
        {
            return (null, $"q holds {text.Length:N0} characters; at most {MaxLength} are searched.");
        }

        var terms = new List<SearchTerm>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts stood between quotes (an unclosed quote runs to the end).
            if (i % 2 == 1)
            {
                var words = SearchWords.Of(parts[i]).Select(w => w.Word).ToList();
                if (words.Count > 0)
                {
                    terms.Add(new SearchTerm(words, Prefix: false));
                }

                continue;
            }

            foreach (var token in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var words = SearchWords.Of(token).Select(w => w.Word).ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                var prefix = token.EndsWith('*') && words[^1].Length >= 2;
                // "Council's" is two words to the index; searched as the phrase they form.
                terms.Add(new SearchTerm(words, prefix));
            }
        }

        if (terms.Count == 0)
        {
            return (null, "q holds no word to search for (letters or digits).");
        }

        return terms.Count > MaxTerms
            ? (null, $"q holds {terms.Count} terms; at most {MaxTerms} are searched together.")
            : (new SearchQuery(terms.Distinct().ToList()), null);
    }

    /// <summary>The query as an FTS5 MATCH expression over the normalized words: quoted phrases joined by AND.</summary>
    public string ToFts5() =>
        string.Join(" AND ", Terms.Select(t => $"\"{string.Join(' ', t.Words)}\"" + (t.Prefix ? "*" : "")));

    /// <summary>The query as a PostgreSQL tsquery (<c>to_tsquery('simple', …)</c>) over the normalized words.</summary>
    public string ToTsQuery() =>
        string.Join(" & ", Terms.Select(t => "(" + string.Join(" <-> ", t.Words.Select((w, i) => t.Prefix && i == t.Words.Count - 1 ? w + ":*" : w)) + ")"));

    /// <summary>
    /// Whether the text whose normalized words are <paramref name="spacedWords"/> holds every term:
    /// <paramref name="spacedWords"/> is <see cref="SearchWords.Normalized"/> with a space before and after it, so that
    /// a term is there exactly when its words, spaced the same way, are part of it. What a search of drafts asks of every
    /// clause: the words of each are normalized once, not at each search (<see cref="Matches"/> reads the text).
    /// </summary>
    public bool MatchesSpaced(string spacedWords)
    {
        ArgumentNullException.ThrowIfNull(spacedWords);
        return _spaced.All(term => spacedWords.Contains(term, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="text"/> holds every term.</summary>
    public bool Matches(string text)
    {
        var words = SearchWords.Bounds(text);
        return Terms.All(t => Occurrences(t, text, words).Any());
    }

    /// <summary>
    /// <paramref name="text"/> as HTML with every occurrence of a term wrapped in <c>&lt;mark&gt;</c>; everything else,
    /// the marked words included, HTML-escaped, so no markup of the text's own ever reaches a page.
    /// </summary>
    public string Mark(string text)
    {
        var words = SearchWords.Bounds(text);
        var marked = new bool[words.Count];
        foreach (var term in Terms)
        {
            foreach (var start in Occurrences(term, text, words))
            {
                Array.Fill(marked, true, start, term.Words.Count);
            }
        }

        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!marked[i])
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && marked[last + 1])
            {
                last++;
            }

            html.Append(WebUtility.HtmlEncode(text[at..words[i].Start]))
                .Append("<mark>")
                .Append(WebUtility.HtmlEncode(text[words[i].Start..(words[last].Start + words[last].Length)]))
                .Append("</mark>");
            at = words[last].Start + words[last].Length;
            i = last;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    private static IEnumerable<int> Occurrences(SearchTerm term, string text, List<WordBounds> words)
    {
        for (var start = 0; start + term.Words.Count <= words.Count; start++)
        {
            var found = true;
            for (var k = 0; k < term.Words.Count && found; k++)
            {
                found = SearchWords.Is(text, words[start + k], term.Words[k], term.Prefix && k == term.Words.Count - 1);
            }

            if (found)
            {
                yield return start;
            }
        }
    }
}

/// <summary>One term of a query: a word, a phrase (several words in a row) or a prefix (its last word begins a word).</summary>
/// <param name="Words">The normalized words, in order.</param>
/// <param name="Prefix">Whether the last word is a prefix.</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    /// <inheritdoc />
    public bool Equals(SearchTerm? other) => other is not null && Prefix == other.Prefix && Words.SequenceEqual(other.Words);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Prefix, string.Join(' ', Words));
}
