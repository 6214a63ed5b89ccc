using Dapper;
using Microsoft.Extensions.Caching.Memory;
using System.Data.Common;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The live mark's candidate queries, kept in memory. A paragraph checked after each pause in its typing keeps most of
/// its rarest words, so its narrow and wide queries are often the same queries from one pause to the next: a query asked
/// a second time has its newest matches (each with its word count, and the words of those whose length can be close)
/// kept, and is read from memory from then on. A query asked once is only remembered as asked: the words its text
/// changes at every pause (a number, a name) would otherwise fill memory with matches never read again, and what memory
/// keeps costs the collector, whose pauses every broadcast shares. All is kept under the library's version, read by the
/// check before it searches, so what is kept never answers for another library than the one the check read; the
/// lengths are applied to what is kept as the database applies them otherwise, and the same matches are scored in the
/// same order.
/// </summary>
public sealed partial class LibrarySearchStore
{
    // Bounded by characters: a query's newest matches with their words, at most WideMatches of a few hundred characters;
    // 8 million characters are about 16 MB.
    private readonly MemoryCache _keptMatches = new(new MemoryCacheOptions { SizeLimit = 8_000_000, TrackStatistics = true });

    // The queries asked once, by count.
    private readonly MemoryCache _askedQueries = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    /// <summary>How many candidate queries of live marks were answered from memory (hits) and not (misses).</summary>
    public MemoryCacheStatistics KeptMatchStatistics => _keptMatches.GetCurrentStatistics()!;

    /// <summary>
    /// The newest <paramref name="limit"/> matches of <paramref name="match"/> whose length <paramref name="search"/>
    /// allows, newest first, with their words: from memory when the query is kept under <paramref name="version"/>.
    /// </summary>
    private async Task<IEnumerable<(long Id, string DocumentId, string Words)>> KeptNewestAsync(
        DbConnection connection, long version, string match, CandidateSearch search, int limit, CancellationToken cancellationToken)
    {
        var key = (version, match, limit);
        if (!_keptMatches.TryGetValue(key, out (long Id, string DocumentId, long WordCount, string? Words)[]? kept))
        {
            if (!_askedQueries.TryGetValue(key, out _))
            {
                _askedQueries.Set(key, true, new MemoryCacheEntryOptions { Size = 1 });
                return await NewestAsync(connection, match, search, limit, cancellationToken);
            }

            // Asked again: every newest match is kept with its word count, the words of those outside the lengths left
            // in the database as they are otherwise.
            kept = [.. await connection.QueryAsync<(long Id, string DocumentId, long WordCount, string? Words)>(new CommandDefinition(
                Postgres
                    ? $"""
                      SELECT id, document_id, word_count, CASE WHEN word_count BETWEEN @fewest AND @most THEN words END FROM (
                          SELECT id, document_id, {WordCount("words")} AS word_count, words, search_key FROM library_paragraphs
                          WHERE search @@ to_tsquery('simple', @match) AND kind <> 'heading' ORDER BY search_key DESC LIMIT @limit
                      ) newest ORDER BY search_key DESC
                      """
                    : $"""
                      WITH newest AS (SELECT rowid AS search_key FROM library_fts WHERE library_fts MATCH @match ORDER BY rowid DESC LIMIT @limit),
                      counted AS (SELECT newest.search_key, p.id, p.document_id, {WordCount("p.words")} AS word_count, p.words FROM newest JOIN library_paragraphs p ON p.search_key = newest.search_key)
                      SELECT id, document_id, word_count, CASE WHEN word_count BETWEEN @fewest AND @most THEN words END FROM counted ORDER BY search_key DESC
                      """,
                new { match, limit = (long)limit, fewest = search.FewestWords, most = search.MostWords }, cancellationToken: cancellationToken))];
            _keptMatches.Set(key, kept, new MemoryCacheEntryOptions { Size = kept.Sum(m => (m.Words?.Length ?? 0) + 16) });
        }

        var close = kept!.Where(m => m.WordCount >= search.FewestWords && m.WordCount <= search.MostWords).ToList();
        var unread = close.Where(m => m.Words is null).Select(m => m.Id).ToList();
        // A longer or shorter paragraph than the one the query was kept for: the words it now needs, read by id.
        var read = unread.Count == 0
            ? []
            : (await connection.QueryAsync<(long Id, string Words)>(new CommandDefinition(
                $"SELECT id, words FROM library_paragraphs WHERE id {(Postgres ? "= ANY(@unread)" : "IN @unread")}",
                new { unread }, cancellationToken: cancellationToken))).ToDictionary(row => row.Id, row => row.Words);
        return close.Where(m => m.Words is not null || read.ContainsKey(m.Id)).Select(m => (m.Id, m.DocumentId, m.Words ?? read[m.Id]));
    }
}
