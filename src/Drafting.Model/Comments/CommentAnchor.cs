using Drafting.Model.Resolutions;

namespace Drafting.Model.Comments;

/// <summary>Whether a comment still points at its quote.</summary>
public enum AnchorStatus
{
    /// <summary>The quote is in the clause at <see cref="CommentAnchor.Start"/>..<see cref="CommentAnchor.End"/>.</summary>
    Anchored,

    /// <summary>The quote is gone from the clause: the comment is kept with its original quote, never moved elsewhere.</summary>
    Orphaned,
}

/// <summary>Where a comment is anchored: a clause, the quote, and its offsets in the clause text.</summary>
/// <param name="ClauseId">The clause commented on.</param>
/// <param name="Quote">The quoted span with context.</param>
/// <param name="Start">Offset of the quote in the clause text (its last known place when orphaned).</param>
/// <param name="End">Offset just after the quote.</param>
/// <param name="Status">Anchored or orphaned.</param>
public sealed record CommentAnchor(ClauseId ClauseId, TextQuote Quote, int Start, int End, AnchorStatus Status)
{
    /// <summary>Anchors on a quote found in <paramref name="clauseText"/>; null when the quote is not there.</summary>
    public static CommentAnchor? Find(ClauseId clauseId, TextQuote quote, string clauseText, int? hint = null)
    {
        var best = -1;
        var bestScore = int.MinValue;
        for (var at = clauseText.IndexOf(quote.Exact, StringComparison.Ordinal); at >= 0; at = clauseText.IndexOf(quote.Exact, at + 1, StringComparison.Ordinal))
        {
            var score = (CommonSuffix(clauseText.AsSpan(0, at), quote.Prefix) + CommonPrefix(clauseText.AsSpan(at + quote.Exact.Length), quote.Suffix)) * 10_000
                - (hint is { } h ? Math.Abs(at - h) : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (at, score);
            }
        }

        return best < 0 ? null : new CommentAnchor(clauseId, TextQuote.Of(clauseText, best, best + quote.Exact.Length), best, best + quote.Exact.Length, AnchorStatus.Anchored);
    }

    /// <summary>
    /// This anchor after the clause text changed: re-found by its quote (prefix, suffix, then nearness break
    /// ties), or orphaned with its original quote when the quote is gone.
    /// </summary>
    public CommentAnchor Reanchor(string newClauseText)
    {
        if (Status == AnchorStatus.Orphaned)
        {
            return this;
        }

        var found = Find(ClauseId, Quote, newClauseText, Start);
        return found is null ? this with { Status = AnchorStatus.Orphaned } : found with { Quote = Quote };
    }

    private static int CommonSuffix(ReadOnlySpan<char> text, string prefix)
    {
        var n = 0;
        while (n < prefix.Length && n < text.Length && text[^(n + 1)] == prefix[^(n + 1)])
        {
            n++;
        }

        return n;
    }

    private static int CommonPrefix(ReadOnlySpan<char> text, string suffix)
    {
        var n = 0;
        while (n < suffix.Length && n < text.Length && text[n] == suffix[n])
        {
            n++;
        }

        return n;
    }
}
