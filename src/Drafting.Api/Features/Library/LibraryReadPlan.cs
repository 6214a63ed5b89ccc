using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>How PostgreSQL reads a search's newest matches (<see cref="LibraryReadPlan"/>).</summary>
public enum LibraryRead
{
    /// <summary>Every match from the GIN index, the newest kept: the way for rare words and narrow filters.</summary>
    Index,

    /// <summary>Down the key index newest first, each paragraph tested, until enough match: the way for common words.</summary>
    Walk,

    /// <summary>
    /// The GIN index's matches in the newest periods first (their period words intersected by the index itself), the
    /// older ones only when those were too few: the way for words between.
    /// </summary>
    Slice,
}

/// <summary>
/// How PostgreSQL reads a search's newest matches, chosen from how many paragraphs hold each word (<c>library_words</c>)
/// and how many paragraphs each document holds (<see cref="LibraryParagraphCounts"/>), not by PostgreSQL's planner,
/// whose estimate a prefix or a filter word misleads ("disast:*" under the Security Council walked all 365,000 paragraphs
/// for its 96 matches: 0.5 s).
/// <list type="bullet">
/// <item>Walking the paragraphs newest first stops at the last match needed, after about
/// <c>needed × walked paragraphs ÷ matches</c> rows: it is chosen only when even its worst case, every paragraph holding
/// the rarest word being a match, makes it the shorter read by <see cref="Margin"/>.</item>
/// <item>Reading the GIN index fetches every match from the table to find the newest: 4 µs a match, 13 ms for the 3,237
/// of "peacekeeping operations". Within the newest periods alone (a word of each paragraph's vector: migration 0117), the
/// index leaves 406 of them, 3 ms. So a search of words and prefixes slices when its newest periods hold
/// <see cref="Margin"/> times the matches needed by the same worst case while leaving out at least half the paragraphs;
/// the older periods are read only when the slice held fewer than needed. A phrase never slices.</item>
/// </list>
/// </summary>
/// <param name="Read">How the newest matches are read.</param>
/// <param name="SinceYear">For <see cref="LibraryRead.Slice"/>, the first year of the oldest period read first; else null.</param>
public sealed record LibraryReadPlan(LibraryRead Read, int? SinceYear)
{
    /// <summary>How much shorter the chosen read must look, since the estimate of matches is an upper bound.</summary>
    public const double Margin = 4;

    /// <summary>How <paramref name="needed"/> newest matches of <paramref name="query"/> under <paramref name="filters"/> are read.</summary>
    public static LibraryReadPlan For(SearchQuery query, LibraryFilters filters, LibraryWordIndex words, LibraryParagraphCounts counts, long needed)
    {
        var index = new LibraryReadPlan(LibraryRead.Index, null);
        var left = counts.Paragraphs(filters);
        if (counts.Total <= 0 || left <= 0 || query.Terms.Count == 0)
        {
            return index;
        }

        // At most as many matches as the rarest term has paragraphs, and the filters keep their share of those.
        var matches = query.Terms.Min(term => Paragraphs(term, words)) * left / counts.Total;
        var walked = needed * (double)counts.Paragraphs(filters with { Session = null, SymbolPrefix = null }) / Math.Max(1, matches);
        if (walked * Margin < matches)
        {
            return new LibraryReadPlan(LibraryRead.Walk, null);
        }

        // A phrase's matches are a fraction of its words' that no count tells: its slice fell short 105 times in 114
        // on the bench, each time reading the index twice.
        if (query.Terms.Any(term => term.Words.Count > 1))
        {
            return index;
        }

        var wanted = needed * Margin;
        var sliced = 0L;
        foreach (var (period, paragraphs) in counts.ByPeriodNewestFirst(filters))
        {
            sliced += paragraphs;
            if (matches * sliced / left >= wanted)
            {
                return sliced * 2 <= left && period > 0 ? new LibraryReadPlan(LibraryRead.Slice, period) : index;
            }
        }

        return index;
    }

    /// <summary>How many paragraphs can hold a term: its rarest word's, or for a prefix at most all the words it begins.</summary>
    private static double Paragraphs(SearchTerm term, LibraryWordIndex words)
    {
        var whole = term.Prefix ? term.Words.Take(term.Words.Count - 1) : term.Words;
        var rarest = whole.Select(word => (double)words.Of(word)).DefaultIfEmpty(double.MaxValue).Min();
        return term.Prefix ? Math.Min(rarest, words.Begun(term.Words[^1])) : rarest;
    }
}
