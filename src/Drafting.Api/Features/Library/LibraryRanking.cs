namespace Drafting.Api.Features.Library;

/// <summary>
/// How SQLite's search orders the newest matches it reads (every one holds every term of the query). The newest
/// <c>ranked</c> are ranked: the paragraph with fewer words first, the query being more of it, and among equals the newest, the latest agreed wording. It is bm25 with each
/// term counted once: bm25's weights of the terms are the same for every match of an all-terms query, so only its
/// length normalization orders them. Computing bm25 itself makes FTS5 count every paragraph holding each term across
/// the whole index (a common word's 300,000), most of a search's time. Older matches follow the ranked ones, newest
/// first, so that every page of a search continues the one before.
/// </summary>
public static class LibraryRanking
{
    /// <summary>The search keys of the page from <paramref name="offset"/>, best first, of <paramref name="matches"/> (search key, FTS5 docsize blob).</summary>
    public static IReadOnlyList<long> Page(IEnumerable<(long SearchKey, byte[] Sizes)> matches, int ranked, int offset, int size)
    {
        var newest = matches.OrderByDescending(m => m.SearchKey).ToList();
        return [.. newest
            .Take(ranked)
            .Select(m => (m.SearchKey, Words: WordsColumnSize(m.Sizes)))
            .OrderBy(m => m.Words)
            .ThenByDescending(m => m.SearchKey)
            .Select(m => m.SearchKey)
            .Concat(newest.Skip(ranked).Select(m => m.SearchKey))
            .Skip(offset)
            .Take(size)];
    }

    /// <summary>
    /// The number of tokens in the <c>words</c> column, the first of <c>library_fts</c>: FTS5's docsize row holds one
    /// SQLite varint per column (big-endian, seven bits a byte, the high bit set on every byte but the last).
    /// </summary>
    public static long WordsColumnSize(byte[] sizes)
    {
        long value = 0;
        for (var i = 0; i < sizes.Length && i < 9; i++)
        {
            value = (value << 7) | (sizes[i] & 0x7fL);
            if ((sizes[i] & 0x80) == 0)
            {
                break;
            }
        }

        return value;
    }
}
