using Dapper;
using Microsoft.Extensions.Caching.Memory;
using System.Data.Common;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The live mark's candidate queries, kept in memory. A paragraph checked after each pause in typing keeps most of its
/// rarest words, so its narrow and wide queries are the same queries from one pause to the next: their newest matches
/// (each with its word count) are read from the full-text index once, and the words of the matches whose length can be
/// close once per paragraph (in the same read when the query is read). Both are kept under the library's version, read by the check before it searches, so what is
/// kept never answers for another library than the one the check read; the lengths are applied to what is kept, as the
/// database applies them otherwise, and the same matches are scored in the same order.
/// </summary>
public sealed partial class LibrarySearchStore
{
    // Bounded by rows: a query keeps at most WideMatches of (id, document, word count), a few kilobytes.
    private readonly MemoryCache _keptMatches = new(new MemoryCacheOptions { SizeLimit = 400_000, TrackStatistics = true });

    // Bounded by characters: a paragraph's normalized words, a few hundred; 8 million is about 16 MB.
    private readonly MemoryCache _keptWords = new(new MemoryCacheOptions { SizeLimit = 8_000_000 });

    /// <summary>How many candidate queries of live marks were answered from memory (hits) and read from the index (misses).</summary>
    public MemoryCacheStatistics KeptMatchStatistics => _keptMatches.GetCurrentStatistics()!;

    /// <summary>
    /// The newest <paramref name="limit"/> matches of <paramref name="match"/> whose length <paramref name="search"/>
    /// allows, newest first, with their words: the query's matches kept under <paramref name="version"/>.
    /// </summary>
    private async Task<IEnumerable<(long Id, string DocumentId, string Words)>> KeptNewestAsync(
        DbConnection connection, long version, string match, CandidateSearch search, int limit, CancellationToken cancellationToken)
    {
        if (!_keptMatches.TryGetValue((version, match, limit), out (long Id, string DocumentId, long WordCount)[]? matches))
        {
            // Read as the database reads them otherwise: the words of those outside the lengths stay there.
            var read = (await connection.QueryAsync<(long Id, string DocumentId, long WordCount, string? Words)>(new CommandDefinition(
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
                new { match, limit = (long)limit, fewest = search.FewestWords, most = search.MostWords }, cancellationToken: cancellationToken))).AsList();
            matches = [.. read.Select(row => (row.Id, row.DocumentId, row.WordCount))];
            _keptMatches.Set((version, match, limit), matches, new MemoryCacheEntryOptions { Size = matches.Length + 1 });
            foreach (var row in read.Where(row => row.Words is not null))
            {
                _keptWords.Set((version, row.Id), row.Words!, new MemoryCacheEntryOptions { Size = row.Words!.Length + 1 });
            }
        }

        var close = matches!.Where(m => m.WordCount >= search.FewestWords && m.WordCount <= search.MostWords).ToList();
        var words = await KeptWordsAsync(connection, version, [.. close.Select(m => m.Id)], cancellationToken);
        return close.Where(m => words.ContainsKey(m.Id)).Select(m => (m.Id, m.DocumentId, words[m.Id]));
    }

    /// <summary>The normalized words of each of <paramref name="ids"/>, those not kept read in one query and kept.</summary>
    private async Task<Dictionary<long, string>> KeptWordsAsync(DbConnection connection, long version, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var words = new Dictionary<long, string>(ids.Count);
        var missing = new List<long>();
        foreach (var id in ids)
        {
            if (_keptWords.TryGetValue((version, id), out string? kept))
            {
                words[id] = kept!;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return words;
        }

        // Dapper expands a list for SQLite; Npgsql takes it as one array parameter.
        var read = await connection.QueryAsync<(long Id, string Words)>(new CommandDefinition(
            $"SELECT id, words FROM library_paragraphs WHERE id {(Postgres ? "= ANY(@missing)" : "IN @missing")}",
            new { missing }, cancellationToken: cancellationToken));
        foreach (var (id, text) in read)
        {
            words[id] = _keptWords.Set((version, id), text, new MemoryCacheEntryOptions { Size = text.Length + 1 });
        }

        return words;
    }
}
