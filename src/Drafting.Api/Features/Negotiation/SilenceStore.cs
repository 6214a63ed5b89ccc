using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// The silence procedure: started on a published revision until a deadline, broken by delegations, withdrawn by the
/// pen-holder, and announced as passed once its deadline has come, exactly once whichever node does it.
/// </summary>
public sealed class SilenceStore(DraftingDatabase database, TimeProvider time, SilenceEventPayload payload)
{
    private const string Columns = SilenceRows.Columns;

    /// <summary>The silence last started on a resolution, with its breaks; null when none ever was.</summary>
    public async Task<StoredSilence?> LatestAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SilenceRows.LatestAsync(connection, null, id, cancellationToken);
    }

    /// <summary>
    /// Every silence of a resolution, newest first, each with its breaks and the names of who started, broke and ended
    /// it: the record, of which nothing is ever overwritten.
    /// </summary>
    public async Task<IReadOnlyList<StoredSilence>> ListAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rid = id.ToString();
        await using var read = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            SELECT s.resolution_id, s.id, s.revision, s.until_at, s.status, s.started_by, s.started_at, s.ended_at, s.ended_by,
                   su.display_name AS started_by_name, su.organization AS started_by_organization,
                   eu.display_name AS ended_by_name, eu.organization AS ended_by_organization
            FROM silences s LEFT JOIN users su ON su.id = s.started_by LEFT JOIN users eu ON eu.id = s.ended_by
            WHERE s.resolution_id = @rid ORDER BY s.started_at DESC, s.id;
            SELECT b.silence_id, b.organization, b.user_id, b.statement, b.broken_at, u.display_name AS by_name
            FROM silence_breaks b LEFT JOIN users u ON u.id = b.user_id
            WHERE b.resolution_id = @rid ORDER BY b.broken_at;
            """,
            new { rid }, cancellationToken: cancellationToken));
        var silences = (await read.ReadAsync<StoredSilence>()).AsList();
        var breaks = (await read.ReadAsync<StoredSilenceBreak>()).ToLookup(b => b.SilenceId);
        foreach (var silence in silences)
        {
            silence.Breaks.AddRange(breaks[silence.Id]);
        }

        return silences;
    }

    /// <summary>
    /// Starts, breaks or withdraws a silence: <paramref name="decide"/> sees the last silence (with its breaks), the
    /// stage, the caller's role and the latest published revision, and returns what to write or refuses; the write and
    /// its <c>SilenceChanged</c> event are stored together.
    /// </summary>
    public async Task<SilenceOutcome> ChangeAsync(Guid id, Guid actorId, string? opId, Func<SilenceContext, Decision<SilenceWrite>> decide, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, opId, cancellationToken);
        var rid = transaction.Rid;
        var state = await transaction.QuerySingleOrDefaultAsync<(string Stage, string? Role, long? LatestRevision)>(
            """
            SELECT r.stage, (SELECT p.role FROM participants p WHERE p.resolution_id = r.id AND p.user_id = @actorId),
                   (SELECT MAX(v.number) FROM revisions v WHERE v.resolution_id = r.id)
            FROM resolutions r WHERE r.id = @rid
            """,
            new { rid, actorId = actorId.ToString() }, cancellationToken);
        if (state.Stage is null)
        {
            return SilenceOutcome.Refused(transaction.NoResolution());
        }

        var latest = await SilenceRows.LatestAsync(transaction.Connection, transaction.Transaction, id, cancellationToken);
        switch (transaction.ReplayOf(actorId, EventTypes.SilenceChanged))
        {
            case Replay.Duplicate:
                return new SilenceOutcome(WriteStatus.Duplicate, latest, null, transaction.Earlier!.Seq);
            case Replay.Taken:
                return SilenceOutcome.Refused(EventLog.OpIdTaken(opId!));
        }

        var (write, refusal) = decide(new SilenceContext(state.Role, Enum.Parse<Stage>(state.Stage), latest, (int?)state.LatestRevision, transaction.Now));
        if (write is null)
        {
            return SilenceOutcome.Refused(refusal!);
        }

        var silence = write.Silence;
        silence.ResolutionId = rid;
        if (write.IsNew)
        {
            silence.StartedAt = transaction.Stamp;
            await transaction.ExecuteAsync(
                $"INSERT INTO silences ({Columns}) VALUES (@ResolutionId, @Id, @Revision, @UntilAt, @Status, @StartedBy, @StartedAt, @EndedAt, @EndedBy)",
                silence, cancellationToken);
        }
        else
        {
            await transaction.ExecuteAsync(
                "UPDATE silences SET status = @Status, ended_at = @EndedAt, ended_by = @EndedBy WHERE resolution_id = @ResolutionId AND id = @Id", silence, cancellationToken);
        }

        if (write.Break is { } broken)
        {
            broken.SilenceId = silence.Id;
            broken.BrokenAt = transaction.Stamp;
            await transaction.ExecuteAsync(
                "INSERT INTO silence_breaks (resolution_id, silence_id, organization, user_id, statement, broken_at) VALUES (@rid, @SilenceId, @Organization, @UserId, @Statement, @BrokenAt)",
                new { rid, broken.SilenceId, broken.Organization, broken.UserId, broken.Statement, broken.BrokenAt }, cancellationToken);
            silence.Breaks.Add(broken);
        }

        silence.Seq = await transaction.AppendAsync(actorId, opId, EventTypes.SilenceChanged, payload(silence, transaction.Now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SilenceOutcome(WriteStatus.Stored, silence, null, silence.Seq);
    }

    /// <summary>
    /// Announces every running silence whose deadline has come: marks it passed and logs its <c>SilenceChanged</c>,
    /// each under its resolution's lock with a conditional update, so that of several nodes (or a node and its restart)
    /// exactly one announces each silence. Returns the silences this call announced.
    /// </summary>
    public async Task<IReadOnlyList<StoredSilence>> AnnounceDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<StoredSilence> due;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<StoredSilence>(new CommandDefinition(
                $"SELECT {Columns} FROM silences WHERE status = 'Running' AND until_at <= @now ORDER BY until_at",
                new { now = EventLog.Timestamp(now) }, cancellationToken: cancellationToken))).AsList();
        }

        var announced = new List<StoredSilence>();
        foreach (var silence in due)
        {
            var id = Guid.Parse(silence.ResolutionId);
            await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, null, cancellationToken);
            var changed = await transaction.ExecuteAsync(
                "UPDATE silences SET status = 'Passed', ended_at = @now WHERE resolution_id = @rid AND id = @id AND status = 'Running' AND until_at <= @now",
                new { rid = silence.ResolutionId, id = silence.Id, now = EventLog.Timestamp(now) }, cancellationToken);
            if (changed == 0)
            {
                continue;
            }

            var stored = (await SilenceRows.LatestAsync(transaction.Connection, transaction.Transaction, id, cancellationToken))!;
            stored.Seq = await transaction.AppendAsync(Guid.Parse(stored.StartedBy), null, EventTypes.SilenceChanged, payload(stored, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            announced.Add(stored);
        }

        return announced;
    }

    /// <summary>The earliest deadline of a running silence, for the announcer to sleep until; null when none runs.</summary>
    public async Task<DateTimeOffset?> NextDeadlineAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var until = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT MIN(until_at) FROM silences WHERE status = 'Running'", cancellationToken: cancellationToken));
        return until is null ? null : new StoredSilence { UntilAt = until }.Until;
    }
}

/// <summary>What a silence change is decided on, read under the resolution's lock.</summary>
/// <param name="ActorRole">The caller's role (enum name); null when they take no part.</param>
/// <param name="Stage">The stage.</param>
/// <param name="Latest">The silence last started, with its breaks.</param>
/// <param name="LatestRevision">The number of the latest published revision; null when none is.</param>
/// <param name="Now">The time.</param>
public sealed record SilenceContext(string? ActorRole, Stage Stage, StoredSilence? Latest, int? LatestRevision, DateTimeOffset Now);

/// <summary>What to write: a new silence or a changed one, and a break of silence to record with it.</summary>
/// <param name="Silence">The silence to insert (new) or update (status, end).</param>
/// <param name="IsNew">True to insert it.</param>
/// <param name="Break">A delegation's break to record.</param>
public sealed record SilenceWrite(StoredSilence Silence, bool IsNew, StoredSilenceBreak? Break = null);

/// <summary>How a silence change ended.</summary>
/// <param name="Status">Stored, duplicate or refused.</param>
/// <param name="Silence">The silence as it stands after the change.</param>
/// <param name="Refusal">Why nothing was stored.</param>
/// <param name="Seq">The event's seq.</param>
public sealed record SilenceOutcome(WriteStatus Status, StoredSilence? Silence, Refusal? Refusal, long Seq)
{
    /// <summary>A refusal.</summary>
    public static SilenceOutcome Refused(Refusal refusal) => new(WriteStatus.Refused, null, refusal, 0);
}
