using Dapper;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Who wrote what in a resolution and when: a clause's versions with their authors, and the last author of each clause between two seqs.</summary>
public sealed class AuthorshipStore(DraftingDatabase database)
{
    /// <summary>Every stored version of a clause, oldest first, with who wrote it when (unknown for versions from before that was recorded).</summary>
    public async Task<IReadOnlyList<ClauseVersionRow>> ClauseHistoryAsync(Guid id, string clauseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClauseVersionRow>(new CommandDefinition(
            """
            SELECT v.version, v.text, v.seq, v.actor_id, v.changed_at, u.display_name, u.organization, v.proposed_by, v.source
            FROM clause_versions v LEFT JOIN users u ON u.id = v.actor_id
            WHERE v.resolution_id = @rid AND v.clause_id = @clauseId
            ORDER BY v.version
            """,
            new { rid = id.ToString(), clauseId }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Who wrote <paramref name="version"/> of a clause (id, display name, organization); null when that is unknown.</summary>
    public async Task<(string ActorId, string DisplayName, string Organization)?> VersionAuthorAsync(Guid id, string clauseId, long version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClauseVersionRow>(new CommandDefinition(
            """
            SELECT v.actor_id, u.display_name, u.organization
            FROM clause_versions v JOIN users u ON u.id = v.actor_id
            WHERE v.resolution_id = @rid AND v.clause_id = @clauseId AND v.version = @version
            """,
            new { rid = id.ToString(), clauseId, version }, cancellationToken: cancellationToken));
        return row?.ActorId is { } actor ? (actor, row.DisplayName ?? "", row.Organization ?? "") : null;
    }

    /// <summary>
    /// Who last changed each clause after <paramref name="sinceSeq"/> up to <paramref name="untilSeq"/> and when, from
    /// the event log: text edits, insertions, deletions and moves; and, apart, who last inserted, deleted or moved it
    /// (what renumbers the paragraphs after it). For tracked changes that name their author.
    /// </summary>
    public async Task<ClauseAuthorship> ClauseAuthorsBetweenAsync(Guid id, long sinceSeq, long untilSeq, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Type, string Payload, string CreatedAt, string? DisplayName, string? Organization)>(new CommandDefinition(
            """
            SELECT e.type, e.payload, e.created_at, u.display_name, u.organization
            FROM events e LEFT JOIN users u ON u.id = e.actor_id
            WHERE e.resolution_id = @rid AND e.seq > @sinceSeq AND e.seq <= @untilSeq AND e.type IN ('ClauseChanged', 'StructureChanged')
            ORDER BY e.seq
            """,
            new { rid = id.ToString(), sinceSeq, untilSeq }, cancellationToken: cancellationToken));
        var lastChange = new Dictionary<string, ClauseAuthor>();
        var lastStructureChange = new Dictionary<string, ClauseAuthor>();
        foreach (var row in rows)
        {
            using var payload = System.Text.Json.JsonDocument.Parse(row.Payload);
            if (payload.RootElement.TryGetProperty("clauseId", out var clause) && clause.GetString() is { } clauseId)
            {
                // An accepted proposal is the proposing delegation's change, whoever accepted it.
                var author = payload.RootElement.TryGetProperty("proposedBy", out var proposedBy) && proposedBy.GetString() is { Length: > 0 } delegation
                    ? new ClauseAuthor(delegation, "", row.CreatedAt)
                    : new ClauseAuthor(row.DisplayName ?? "", row.Organization ?? "", row.CreatedAt);
                lastChange[clauseId] = author;
                if (row.Type == Contract.EventTypes.StructureChanged)
                {
                    lastStructureChange[clauseId] = author;
                }
            }
        }

        return new ClauseAuthorship(lastChange, lastStructureChange);
    }
}

/// <summary>Who changed a clause, as the event log names them, and when (the event's timestamp).</summary>
public sealed record ClauseAuthor(string Name, string Organization, string At);

/// <summary>Per clause id: who changed it last, and who last inserted, deleted or moved it.</summary>
public sealed record ClauseAuthorship(IReadOnlyDictionary<string, ClauseAuthor> LastChange, IReadOnlyDictionary<string, ClauseAuthor> LastStructureChange);

/// <summary>One stored version of a clause with its author.</summary>
public sealed class ClauseVersionRow
{
    /// <summary>The version number.</summary>
    public long Version { get; set; }

    /// <summary>The text at that version.</summary>
    public string Text { get; set; } = "";

    /// <summary>The event that wrote it; null or 0 when unknown.</summary>
    public long? Seq { get; set; }

    /// <summary>Who wrote it.</summary>
    public string? ActorId { get; set; }

    /// <summary>When (UTC, ISO 8601).</summary>
    public string? ChangedAt { get; set; }

    /// <summary>The author's display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The author's organization.</summary>
    public string? Organization { get; set; }

    /// <summary>The delegation whose accepted proposal this version is; null for a direct edit.</summary>
    public string? ProposedBy { get; set; }

    /// <summary>The adopted paragraph this version was taken from (a <see cref="Drafting.Model.Library.ParagraphSource"/> as JSON); null when none.</summary>
    public string? Source { get; set; }
}
