using Dapper;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>A participant of a resolution with the account's public details.</summary>
public sealed class ParticipantRow
{
    /// <summary>The account id.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The sign-in name.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name shown to others.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The delegation or organization.</summary>
    public string Organization { get; set; } = "";

    /// <summary>The role on this resolution.</summary>
    public string Role { get; set; } = "";
}

/// <summary>Who takes part in which resolution, in which role.</summary>
public sealed class ParticipantStore(DraftingDatabase database, TimeProvider time)
{
    /// <summary>
    /// Enabled accounts whose display name, user name or organization contains <paramref name="query"/> (any case), at most
    /// <paramref name="limit"/>, by display name, each with its role on the resolution when it already takes part (else "").
    /// </summary>
    public async Task<IReadOnlyList<ParticipantRow>> CandidatesAsync(Guid resolutionId, string query, int limit, CancellationToken cancellationToken)
    {
        // LIKE's wildcards in what was typed are matched as themselves.
        var pattern = "%" + SqlLike.Literal(query.Trim().ToLowerInvariant()) + "%";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ParticipantRow>(new CommandDefinition(
            """
            SELECT u.id AS user_id, u.user_name, u.display_name, u.organization, COALESCE(p.role, '') AS role
            FROM users u LEFT JOIN participants p ON p.user_id = u.id AND p.resolution_id = @rid
            WHERE u.is_disabled = 0
              AND (LOWER(u.display_name) LIKE @pattern ESCAPE '\' OR LOWER(u.user_name) LIKE @pattern ESCAPE '\' OR LOWER(u.organization) LIKE @pattern ESCAPE '\')
            ORDER BY LOWER(u.display_name), u.user_name
            LIMIT @limit
            """,
            new { rid = resolutionId.ToString(), pattern, limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The user's role on the resolution, or null when not a participant.</summary>
    public async Task<ParticipantRole?> GetRoleAsync(Guid resolutionId, Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var role = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT role FROM participants WHERE resolution_id = @rid AND user_id = @userId",
            new { rid = resolutionId.ToString(), userId = userId.ToString() }, cancellationToken: cancellationToken));
        return ParticipantRoles.Parse(role);
    }

    /// <summary>The account ids of the resolution's pen-holders now.</summary>
    public async Task<IReadOnlyList<string>> PenholderIdsAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM participants WHERE resolution_id = @rid AND role = @role",
            new { rid = resolutionId.ToString(), role = nameof(ParticipantRole.Penholder) }, cancellationToken: cancellationToken));
        return ids.AsList();
    }

    /// <summary>All participants, pen-holder first.</summary>
    public async Task<IReadOnlyList<ParticipantRow>> ListAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ParticipantRow>(new CommandDefinition(
            """
            SELECT p.user_id, u.user_name, u.display_name, u.organization, p.role
            FROM participants p JOIN users u ON u.id = p.user_id
            WHERE p.resolution_id = @rid
            ORDER BY p.added_at, u.user_name
            """,
            new { rid = resolutionId.ToString() }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Adds a participant or changes their role, and logs <c>ParticipantChanged</c>.</summary>
    public async Task<(long Seq, Refusal? Refusal)> SetAsync(Guid resolutionId, Guid userId, ParticipantRole role, Guid actorId, bool actorIsAdmin, ParticipantChangedPayload payload, CancellationToken cancellationToken)
    {
        // Decided under the resolution's lock (Appointments): two pen-holders demoting each other at once must not both pass.
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, resolutionId, null, cancellationToken);
        var rid = transaction.Rid;
        var roles = await transaction.QuerySingleOrDefaultAsync<(string? Actor, string? Appointee, long Penholders)>(
            """
            SELECT (SELECT role FROM participants WHERE resolution_id = @rid AND user_id = @actorId),
                   (SELECT role FROM participants WHERE resolution_id = @rid AND user_id = @userId),
                   (SELECT COUNT(*) FROM participants WHERE resolution_id = @rid AND role = @penholder)
            """,
            new { rid, actorId = actorId.ToString(), userId = userId.ToString(), penholder = nameof(ParticipantRole.Penholder) }, cancellationToken);
        if (Appointments.Refuse(ParticipantRoles.Parse(roles.Actor), actorIsAdmin, ParticipantRoles.Parse(roles.Appointee), role, (int)roles.Penholders) is { } refusal)
        {
            return (0, refusal);
        }

        await transaction.ExecuteAsync(
            """
            INSERT INTO participants (resolution_id, user_id, role, added_at) VALUES (@rid, @userId, @role, @now)
            ON CONFLICT (resolution_id, user_id) DO UPDATE SET role = excluded.role
            """,
            new { rid, userId = userId.ToString(), role = role.ToString(), now = transaction.Stamp }, cancellationToken);
        var seq = await transaction.AppendAsync(actorId, null, EventTypes.ParticipantChanged, payload, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (seq, null);
    }
}
