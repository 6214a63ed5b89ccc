using Dapper;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Changes of a resolution's state (clauses, sponsors, stage, names, mode) and what follows from them, each with its event.</summary>
public sealed partial class ResolutionStore
{
    /// <summary>
    /// Loads the resolution and its negotiation state in a write transaction, lets <paramref name="decide"/> choose
    /// the write, then stores the new state and its event together. A repeated <paramref name="opId"/> returns the
    /// first outcome unchanged when it is the same person's same <paramref name="kind"/> of change (an event type), and is
    /// refused otherwise.
    /// </summary>
    public async Task<WriteOutcome> ChangeAsync(Guid id, Guid actorId, string? opId, string kind, Func<ChangeContext, Decision<ResolutionWrite>> decide, CancellationToken cancellationToken)
    {
        if (EventLog.OpIdError(opId) is { } opIdError)
        {
            return WriteOutcome.Refused(Refusal.Invalid(opIdError), 0, null);
        }

        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, opId, cancellationToken);
        var current = await LoadAsync(transaction.Connection, transaction.Transaction, id, cancellationToken);
        if (current is not { } loaded)
        {
            return WriteOutcome.Refused(transaction.NoResolution(), 0, null);
        }

        switch (transaction.ReplayOf(actorId, kind))
        {
            case Replay.Duplicate:
                var earlier = transaction.Earlier!;
                return new WriteOutcome(WriteStatus.Duplicate, earlier.Seq, EventLog.Parse(earlier.Payload), null, loaded.Resolution, [], []);
            case Replay.Taken:
                return WriteOutcome.Refused(EventLog.OpIdTaken(opId!), loaded.Seq, loaded.Resolution);
        }

        var nextRevision = await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT COALESCE(MAX(number) + 1, 0) FROM revisions WHERE resolution_id = @rid", new { rid = transaction.Rid }, cancellationToken);
        var (change, refusal) = decide(new ChangeContext(loaded.Resolution, (int)nextRevision, loaded.Negotiation, transaction.Now));
        if (change is null)
        {
            return WriteOutcome.Refused(refusal!, loaded.Seq, loaded.Resolution);
        }

        if (change.Part == RewrittenPart.Clauses && ResolutionLimits.Exceeded(loaded.Resolution, change.Updated) is { } tooLarge)
        {
            return WriteOutcome.Refused(Refusal.Invalid(tooLarge), loaded.Seq, loaded.Resolution);
        }

        var stored = await StoreWriteAsync(transaction, actorId, opId, loaded.Resolution, change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Stores <paramref name="change"/> inside the caller's write transaction: the part it rewrites, the version, its
    /// event, the authorship of new clause versions, and then what follows from a new clause tree (comments on deleted
    /// clauses orphaned, comments of a changed text re-anchored, proposals on deleted clauses superseded), each logged.
    /// </summary>
    internal async Task<WriteOutcome> StoreWriteAsync(ResolutionTransaction transaction, Guid actorId, string? opId, Resolution before, ResolutionWrite change, CancellationToken cancellationToken)
    {
        var rid = transaction.Rid;
        var updated = change.Updated;
        switch (change.Part)
        {
            case RewrittenPart.Clauses:
                await ClauseRowChanges.WriteAsync(transaction, before, updated, cancellationToken);
                break;
            case RewrittenPart.Sponsors:
                await transaction.ExecuteAsync("DELETE FROM sponsors WHERE resolution_id = @rid", new { rid }, cancellationToken);
                await InsertSponsorsAsync(transaction, updated, cancellationToken);
                break;
            case RewrittenPart.Stage:
                await transaction.ExecuteAsync(
                    """
                    UPDATE resolutions SET stage = @stage, symbol = @symbol, date = @date, decided_meeting = @decidedMeeting, decided_on = @decidedOn,
                        votes_in_favour = @votesInFavour, votes_against = @votesAgainst, votes_abstaining = @votesAbstaining
                    WHERE id = @rid
                    """,
                    ResolutionMapping.StageParameters(updated), cancellationToken);
                break;
            case RewrittenPart.Naming:
                await transaction.ExecuteAsync(
                    "UPDATE resolutions SET title = @title, symbol = @symbol, session = @session, agenda_items = @agendaItems WHERE id = @rid",
                    ResolutionMapping.NamingParameters(updated), cancellationToken);
                break;
            case RewrittenPart.Mode:
                await transaction.ExecuteAsync("UPDATE resolutions SET mode = @mode WHERE id = @rid", new { rid, mode = change.Mode!.Value.ToString() }, cancellationToken);
                break;
        }

        await transaction.ExecuteAsync("UPDATE resolutions SET version = @version WHERE id = @rid", new { rid, version = updated.Version }, cancellationToken);
        var appended = await transaction.AppendEventAsync(actorId, opId, change.EventType, change.Payload, cancellationToken);
        var (seq, payload) = (appended.EventSeq, EventLog.Parse(appended.EventPayload));
        await AttributeNewVersionsAsync(transaction, seq, actorId, change.ProposedBy, cancellationToken);
        if (change.TakenFrom is { } taken)
        {
            // Only the version this write created: the source is where these words came from, not the clause's later texts.
            await transaction.ExecuteAsync(
                "UPDATE clause_versions SET source = @source WHERE resolution_id = @rid AND clause_id = @clauseId AND seq = @seq",
                new { rid, clauseId = taken.ClauseId.Value, seq, source = taken.Source.ToJson() }, cancellationToken);
        }

        if (change.Part == RewrittenPart.Stage && StageLifecycle.Closing(updated.Stage) is { } closing)
        {
            // A final text closes its business in the same transaction: nothing stays open that nobody can decide.
            var closed = await CloseProposalsAsync(transaction, actorId, p => true, ProposalStatus.Closed, closing, cancellationToken);
            var ended = await SilenceRows.EndRunningAsync(transaction, actorId, silencePayload, cancellationToken);
            return new WriteOutcome(WriteStatus.Stored, seq, payload, null, updated, [], [.. closed, .. ended is null ? [] : new[] { ended }]);
        }

        if (change.Part != RewrittenPart.Clauses)
        {
            return new WriteOutcome(WriteStatus.Stored, seq, payload, null, updated, [], []);
        }

        var changedComments = new List<StoredComment>(await comments.OrphanDeletedClausesAsync(transaction, actorId, updated, cancellationToken));
        if (change.TextChanged is { } clauseId && updated.Find(clauseId) is { } changed)
        {
            var anchored = await transaction.QueryAsync<StoredComment>(CommentAnchors.AnchoredOnClauseSql, new { rid, id = clauseId.Value }, cancellationToken);
            changedComments.AddRange(await comments.ReanchorAsync(transaction, anchored, actorId, clauseId, changed.Clause.Text, cancellationToken));
        }

        var superseded = await CloseProposalsAsync(transaction, actorId, p => !p.ToModel().AppliesTo(updated), ProposalStatus.Superseded, null, cancellationToken);
        return new WriteOutcome(WriteStatus.Stored, seq, payload, null, updated, changedComments, superseded);
    }

    /// <summary>
    /// Gives <paramref name="status"/> (with <paramref name="reason"/>) to the open proposals <paramref name="closes"/> picks,
    /// superseded when they no longer apply to the new text (<see cref="Proposal.AppliesTo"/>), closed by a final stage,
    /// and logs each; returns their events.
    /// </summary>
    private async Task<IReadOnlyList<EventRow>> CloseProposalsAsync(
        ResolutionTransaction transaction, Guid actorId, Func<StoredProposal, bool> closes, ProposalStatus status, string? reason, CancellationToken cancellationToken)
    {
        var open = await transaction.QueryAsync<StoredProposal>(
            $"SELECT {StoredProposal.Columns} FROM proposals p WHERE p.resolution_id = @rid AND p.status = 'Open' ORDER BY p.created_at, p.id", new { rid = transaction.Rid }, cancellationToken);
        var logged = new List<EventRow>();
        foreach (var stored in open.Where(closes))
        {
            var proposal = stored.With(stored.ToModel().Close(status, reason, transaction.Now).Write!);
            proposal.Seq = transaction.NextSeq;
            var appended = transaction.NextEvent(actorId, null, EventTypes.ProposalChanged, proposalPayload(proposal));
            var parameters = new DynamicParameters(proposal);
            parameters.AddDynamicParams(appended);
            await transaction.ExecuteAsync($"{StoredProposal.UpdateSql};\n{ResolutionTransaction.AppendSql}", parameters, cancellationToken);
            logged.Add(appended);
        }

        return logged;
    }
}
