using System.Text.Json;
using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Revisions;

/// <summary>
/// Published revisions: each an immutable copy of the resolution, its clauses and its sponsors, written
/// together with its <c>RevisionPublished</c> event. Nothing here updates or deletes a revision.
/// </summary>
public sealed class RevisionStore(DraftingDatabase database, TimeProvider time)
{
    /// <summary>Publishes the current state as the next revision; null when the resolution does not exist.</summary>
    /// <param name="id">The resolution.</param>
    /// <param name="actorId">Who publishes.</param>
    /// <param name="label">The label; null for the default ("Zero draft", "Rev.1" …).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<(RevisionRow Revision, JsonElement Payload)?> PublishAsync(Guid id, Guid actorId, string? label, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, null, cancellationToken);
        if (!transaction.Exists)
        {
            return null;
        }

        var published = await PublishAsync(transaction, actorId, label, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    /// <summary>Publishes the resolution's state as the next revision inside the caller's transaction (which commits it).</summary>
    internal static async Task<(RevisionRow Revision, JsonElement Payload)> PublishAsync(ResolutionTransaction transaction, Guid actorId, string? label, CancellationToken cancellationToken)
    {
        var id = transaction.ResolutionId;
        var rid = transaction.Rid;
        var next = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COALESCE(MAX(number) + 1, 0) FROM revisions WHERE resolution_id = @rid", new { rid }, cancellationToken);
        var parameters = new { rid, number = next, label = label ?? Revision.DefaultLabel((int)next), actorId = actorId.ToString(), at = transaction.Stamp };
        await transaction.ExecuteAsync(
            """
            INSERT INTO revisions (resolution_id, number, label, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, seq, published_by, published_at)
            SELECT id, @number, @label, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, last_seq + 1, @actorId, @at FROM resolutions WHERE id = @rid;
            INSERT INTO revision_clauses (resolution_id, number, id, parent_id, kind, position, opening, text, version, sub_style)
            SELECT resolution_id, @number, id, parent_id, kind, position, opening, text, version, sub_style FROM clauses WHERE resolution_id = @rid;
            INSERT INTO revision_sponsors (resolution_id, number, position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision)
            SELECT resolution_id, @number, position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision FROM sponsors WHERE resolution_id = @rid;
            INSERT INTO revision_headings (resolution_id, number, id, before_clause_id, text)
            SELECT resolution_id, @number, id, before_clause_id, text FROM headings WHERE resolution_id = @rid;
            INSERT INTO revision_notes (resolution_id, number, clause_id, position, offset_in_text, text)
            SELECT resolution_id, @number, clause_id, position, offset_in_text, text FROM notes WHERE resolution_id = @rid;
            """,
            parameters, cancellationToken);
        var stored = (await ListAsync(transaction.Connection, transaction.Transaction, id, next, cancellationToken)).Single();
        // The revision row already carries the seq its event gets (last_seq + 1, taken in this transaction).
        var appended = await transaction.AppendEventAsync(actorId, null, EventTypes.RevisionPublished, RevisionDto.From(stored).ToPayload(), cancellationToken);
        return (stored, EventLog.Parse(appended.EventPayload));
    }

    /// <summary>The published revisions of a resolution, oldest first.</summary>
    public async Task<IReadOnlyList<RevisionRow>> ListAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ListAsync(connection, null, id, null, cancellationToken);
    }

    /// <summary>The number of the last published revision, or null when none is.</summary>
    public async Task<int?> LatestNumberAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (int?)await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(number) FROM revisions WHERE resolution_id = @rid", new { rid = id.ToString() }, cancellationToken: cancellationToken));
    }

    /// <summary>One revision with its full text, or null.</summary>
    public async Task<(RevisionRow Row, Revision Revision)?> GetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await ListAsync(connection, null, id, number, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var parameters = new { rid = id.ToString(), number };
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            SELECT resolution_id AS id, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, seq AS last_seq FROM revisions WHERE resolution_id = @rid AND number = @number;
            SELECT id, parent_id, kind, position, opening, text, version, sub_style FROM revision_clauses WHERE resolution_id = @rid AND number = @number;
            SELECT position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision FROM revision_sponsors WHERE resolution_id = @rid AND number = @number;
            SELECT id, before_clause_id, text FROM revision_headings WHERE resolution_id = @rid AND number = @number;
            SELECT clause_id, position, offset_in_text, text FROM revision_notes WHERE resolution_id = @rid AND number = @number;
            """,
            parameters, cancellationToken: cancellationToken));
        var resolution = ResolutionMapping.ToResolution(
            await results.ReadSingleAsync<ResolutionRow>(), await results.ReadAsync<ClauseRow>(), await results.ReadAsync<SponsorRow>(), await results.ReadAsync<HeadingRow>(), await results.ReadAsync<NoteRow>());
        var row = rows[0];
        return (row, new Revision(number, row.Label, resolution, row.PublishedByName, DateTimeOffset.Parse(row.PublishedAt, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<IReadOnlyList<RevisionRow>> ListAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, Guid id, long? number, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<RevisionRow>(new CommandDefinition(
            """
            SELECT v.number, v.label, v.stage, v.version, v.seq, v.symbol, v.published_at,
                   v.published_by AS published_by_id, COALESCE(u.display_name, '') AS published_by_name, COALESCE(u.organization, '') AS published_by_organization,
                   (SELECT COUNT(*) FROM revision_sponsors s WHERE s.resolution_id = v.resolution_id AND s.number = v.number AND s.withdrawn_on IS NULL) AS sponsor_count
            FROM revisions v LEFT JOIN users u ON u.id = v.published_by
            WHERE v.resolution_id = @rid AND (@number IS NULL OR v.number = @number)
            ORDER BY v.number
            """,
            new { rid = id.ToString(), number }, transaction, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}

/// <summary>A published revision as listed: number, label, state and who published it when.</summary>
public sealed record RevisionRow
{
    /// <summary>0 for the zero draft, then 1, 2 ….</summary>
    public long Number { get; init; }

    /// <summary>"Zero draft", "Rev.1" … or the label given.</summary>
    public string Label { get; init; } = "";

    /// <summary>The stage the draft was at.</summary>
    public string Stage { get; init; } = "";

    /// <summary>The resolution's version at publication.</summary>
    public long Version { get; init; }

    /// <summary>The seq of the <c>RevisionPublished</c> event.</summary>
    public long Seq { get; init; }

    /// <summary>The symbol at publication.</summary>
    public string? Symbol { get; init; }

    /// <summary>When (UTC, ISO 8601).</summary>
    public string PublishedAt { get; init; } = "";

    /// <summary>The publisher's user id.</summary>
    public string PublishedById { get; init; } = "";

    /// <summary>The publisher's display name.</summary>
    public string PublishedByName { get; init; } = "";

    /// <summary>The publisher's organization.</summary>
    public string PublishedByOrganization { get; init; } = "";

    /// <summary>How many States sponsored it.</summary>
    public long SponsorCount { get; init; }
}
