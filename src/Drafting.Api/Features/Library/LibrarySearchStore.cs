using Dapper;
using Drafting.Api.Platform;
using Drafting.Model.Library;
using Microsoft.Extensions.Caching.Memory;
using System.Data.Common;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Full-text search of library paragraphs in the database itself: SQLite FTS5 or PostgreSQL's tsvector under a GIN
/// index (ranked by ts_rank_cd). Both index the same normalized words and receive queries written from them
/// (<see cref="SearchQuery"/>), so the same search finds the same paragraphs on either engine. Headings are not agreed
/// language and are never hits.
/// On SQLite (migration 0053) the index holds no heading, reads matches newest adoption first and holds the filters as
/// words (<see cref="LibrarySearchMeta"/>). A search reads its newest matches, ranks the first
/// <see cref="DefaultRankedMatches"/> of them by length (<see cref="LibraryRanking"/>), continues newest first beyond
/// them down to <see cref="MaxDepth"/>, and joins only the page it answers to the paragraphs and documents: no search
/// reads all of a common word's paragraphs. Phrases are searched by their word pairs and prefixes by the words they
/// begin (<see cref="LibraryFtsQuery"/>).
/// </summary>
public sealed partial class LibrarySearchStore(DraftingDatabase database, IConfiguration configuration, LibraryWordFrequencies frequencies) : IDisposable
{
    /// <summary>How many candidates the agreed-language check scores per paragraph.</summary>
    public const int Candidates = 20;

    /// <summary>How many paragraphs holding two of a paragraph's rarest words SQLite reads, newest first, to find its source among them.</summary>
    public const int WideMatches = 200;

    /// <summary>How many matches of a query a search ranks, its newest, unless <c>Drafting:Library:RankedMatches</c> says otherwise.</summary>
    public const int DefaultRankedMatches = 200;

    /// <summary>How deep the pages of a search go: its newest matches beyond the ranked ones, newest first.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>How many search pages are kept unless <c>Drafting:Library:SearchCacheEntries</c> says otherwise (0: none).</summary>
    public const int DefaultSearchCacheEntries = 10_000;

    // Pages of library hits, the same for every reader, kept under the library's version: a changed library is a new
    // version, so a kept page is never older than the library (LibraryVersion).
    private readonly int _cacheEntries = Math.Max(0, configuration.GetValue("Drafting:Library:SearchCacheEntries", DefaultSearchCacheEntries));
    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, configuration.GetValue("Drafting:Library:SearchCacheEntries", DefaultSearchCacheEntries)) });

    // Searches run at most one per core: more would only share the cores, so each would take as long as all of them.
    private readonly SemaphoreSlim _lanes = new(Environment.ProcessorCount, Environment.ProcessorCount);

    // How many paragraphs each document holds, under the library's version: what a filter leaves (PostgreSQL). One
    // reference, swapped whole, so a search never reads one version's stamp with another's counts.
    private LibraryParagraphCounts _counts = new(-1, []);

    private readonly int _rankedMatches = Math.Clamp(configuration.GetValue("Drafting:Library:RankedMatches", DefaultRankedMatches), 1, MaxDepth);

    private bool Postgres => database.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Library paragraphs holding every term of <paramref name="query"/>, best first, from <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<LibraryHitRow>> SearchAsync(SearchQuery query, LibraryFilters filters, int offset, int size, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One snapshot: the version a page is kept under, the words a prefix stands for and the matches are read together.
        await using var snapshot = await DraftingDatabase.BeginSnapshotAsync(connection, cancellationToken);
        var version = await LibraryVersion.CurrentAsync(connection, snapshot, cancellationToken);
        object? key = _cacheEntries > 0 ? (version, query.ToTsQuery(), filters, offset, size) : null;
        if (key is not null && _pages.TryGetValue(key, out IReadOnlyList<LibraryHitRow>? kept))
        {
            return kept!;
        }

        await _lanes.WaitAsync(cancellationToken);
        try
        {
            var rows = Postgres
                ? await SearchPostgresAsync(connection, snapshot, version, query, filters, offset, size, cancellationToken)
                : await SearchSqliteAsync(connection, snapshot, query, filters, offset, size, cancellationToken);
            if (key is not null)
            {
                _pages.Set(key, rows, new MemoryCacheEntryOptions { Size = 1 });
            }

            return rows;
        }
        finally
        {
            _lanes.Release();
        }
    }

    /// <summary>
    /// PostgreSQL reads the newest matches down to the page asked for, as SQLite does, the way <see cref="LibraryReadPlan"/>
    /// picks: down the key index for common words, from the GIN index for rarer ones, within the newest periods first for
    /// words between. The newest <see cref="DefaultRankedMatches"/> (<c>Drafting:Library:RankedMatches</c>) are ranked by
    /// <c>ts_rank_cd</c>; older ones follow newest first, down to <see cref="MaxDepth"/>: a first page reads 200 matches,
    /// not 1,000 (each with its tsvector read to rank it). A year range is a range of keys, the other filters words of the
    /// search vector (<see cref="LibrarySearchMeta.TsQuery"/>).
    /// </summary>
    private async Task<IReadOnlyList<LibraryHitRow>> SearchPostgresAsync(
        DbConnection connection, DbTransaction snapshot, long version, SearchQuery query, LibraryFilters filters, int offset, int size, CancellationToken cancellationToken)
    {
        var read = Depth(offset, size);
        var counts = await CountsAsync(connection, snapshot, version, cancellationToken);
        var plan = LibraryReadPlan.For(query, filters, await frequencies.OfVersionAsync(connection, snapshot, version, cancellationToken), counts, read);
        var (firstKey, lastKey) = LibrarySearchMeta.Keys(filters);
        var rank = query.ToTsQuery();
        var match = LibrarySearchMeta.TsQuery(rank, filters, plan.Read == LibraryRead.Walk ? null : counts.NewestPeriod);
        var periods = plan.SinceYear is { } since ? LibrarySearchMeta.Periods(since, counts.NewestPeriod) : null;
        const string Matches = "SELECT p.id, p.search, p.search_key FROM library_paragraphs p WHERE p.kind <> 'heading' AND p.search_key BETWEEN @firstKey AND @lastKey";
        // A walk under an organ walks that organ's paragraphs (its own index); "+ 0" is no column of the key index: the
        // matches are then read from the GIN index. A slice's older periods are read only when it held too few: the
        // count is a one-time filter, so their index is never opened otherwise.
        var newest = plan.Read switch
        {
            LibraryRead.Walk => $"""
                {Matches} AND p.search @@ to_tsquery('simple', @match) {(filters.Organ is not null ? "AND split_part(p.meta, ' ', 1) = @organ" : "")}
                ORDER BY p.search_key DESC LIMIT @read
                """,
            LibraryRead.Slice => $"""
                WITH sliced AS MATERIALIZED (
                    {Matches} AND p.search @@ to_tsquery('simple', @slice) ORDER BY p.search_key + 0 DESC LIMIT @read
                ), older AS (
                    {Matches} AND (SELECT count(*) FROM sliced) < @read AND p.search @@ to_tsquery('simple', @rest)
                    ORDER BY p.search_key + 0 DESC LIMIT @read
                )
                SELECT * FROM sliced UNION ALL SELECT * FROM older ORDER BY search_key DESC LIMIT @read
                """,
            _ => $"{Matches} AND p.search @@ to_tsquery('simple', @match) ORDER BY p.search_key + 0 DESC LIMIT @read",
        };
        return (await connection.QueryAsync<LibraryHitRow>(new CommandDefinition(
            $"""
            WITH newest AS (
                {newest}
            ), aged AS (
                SELECT id, search, search_key, row_number() OVER (ORDER BY search_key DESC) > @ranked AS older FROM newest
            ), page AS (
                SELECT id, search_key, older, CASE WHEN older THEN 0 ELSE ts_rank_cd(search, to_tsquery('simple', @rank)) END AS score FROM aged
                ORDER BY older, score DESC, search_key DESC LIMIT @limit OFFSET @offset
            )
            SELECT p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
            FROM page JOIN library_paragraphs p ON p.id = page.id JOIN library_documents d ON d.id = p.document_id
            ORDER BY page.older, page.score DESC, page.search_key DESC
            """,
            new
            {
                match,
                rank,
                slice = periods is null ? null : $"{match} & {periods}",
                rest = periods is null ? null : $"{match} & !{periods}",
                organ = filters.Organ is { } organ ? LibrarySearchMeta.OrganWord(organ) : null,
                read,
                ranked = (long)_rankedMatches,
                firstKey,
                lastKey,
                limit = (long)size,
                offset = (long)offset,
            },
            snapshot,
            cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// How many paragraphs each library document holds at <paramref name="version"/>, read once per version: what a
    /// search's filters leave, in which periods (PostgreSQL).
    /// </summary>
    private async Task<LibraryParagraphCounts> CountsAsync(DbConnection connection, DbTransaction snapshot, long version, CancellationToken cancellationToken)
    {
        var kept = _counts;
        if (kept.Version != version)
        {
            _counts = kept = await LibraryParagraphCounts.ReadAsync(connection, snapshot, version, cancellationToken);
        }

        return kept;
    }

    /// <summary>
    /// SQLite: the newest matches down to the page asked for (the ranked ones at least), each with its number of words
    /// as the index counted them, ordered as <see cref="LibraryRanking"/> says; then only the page is read from the paragraphs.
    /// </summary>
    private async Task<IReadOnlyList<LibraryHitRow>> SearchSqliteAsync(
        DbConnection connection, DbTransaction snapshot, SearchQuery query, LibraryFilters filters, int offset, int size, CancellationToken cancellationToken)
    {
        var completions = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var prefix in LibraryFtsQuery.Prefixes(query))
        {
            completions[prefix] = await CompletionsAsync(connection, snapshot, prefix, cancellationToken);
        }

        if (LibraryFtsQuery.Match(query, prefix => completions[prefix]) is not { } words)
        {
            return [];
        }

        var (firstKey, lastKey) = LibrarySearchMeta.Keys(filters);
        var matched = await connection.QueryAsync<(long SearchKey, byte[] Sizes)>(new CommandDefinition(
            """
            WITH matched AS (
                SELECT rowid AS search_key FROM library_fts
                WHERE library_fts MATCH @match AND rowid BETWEEN @firstKey AND @lastKey ORDER BY rowid DESC LIMIT @read
            )
            SELECT matched.search_key, size.sz FROM matched JOIN library_fts_docsize size ON size.id = matched.search_key
            """,
            new { match = $"({words}){LibrarySearchMeta.Match(filters)}", firstKey, lastKey, read = Depth(offset, size) },
            snapshot,
            cancellationToken: cancellationToken));
        return await RowsAsync(connection, snapshot, "search_key", LibraryRanking.Page(matched, _rankedMatches, offset, size), cancellationToken);
    }

    /// <summary>How many of the newest matches a page from <paramref name="offset"/> reads: the ranked ones at least, never past <see cref="MaxDepth"/>.</summary>
    private long Depth(int offset, int size) => Math.Clamp(offset + size, _rankedMatches, MaxDepth);

    /// <summary>The library's words that begin with <paramref name="prefix"/>, or null when more than <see cref="LibraryFtsQuery.MaxPrefixWords"/> do.</summary>
    private static async Task<IReadOnlyList<string>?> CompletionsAsync(DbConnection connection, DbTransaction snapshot, string prefix, CancellationToken cancellationToken)
    {
        // Every word beginning with the prefix sorts from the prefix up to the prefix followed by the last code point.
        var words = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT word FROM library_words WHERE word >= @prefix AND word < @end ORDER BY word LIMIT @limit",
            new { prefix, end = prefix + char.ConvertFromUtf32(0x10FFFF), limit = (long)LibraryFtsQuery.MaxPrefixWords + 1 },
            snapshot,
            cancellationToken: cancellationToken))).ToList();
        return words.Count > LibraryFtsQuery.MaxPrefixWords ? null : words;
    }

    /// <summary>The paragraphs whose <paramref name="column"/> (<c>search_key</c> or <c>id</c>) is one of <paramref name="keys"/>, with their documents, in that order.</summary>
    private async Task<IReadOnlyList<LibraryHitRow>> RowsAsync(DbConnection connection, DbTransaction? transaction, string column, IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        // Dapper expands a list for SQLite; Npgsql takes it as one array parameter.
        var rows = await connection.QueryAsync<long, LibraryHitRow, (long Key, LibraryHitRow Row)>(new CommandDefinition(
            $"""
            SELECT p.{column}, p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
            FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
            WHERE p.{column} {(Postgres ? "= ANY(@keys)" : "IN @keys")}
            """,
            new { keys },
            transaction,
            cancellationToken: cancellationToken),
            (key, row) => (key, row),
            splitOn: "paragraph_id");
        var found = rows.ToDictionary(r => r.Key, r => r.Row);
        return [.. keys.Where(found.ContainsKey).Select(k => found[k])];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _pages.Dispose();
        _lanes.Dispose();
    }
}
