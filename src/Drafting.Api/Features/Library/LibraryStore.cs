using System.Globalization;
using Dapper;
using Drafting.Api.Platform;
using Drafting.Model.Library;
using Npgsql;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The adopted texts: stored by import (a document per symbol; importing it again replaces its paragraphs in one
/// transaction, never a second copy), listed and read by everyone signed in. Library rows belong to no resolution,
/// so their writes take the plain write scope, as accounts do.
/// </summary>
public sealed class LibraryStore(DraftingDatabase database, TimeProvider time)
{
    private bool Postgres => database.Provider == DatabaseProvider.PostgreSql;

    /// <summary>How many paragraphs one adoption date can hold in the search key (yyyymmdd × this + a counter).</summary>
    public const long SearchKeysPerDay = 100_000_000;

    /// <summary>
    /// Stores the <paramref name="texts"/> read from <paramref name="fileName"/> (one, or each part of a resolution in
    /// parts) in one transaction; returns each one's id and the file of the earlier import it replaced, if any.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string? ReplacedFile)>> SaveAsync(IReadOnlyList<AdoptedText> texts, string fileName, CancellationToken cancellationToken)
    {
        var now = EventLog.Timestamp(time.GetUtcNow());
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        var saved = new List<(Guid Id, string? ReplacedFile)>();
        foreach (var text in texts)
        {
            saved.Add(await SaveAsync(scope, text, fileName, now, cancellationToken));
        }

        await LibraryVersion.RaiseAsync(scope.Connection, scope.Transaction, cancellationToken);
        await scope.CommitAsync(cancellationToken);
        return saved;
    }

    private async Task<(Guid Id, string? ReplacedFile)> SaveAsync(WriteScope scope, AdoptedText text, string fileName, string now, CancellationToken cancellationToken)
    {
        var key = text.Symbol.ToUpperInvariant();
        var existing = await scope.Connection.QuerySingleOrDefaultAsync<(string Id, string FileName)?>(new CommandDefinition(
            "SELECT id, file_name FROM library_documents WHERE symbol_key = @key", new { key }, scope.Transaction, cancellationToken: cancellationToken));
        // An upsert, so that two nodes importing the same symbol at once end with one document (the second waits on the first's row).
        var id = await scope.Connection.QuerySingleAsync<string>(new CommandDefinition(
            """
            INSERT INTO library_documents (id, symbol, symbol_key, organ, adopted_on, year, session, agenda_item, title, formula, file_name, paragraph_count, sort_key, imported_at, updated_at)
            VALUES (@id, @symbol, @key, @organ, @adoptedOn, @year, @session, @agendaItem, @title, @formula, @fileName, @count, @sortKey, @now, @now)
            ON CONFLICT (symbol_key) DO UPDATE SET symbol = excluded.symbol, organ = excluded.organ, adopted_on = excluded.adopted_on, year = excluded.year,
                session = excluded.session, agenda_item = excluded.agenda_item, title = excluded.title, formula = excluded.formula, file_name = excluded.file_name,
                paragraph_count = excluded.paragraph_count, sort_key = excluded.sort_key, updated_at = excluded.updated_at
            RETURNING id
            """,
            new
            {
                id = existing?.Id ?? Guid.NewGuid().ToString(),
                symbol = text.Symbol,
                key,
                organ = text.Organ,
                adoptedOn = text.AdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                year = (long?)text.AdoptedOn?.Year,
                session = (long?)text.Session,
                agendaItem = text.AgendaItem,
                title = text.Title,
                formula = text.Formula,
                fileName,
                count = (long)text.Paragraphs.Count,
                sortKey = SortKey(text.AdoptedOn, key),
                now,
            },
            scope.Transaction, cancellationToken: cancellationToken));
        var removed = LibraryWordCounts.Of(await DeleteParagraphsAsync(scope, id, cancellationToken));
        // The index reads paragraphs newest adoption first by this key: the date, then a counter within it.
        var dateKey = text.AdoptedOn is { } day ? (day.Year * 10_000L) + (day.Month * 100) + day.Day : 0L;
        var firstKey = await scope.Connection.QuerySingleAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(search_key) + 1, @low) FROM library_paragraphs WHERE search_key >= @low AND search_key < @high",
            new { low = dateKey * SearchKeysPerDay, high = (dateKey + 1) * SearchKeysPerDay }, scope.Transaction, cancellationToken: cancellationToken));
        var meta = LibrarySearchMeta.Of(text.Organ, text.Session, key);
        var indexedMeta = meta + LibrarySearchMeta.Beginnings(key);
        var rows = text.Paragraphs.Select((p, i) => new
        {
            id,
            meta,
            searchKey = firstKey + i,
            position = (long)p.Position,
            kind = KindName(p.Kind),
            depth = (long)p.Depth,
            number = p.Number,
            reference = p.Reference,
            opening = p.Opening,
            text = p.Text,
            words = SearchWords.Normalized(p.Text),
            fingerprint = AgreedLanguage.Fingerprint(p.Text),
        }).ToList();
        if (Postgres)
        {
            await LibraryParagraphCopy.WriteAsync((NpgsqlConnection)scope.Connection, rows.Select(r => new LibraryParagraphCopy.Row(
                r.id, r.position, r.kind, r.depth, r.number, r.reference, r.opening, r.text, r.words, r.fingerprint, r.meta, r.searchKey)), cancellationToken);
        }
        else
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO library_paragraphs (document_id, position, kind, depth, number, reference, opening, text, words, fingerprint, meta, search_key)
                VALUES (@id, @position, @kind, @depth, @number, @reference, @opening, @text, @words, @fingerprint, @meta, @searchKey)
                """,
                rows, scope.Transaction, cancellationToken: cancellationToken));
        }

        var indexed = rows.Where(r => r.kind != KindName(LibraryParagraphKind.Heading)).ToList();
        if (!Postgres)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO library_fts (rowid, words, pairs, meta) VALUES (@searchKey, @words, @pairs, @meta)",
                indexed.Select(r => new { r.searchKey, r.words, pairs = LibraryFtsQuery.Pairs(r.words), meta = indexedMeta }),
                scope.Transaction, cancellationToken: cancellationToken));
        }

        await LibraryWordCounts.ApplyAsync(
            scope.Connection, scope.Transaction, database.Provider, LibraryWordCounts.Of(indexed.Select(r => r.words)), removed, cancellationToken);
        return (Guid.Parse(id, CultureInfo.InvariantCulture), existing?.FileName);
    }

    /// <summary>The document filed under <paramref name="symbol"/> (any case), or null.</summary>
    public async Task<Guid?> FindAsync(string symbol, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT id FROM library_documents WHERE symbol_key = @key", new { key = symbol.Trim().ToUpperInvariant() }, cancellationToken: cancellationToken));
        return id is null ? null : Guid.Parse(id, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Takes the document <paramref name="id"/> out of the library in one transaction: its paragraphs, their words from
    /// the counts and their rows from the index; the library's version moves, so no kept page or check still shows it.
    /// What drafts took from it keeps its symbol and citation (<see cref="ParagraphSource"/>). Null when it is not in the library.
    /// </summary>
    public async Task<RemovedLibraryDocumentDto?> RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = id.ToString();
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        var document = await scope.Connection.QuerySingleOrDefaultAsync<(string Symbol, string FileName)?>(new CommandDefinition(
            "SELECT symbol, file_name FROM library_documents WHERE id = @key", new { key }, scope.Transaction, cancellationToken: cancellationToken));
        if (document is not { } removed)
        {
            return null;
        }

        var words = await DeleteParagraphsAsync(scope, key, cancellationToken);
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM library_documents WHERE id = @key", new { key }, scope.Transaction, cancellationToken: cancellationToken));
        await LibraryWordCounts.ApplyAsync(
            scope.Connection, scope.Transaction, database.Provider, new Dictionary<string, long>(StringComparer.Ordinal), LibraryWordCounts.Of(words), cancellationToken);
        var citing = await scope.Connection.QuerySingleAsync<long>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT resolution_id, clause_id FROM clause_versions WHERE source LIKE @pattern) taken)
                 + (SELECT COUNT(*) FROM proposals WHERE status = 'Open' AND source LIKE @pattern)
            """,
            new { pattern = ParagraphSource.StoredBeginning(id) + "%" }, scope.Transaction, cancellationToken: cancellationToken));
        await LibraryVersion.RaiseAsync(scope.Connection, scope.Transaction, cancellationToken);
        await scope.CommitAsync(cancellationToken);
        return new RemovedLibraryDocumentDto(id, removed.Symbol, removed.FileName, words.Count, (int)citing);
    }

    /// <summary>
    /// Deletes the paragraphs of the document <paramref name="id"/> and their rows of the index (SQLite's keeps no text,
    /// so its rows go by key: migration 0084); returns their normalized words, which the word counts then lose.
    /// </summary>
    private async Task<IReadOnlyList<string>> DeleteParagraphsAsync(WriteScope scope, string id, CancellationToken cancellationToken)
    {
        var words = (await scope.Connection.QueryAsync<string>(new CommandDefinition(
            "SELECT words FROM library_paragraphs WHERE document_id = @id AND kind <> 'heading'", new { id }, scope.Transaction, cancellationToken: cancellationToken))).ToList();
        if (!Postgres && words.Count > 0)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM library_fts WHERE rowid IN (SELECT search_key FROM library_paragraphs WHERE document_id = @id AND kind <> 'heading')",
                new { id }, scope.Transaction, cancellationToken: cancellationToken));
        }

        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM library_paragraphs WHERE document_id = @id", new { id }, scope.Transaction, cancellationToken: cancellationToken));
        return words;
    }

    /// <summary>
    /// A page of documents, newest adoption first, after <paramref name="after"/>; one row more than <paramref name="size"/>
    /// when there is a next page. Only those whose symbol begins with <paramref name="symbolPrefix"/> and whose title or
    /// agenda item holds <paramref name="titleWords"/> (in that order, any case), when given.
    /// </summary>
    public async Task<List<LibraryDocumentRow>> ListAsync(PageCursor? after, int size, string? symbolPrefix, string? titleWords, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<LibraryDocumentRow>(new CommandDefinition(
            """
            SELECT id, symbol, organ, adopted_on, session, agenda_item, title, formula, file_name, paragraph_count, sort_key, imported_at, updated_at
            FROM library_documents
            WHERE (@afterKey IS NULL OR sort_key > @afterKey OR (sort_key = @afterKey AND id > @afterId))
              AND (@symbol IS NULL OR symbol_key LIKE @symbol ESCAPE '\')
              AND (@title IS NULL OR LOWER(COALESCE(title, '') || ' ' || COALESCE(agenda_item, '')) LIKE @title ESCAPE '\')
            ORDER BY sort_key, id
            LIMIT @limit
            """,
            new
            {
                afterKey = after?.CreatedAt,
                afterId = after?.Id,
                // Symbols are keyed in upper case; a title is matched in lower case, its words in the order given, and the
                // Council's texts, which have none, by their agenda item ("United Nations peacekeeping operations").
                symbol = !string.IsNullOrWhiteSpace(symbolPrefix) ? $"{SqlLike.Literal(symbolPrefix.Trim().ToUpperInvariant())}%" : null,
                title = !string.IsNullOrWhiteSpace(titleWords) ? $"%{string.Join('%', titleWords.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SqlLike.Literal))}%" : null,
                limit = (long)size + 1,
            },
            cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>A document with its paragraphs in order, or null.</summary>
    public async Task<(LibraryDocumentRow Document, IReadOnlyList<LibraryParagraphRow> Paragraphs)?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var batch = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            SELECT id, symbol, organ, adopted_on, session, agenda_item, title, formula, file_name, paragraph_count, sort_key, imported_at, updated_at
            FROM library_documents WHERE id = @id;
            SELECT id, document_id, position, kind, depth, number, reference, opening, text FROM library_paragraphs WHERE document_id = @id ORDER BY position;
            """,
            new { id = id.ToString() }, cancellationToken: cancellationToken));
        var document = await batch.ReadSingleOrDefaultAsync<LibraryDocumentRow>();
        var paragraphs = (await batch.ReadAsync<LibraryParagraphRow>()).ToList();
        return document is null ? null : (document, paragraphs);
    }

    /// <summary>
    /// After a bulk load on PostgreSQL, the planner's statistics of the library at once: autovacuum analyzes the tables a
    /// while after the load, and until then searches are planned for the library as it was (an empty one, after a
    /// first load: every organ filter then joined each document to the GIN index in turn). SQLite needs none.
    /// </summary>
    public async Task AnalyzeAsync(CancellationToken cancellationToken)
    {
        if (Postgres)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("ANALYZE library_documents, library_paragraphs, library_words", cancellationToken: cancellationToken));
        }
    }

    /// <summary>How many documents and paragraphs the library holds.</summary>
    public async Task<(long Documents, long Paragraphs)> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM library_documents), (SELECT COUNT(*) FROM library_paragraphs)", cancellationToken: cancellationToken));
    }

    /// <summary>The stored document as the model's adopted text.</summary>
    public static AdoptedText ToAdoptedText(LibraryDocumentRow document, IEnumerable<LibraryParagraphRow> paragraphs) =>
        new(document.Symbol,
            document.Organ,
            document.AdoptedOn is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            (int?)document.Session,
            document.AgendaItem,
            document.Title,
            document.Formula,
            paragraphs.Select(p => new LibraryParagraph((int)p.Position, ParseKind(p.Kind), (int)p.Depth, p.Number, p.Reference, p.Text, p.Opening)).ToList());

    /// <summary>The stored name of a paragraph kind.</summary>
    public static string KindName(LibraryParagraphKind kind) => kind switch
    {
        LibraryParagraphKind.Preambular => "preambular",
        LibraryParagraphKind.Operative => "operative",
        LibraryParagraphKind.SubParagraph => "subParagraph",
        _ => "heading",
    };

    private static LibraryParagraphKind ParseKind(string kind) => kind switch
    {
        "preambular" => LibraryParagraphKind.Preambular,
        "operative" => LibraryParagraphKind.Operative,
        "subParagraph" => LibraryParagraphKind.SubParagraph,
        _ => LibraryParagraphKind.Heading,
    };

    /// <summary>Sorts newest adoption first (the date's complement), undated last, then by symbol.</summary>
    private static string SortKey(DateOnly? adoptedOn, string symbolKey) =>
        (adoptedOn is { } date ? (99991231 - ((date.Year * 10000) + (date.Month * 100) + date.Day)).ToString("D8", CultureInfo.InvariantCulture) : "99999999")
        + " " + symbolKey.Replace("|", "/", StringComparison.Ordinal); // '|' separates a page cursor's parts
}
