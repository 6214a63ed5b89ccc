using Drafting.Api.Platform;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// Writes a new clause tree as the rows that differ from the old one: an inserted, deleted or moved paragraph on the
/// largest text costs its own rows (and a move, its siblings' positions), not a rewrite of every clause under the one
/// writer while everyone else waits.
/// </summary>
internal static class ClauseRowChanges
{
    /// <summary>Inserts or rewrites one clause row.</summary>
    public const string InsertClauseSql =
        """
        INSERT INTO clauses (resolution_id, id, parent_id, kind, position, opening, text, version, sub_style)
        VALUES (@ResolutionId, @Id, @ParentId, @Kind, @Position, @Opening, @Text, @Version, @SubStyle)
        ON CONFLICT (resolution_id, id) DO UPDATE SET parent_id = excluded.parent_id, kind = excluded.kind, position = excluded.position,
            opening = excluded.opening, text = excluded.text, version = excluded.version, sub_style = excluded.sub_style
        """;

    /// <summary>Records a clause version for the history (attributed to its event afterwards).</summary>
    public const string InsertVersionSql =
        """
        INSERT INTO clause_versions (resolution_id, clause_id, version, text) VALUES (@ResolutionId, @Id, @Version, @Text)
        ON CONFLICT (resolution_id, clause_id, version) DO NOTHING
        """;

    /// <summary>Inserts or rewrites one heading row.</summary>
    public const string UpsertHeadingSql =
        """
        INSERT INTO headings (resolution_id, id, before_clause_id, text) VALUES (@ResolutionId, @Id, @BeforeClauseId, @Text)
        ON CONFLICT (resolution_id, id) DO UPDATE SET before_clause_id = excluded.before_clause_id, text = excluded.text
        """;

    /// <summary>Inserts or rewrites one note row.</summary>
    public const string UpsertNoteSql =
        """
        INSERT INTO notes (resolution_id, clause_id, position, offset_in_text, text) VALUES (@ResolutionId, @ClauseId, @Position, @OffsetInText, @Text)
        ON CONFLICT (resolution_id, clause_id, position) DO UPDATE SET offset_in_text = excluded.offset_in_text, text = excluded.text
        """;

    /// <summary>Writes what differs between the stored <paramref name="before"/> and <paramref name="after"/>: clauses, their new versions, headings and notes.</summary>
    public static async Task WriteAsync(ResolutionTransaction transaction, Resolution before, Resolution after, CancellationToken cancellationToken)
    {
        var rid = transaction.Rid;
        var oldClauses = ResolutionMapping.ClauseParameters(before).ToDictionary(row => row.Id, StringComparer.Ordinal);
        var newClauses = ResolutionMapping.ClauseParameters(after).ToList();
        var kept = newClauses.Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        await DeleteAsync(transaction, "DELETE FROM clauses WHERE resolution_id = @rid AND id = @key",
            oldClauses.Keys.Where(id => !kept.Contains(id)).Select(id => new { rid, key = id }).ToList(), cancellationToken);
        var written = newClauses.Where(row => !oldClauses.TryGetValue(row.Id, out var was) || was != row).ToList();
        await WriteRowsAsync(transaction, InsertClauseSql, written, cancellationToken);
        await WriteRowsAsync(transaction, InsertVersionSql,
            written.Where(row => !oldClauses.TryGetValue(row.Id, out var was) || was.Version != row.Version).ToList(), cancellationToken);

        // Headings hang on operative paragraphs and notes on clauses: they change with the structure, row by row too.
        var oldHeadings = ResolutionMapping.HeadingParameters(before).ToDictionary(row => row.Id, StringComparer.Ordinal);
        var newHeadings = ResolutionMapping.HeadingParameters(after).ToList();
        var headingIds = newHeadings.Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        await DeleteAsync(transaction, "DELETE FROM headings WHERE resolution_id = @rid AND id = @key",
            oldHeadings.Keys.Where(id => !headingIds.Contains(id)).Select(id => new { rid, key = id }).ToList(), cancellationToken);
        await WriteRowsAsync(transaction, UpsertHeadingSql,
            newHeadings.Where(row => !oldHeadings.TryGetValue(row.Id, out var was) || was != row).ToList(), cancellationToken);

        var oldNotes = ResolutionMapping.NoteParameters(before).ToDictionary(row => (row.ClauseId, row.Position));
        var newNotes = ResolutionMapping.NoteParameters(after).ToList();
        var noteKeys = newNotes.Select(row => (row.ClauseId, row.Position)).ToHashSet();
        await DeleteAsync(transaction, "DELETE FROM notes WHERE resolution_id = @rid AND clause_id = @clauseId AND position = @position",
            oldNotes.Keys.Where(key => !noteKeys.Contains(key)).Select(key => new { rid, clauseId = key.ClauseId, position = key.Position }).ToList(), cancellationToken);
        await WriteRowsAsync(transaction, UpsertNoteSql,
            newNotes.Where(row => !oldNotes.TryGetValue((row.ClauseId, row.Position), out var was) || was != row).ToList(), cancellationToken);
    }

    private static Task DeleteAsync<T>(ResolutionTransaction transaction, string sql, List<T> keys, CancellationToken cancellationToken) =>
        keys.Count == 0 ? Task.CompletedTask : transaction.ExecuteAsync(sql, keys, cancellationToken);

    private static Task WriteRowsAsync<T>(ResolutionTransaction transaction, string sql, List<T> rows, CancellationToken cancellationToken) =>
        rows.Count == 0 ? Task.CompletedTask : transaction.ExecuteAsync(sql, rows, cancellationToken);
}
