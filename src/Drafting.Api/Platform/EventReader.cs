using Dapper;

namespace Drafting.Api.Platform;

/// <summary>Reads of a resolution's event log: its last seq, the events since a seq (catch-up), those of one type, the opIds used.</summary>
public sealed class EventReader(DraftingDatabase database)
{
    /// <summary>The seq of the resolution's last event (0 when it does not exist).</summary>
    public async Task<long> CurrentSeqAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT last_seq FROM resolutions WHERE id = @rid", new { rid = id.ToString() }, cancellationToken: cancellationToken)) ?? 0;
    }

    /// <summary>The opIds of the resolution's events that start with <paramref name="prefix"/> (a prefix holding no <c>%</c> or <c>_</c>).</summary>
    public async Task<IReadOnlySet<string>> OpIdsStartingAsync(Guid id, string prefix, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT op_id FROM events WHERE resolution_id = @rid AND op_id LIKE @pattern", new { rid = id.ToString(), pattern = prefix + "%" }, cancellationToken: cancellationToken));
        return rows.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The events after <paramref name="sinceSeq"/>, in seq order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredEvent>> EventsSinceAsync(Guid id, long sinceSeq, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StoredEvent>(new CommandDefinition(
            """
            SELECT seq, op_id, actor_id, type, payload, created_at, visibility, audience FROM events
            WHERE resolution_id = @rid AND seq > @sinceSeq ORDER BY seq LIMIT @limit
            """,
            new { rid = id.ToString(), sinceSeq, limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The events of one <paramref name="type"/>, oldest first, with their actor's name and organization.</summary>
    public async Task<IReadOnlyList<ActorEvent>> EventsOfTypeAsync(Guid id, string type, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActorEvent>(new CommandDefinition(
            """
            SELECT e.seq, e.payload, e.created_at, u.display_name, u.organization
            FROM events e LEFT JOIN users u ON u.id = e.actor_id
            WHERE e.resolution_id = @rid AND e.type = @type ORDER BY e.seq
            """,
            new { rid = id.ToString(), type }, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}

/// <summary>A logged event with who wrote it: for histories read by people.</summary>
public sealed record ActorEvent
{
    /// <summary>The event's seq.</summary>
    public long Seq { get; init; }

    /// <summary>Its payload (JSON).</summary>
    public string Payload { get; init; } = "";

    /// <summary>When (UTC, ISO 8601).</summary>
    public string CreatedAt { get; init; } = "";

    /// <summary>The actor's display name, when the account exists.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The actor's organization, when the account exists.</summary>
    public string? Organization { get; init; }
}
