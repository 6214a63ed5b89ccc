using Dapper;
using Drafting.Api.Platform;
using Drafting.Contract;

namespace Drafting.Api.Features.Resolutions;

/// <summary>The silences table as a resolution's own write reads it: the latest silence, and ending a running one when the text changes.</summary>
internal static class SilenceRows
{
    /// <summary>The columns of the silences table.</summary>
    public const string Columns = "resolution_id, id, revision, until_at, status, started_by, started_at, ended_at, ended_by";

    /// <summary>The silence last started on resolution <paramref name="id"/>, with its breaks; null when none ever was.</summary>
    public static async Task<StoredSilence?> LatestAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        var rid = id.ToString();
        var silence = await connection.QueryFirstOrDefaultAsync<StoredSilence>(new CommandDefinition(
            $"SELECT {Columns} FROM silences WHERE resolution_id = @rid ORDER BY started_at DESC, id LIMIT 1", new { rid }, transaction, cancellationToken: cancellationToken));
        if (silence is not null)
        {
            silence.Breaks.AddRange(await connection.QueryAsync<StoredSilenceBreak>(new CommandDefinition(
                "SELECT silence_id, organization, user_id, statement, broken_at FROM silence_breaks WHERE resolution_id = @rid AND silence_id = @sid ORDER BY broken_at",
                new { rid, sid = silence.Id }, transaction, cancellationToken: cancellationToken)));
        }

        return silence;
    }

    /// <summary>
    /// Ends, inside the caller's transaction, the resolution's running silence when the draft reaches a final stage: one
    /// whose deadline has come passed (as the announcer would have said), any other ended; logs its <c>SilenceChanged</c>
    /// and returns that event, or null when no silence was running.
    /// </summary>
    public static async Task<EventRow?> EndRunningAsync(ResolutionTransaction transaction, Guid actorId, SilenceEventPayload payload, CancellationToken cancellationToken)
    {
        var changed = await transaction.ExecuteAsync(
            """
            UPDATE silences SET status = CASE WHEN until_at <= @now THEN 'Passed' ELSE 'Ended' END, ended_at = @now,
                                ended_by = CASE WHEN until_at <= @now THEN NULL ELSE @actorId END
            WHERE resolution_id = @rid AND status = 'Running'
            """,
            new { rid = transaction.Rid, now = transaction.Stamp, actorId = actorId.ToString() }, cancellationToken);
        if (changed == 0)
        {
            return null;
        }

        var ended = (await LatestAsync(transaction.Connection, transaction.Transaction, transaction.ResolutionId, cancellationToken))!;
        ended.Seq = transaction.NextSeq;
        var appended = transaction.NextEvent(actorId, null, EventTypes.SilenceChanged, payload(ended, transaction.Now));
        await transaction.ExecuteAsync(ResolutionTransaction.AppendSql, appended, cancellationToken);
        return appended;
    }
}
