using System.Text.Json;
using Dapper;
using Drafting.Api.Platform;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>The lists of resolutions a user sees.</summary>
public sealed partial class ResolutionStore
{
    /// <summary>
    /// The resolutions a user takes part in, newest first, with the user's role and what needs them: the silence running
    /// (its deadline not yet come), the proposals waiting for a pen-holder, their unread notifications.
    /// </summary>
    public async Task<IReadOnlyList<ResolutionSummary>> ListForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ResolutionSummary>(new CommandDefinition(
            """
            SELECT r.id, r.organ, r.symbol, r.title, r.code, r.stage, r.version, p.role, r.updated_at,
                   s.until_at AS silence_until, s.revision AS silence_revision,
                   CASE WHEN p.role = 'Penholder'
                        THEN (SELECT COUNT(*) FROM proposals q WHERE q.resolution_id = r.id AND q.status = 'Open') END AS proposals_waiting,
                   (SELECT COUNT(*) FROM notifications n WHERE n.resolution_id = r.id AND n.user_id = p.user_id AND n.read_at IS NULL) AS unread
            FROM resolutions r JOIN participants p ON p.resolution_id = r.id
            LEFT JOIN silences s ON s.resolution_id = r.id AND s.status = 'Running' AND s.until_at > @now
            WHERE p.user_id = @userId
            ORDER BY r.updated_at DESC, r.id
            """,
            new { userId = userId.ToString(), now = EventLog.Timestamp(time.GetUtcNow()) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// The resolutions a user takes part in, newest first, each with the seq of its last event: what a search of her
    /// drafts reads every time, so that it loads again only the drafts changed since it last read them
    /// (<see cref="Library.LibrarySearch"/>).
    /// </summary>
    public async Task<IReadOnlyList<DraftStamp>> DraftStampsForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DraftStamp>(new CommandDefinition(
            """
            SELECT r.id, r.organ, r.symbol, r.last_seq AS lastseq
            FROM resolutions r JOIN participants p ON p.resolution_id = r.id
            WHERE p.user_id = @userId
            ORDER BY r.updated_at DESC, r.id
            """,
            new { userId = userId.ToString() }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// The other resolutions a user takes part in that carry <paramref name="symbol"/>, newest first: a draft imported
    /// twice is usually a mistake, and the user can only open the ones she takes part in.
    /// </summary>
    public async Task<IReadOnlyList<ResolutionSummary>> WithSymbolForUserAsync(Guid userId, string symbol, Guid except, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ResolutionSummary>(new CommandDefinition(
            """
            SELECT r.id, r.organ, r.symbol, r.title, r.code, r.stage, r.version, p.role, r.updated_at
            FROM resolutions r JOIN participants p ON p.resolution_id = r.id
            WHERE p.user_id = @userId AND r.symbol = @symbol AND r.id <> @except
            ORDER BY r.updated_at DESC, r.id
            """,
            new { userId = userId.ToString(), symbol, except = except.ToString() }, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}

/// <summary>A resolution a user takes part in, as it stands after its last event.</summary>
/// <param name="Id">The resolution's id.</param>
/// <param name="Organ">Its organ.</param>
/// <param name="Symbol">Its symbol, when it has one.</param>
/// <param name="LastSeq">The seq of its last event: any change to it moves it.</param>
public sealed record DraftStamp(string Id, string Organ, string? Symbol, long LastSeq);
