using Dapper;
using Drafting.Api.Platform;
using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Full-text search of library paragraphs in the database itself: SQLite FTS5 (ranked by bm25) or PostgreSQL's
/// tsvector under a GIN index (ranked by ts_rank_cd). Both index the same normalized words and receive queries
/// written from them (<see cref="SearchQuery"/>), so the same search finds the same paragraphs on either engine.
/// Headings are not agreed language and are never hits.
/// </summary>
public sealed class LibrarySearchStore(DraftingDatabase database)
{
    /// <summary>How many candidates the agreed-language check scores per paragraph.</summary>
    public const int Candidates = 20;

    private const string Filters = """
        p.kind <> 'heading'
        AND (@organ IS NULL OR LOWER(d.organ) = LOWER(@organ))
        AND (@yearFrom IS NULL OR d.year >= @yearFrom)
        AND (@yearTo IS NULL OR d.year <= @yearTo)
        AND (@session IS NULL OR d.session = @session)
        AND (@symbolPattern IS NULL OR d.symbol_key LIKE @symbolPattern ESCAPE '\')
        """;

    private bool Postgres => database.Provider == DatabaseProvider.PostgreSql;

    /// <summary>Library paragraphs holding every term of <paramref name="query"/>, best first, from <paramref name="offset"/>.</summary>
    public async Task<IReadOnlyList<LibraryHitRow>> SearchAsync(SearchQuery query, LibraryFilters filters, int offset, int size, CancellationToken cancellationToken)
    {
        var sql = Postgres
            ? $"""
              SELECT p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
              FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
              WHERE p.search @@ to_tsquery('simple', @match) AND {Filters}
              ORDER BY ts_rank_cd(p.search, to_tsquery('simple', @match)) DESC, d.sort_key, p.position
              LIMIT @limit OFFSET @offset
              """
            : $"""
              SELECT p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
              FROM library_fts JOIN library_paragraphs p ON p.id = library_fts.rowid JOIN library_documents d ON d.id = p.document_id
              WHERE library_fts MATCH @match AND {Filters}
              ORDER BY bm25(library_fts), d.sort_key, p.position
              LIMIT @limit OFFSET @offset
              """;
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<LibraryHitRow>(new CommandDefinition(
            sql,
            new
            {
                match = Postgres ? query.ToTsQuery() : query.ToFts5(),
                organ = filters.Organ,
                yearFrom = (long?)filters.YearFrom,
                yearTo = (long?)filters.YearTo,
                session = (long?)filters.Session,
                symbolPattern = filters.SymbolPattern,
                limit = (long)size,
                offset = (long)offset,
            },
            cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// The library paragraphs most likely to be the source of a paragraph whose candidate words are <paramref name="words"/>:
    /// those holding the most of them, the rarer weighing more (any one of them suffices to be a candidate).
    /// </summary>
    public async Task<IReadOnlyList<LibraryHitRow>> CandidatesAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await CandidatesAsync(connection, words, cancellationToken);
    }

    /// <summary>Candidates for many paragraphs on one connection: the agreed-language check of a whole draft.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<LibraryHitRow>>> CandidatesAsync(IReadOnlyList<IReadOnlyList<string>> paragraphs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = new List<IReadOnlyList<LibraryHitRow>>(paragraphs.Count);
        foreach (var words in paragraphs)
        {
            found.Add(words.Count == 0 ? [] : await CandidatesAsync(connection, words, cancellationToken));
        }

        return found;
    }

    /// <summary>
    /// The library paragraphs with the same words as each fingerprint, newest adoption first: copied agreed language,
    /// found for a whole draft in one query. Keyed by fingerprint.
    /// </summary>
    public async Task<ILookup<string, LibraryHitRow>> SameWordsAsync(IReadOnlyCollection<string> fingerprints, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = new List<(string Fingerprint, LibraryHitRow Row)>();
        foreach (var chunk in fingerprints.Distinct().Chunk(500))
        {
            // Dapper expands a list for SQLite; Npgsql takes it as one array parameter.
            var rows = await connection.QueryAsync<string, LibraryHitRow, (string, LibraryHitRow)>(new CommandDefinition(
                $"""
                SELECT p.fingerprint, p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
                FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
                WHERE p.fingerprint {(Postgres ? "= ANY(@chunk)" : "IN @chunk")} AND p.kind <> 'heading'
                ORDER BY d.sort_key, p.position
                """,
                new { chunk }, cancellationToken: cancellationToken),
                (fingerprint, row) => (fingerprint, row), splitOn: "paragraph_id");
            found.AddRange(rows);
        }

        return found.ToLookup(f => f.Fingerprint, f => f.Row);
    }

    private async Task<IReadOnlyList<LibraryHitRow>> CandidatesAsync(System.Data.Common.DbConnection connection, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var sql = Postgres
            ? """
              SELECT p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
              FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
              WHERE p.search @@ to_tsquery('simple', @match) AND p.kind <> 'heading'
              ORDER BY ts_rank(p.search, to_tsquery('simple', @match)) DESC, d.sort_key, p.position
              LIMIT @limit
              """
            : """
              SELECT p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text
              FROM library_fts JOIN library_paragraphs p ON p.id = library_fts.rowid JOIN library_documents d ON d.id = p.document_id
              WHERE library_fts MATCH @match AND p.kind <> 'heading'
              ORDER BY bm25(library_fts), d.sort_key, p.position
              LIMIT @limit
              """;
        var match = Postgres ? string.Join(" | ", words) : string.Join(" OR ", words.Select(w => $"\"{w}\""));
        return (await connection.QueryAsync<LibraryHitRow>(new CommandDefinition(sql, new { match, limit = (long)Candidates }, cancellationToken: cancellationToken))).ToList();
    }
}
