using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>
/// How PostgreSQL reads a search's newest matches. Walking the paragraphs newest first down the key index stops at the
/// last match it needs, after about <c>needed × paragraphs ÷ matches</c> rows: the way for common words. The GIN
/// index reads every match before the newest are known: the way for rarer ones, and for a broad word under a narrow
/// filter, which the index intersects itself. PostgreSQL's planner picks by its own estimate, which a prefix or a filter
/// word misleads: "disast:*" under the Security Council walked all 365,000 paragraphs for its 96 matches (0.5 s). So
/// the choice is made here, from how many paragraphs hold each word (<c>library_words</c>) and how many the filters
/// leave: a search walks only when even the walk's worst case, all of its words' paragraphs being matches, makes the
/// walk the shorter read by a wide margin.
/// </summary>
public static class LibraryNewestWalk
{
    /// <summary>How much cheaper than the index's read the walk must look: the estimate of matches is an upper bound.</summary>
    private const double Margin = 4;

    /// <summary>
    /// Whether to walk newest first for <paramref name="needed"/> matches of <paramref name="query"/> among
    /// <paramref name="paragraphs"/> paragraphs, the share of the library its filters leave (<paramref name="share"/>,
    /// null when a filter's share is unknown: a session or a symbol, narrow ones the index reads best).
    /// </summary>
    public static bool Walk(SearchQuery query, IReadOnlyDictionary<string, long> frequencies, long paragraphs, double? share, long needed)
    {
        if (share is not { } left || paragraphs <= 0 || left <= 0 || query.Terms.Count == 0)
        {
            return false;
        }

        // At most as many matches as the rarest term has paragraphs, and the filters keep their share of those.
        var matches = query.Terms.Min(term => Paragraphs(term, frequencies)) * left;
        var walked = needed * paragraphs * left / Math.Max(1, matches);
        return walked * Margin < matches;
    }

    /// <summary>How many paragraphs can hold a term: its rarest word's, or for a prefix at most all the words it begins.</summary>
    private static double Paragraphs(SearchTerm term, IReadOnlyDictionary<string, long> frequencies)
    {
        var whole = term.Prefix ? term.Words.Take(term.Words.Count - 1) : term.Words;
        var rarest = whole.Select(word => (double)frequencies.GetValueOrDefault(word)).DefaultIfEmpty(double.MaxValue).Min();
        if (!term.Prefix)
        {
            return rarest;
        }

        var prefix = term.Words[^1];
        var begun = frequencies.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(pair => (double)pair.Value);
        return Math.Min(rarest, begun);
    }
}
