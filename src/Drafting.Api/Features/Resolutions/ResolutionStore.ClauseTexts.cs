using Dapper;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Diff;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Clause text edits, written in batches: the hot path of live drafting.</summary>
public sealed partial class ResolutionStore
{
    /// <summary>
    /// The hot path of live drafting, with group commit: changes clause texts without loading the whole resolution, as
    /// many as <paramref name="take"/> hands over once the resolution's lock is held, in one transaction. Each change is
    /// read, decided by its own <see cref="ClauseTextChange.Decide"/> (on the state the changes before it left) and
    /// written in turn: the text, its version history, the re-anchored comments and the event, with seqs following one
    /// another. A repeated opId returns the first outcome, also within one batch. Refusals store nothing and do not
    /// stop the batch; an exception rolls back the whole batch, so either every stored outcome is committed or none is.
    /// </summary>
    /// <remarks>
    /// The lock is taken before the batch is, so edits that queue while an earlier batch holds it all go in the next one:
    /// throughput in a busy resolution is then bounded by the work per edit, not by one commit per edit.
    /// </remarks>
    /// <returns>The changes taken (empty when <paramref name="take"/> had none) and their outcomes, in the same order.</returns>
    public async Task<(IReadOnlyList<ClauseTextChange> Changes, IReadOnlyList<ClauseTextOutcome> Outcomes)> ChangeClauseTextsAsync(
        Guid id, Func<IReadOnlyList<ClauseTextChange>> take, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, null, cancellationToken);
        var changes = take();
        var outcomes = new List<ClauseTextOutcome>(changes.Count);
        if (changes.Count == 0)
        {
            return (changes, outcomes);
        }

        foreach (var change in changes)
        {
            outcomes.Add(await ChangeClauseTextAsync(transaction, change, cancellationToken));
        }

        if (outcomes.Any(o => o.Status == WriteStatus.Stored))
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return (changes, outcomes);
    }

    /// <summary>
    /// One clause text change inside a batch's transaction: loads the clause, lets the change decide, then stores the text,
    /// its version history, the re-anchored comments and the event.
    /// </summary>
    /// <remarks>
    /// The clause is read with what the decision needs in one query: the stage, the actor's role on the resolution
    /// (checked again here, so a role taken away a moment ago counts) and the text of the change's base version.
    /// </remarks>
    private async Task<ClauseTextOutcome> ChangeClauseTextAsync(ResolutionTransaction transaction, ClauseTextChange change, CancellationToken cancellationToken)
    {
        var (actorId, opId, clauseId, baseVersion, decide) = change;
        if (!transaction.Exists)
        {
            return ClauseTextOutcome.Refused(transaction.NoResolution(), 0, null);
        }

        // Under the resolution's lock each change reads in one batch and writes in one batch, because every round trip
        // made while holding the lock is time every other writer waits.
        var rid = transaction.Rid;
        StoredEvent? earlier;
        StoredClause? clause;
        List<StoredComment> anchored;
        List<NoteRow> notes;
        await using (var read = await transaction.QueryMultipleAsync(
            $"""
            {EventLog.ByOpIdSql};
            SELECT c.id, c.kind, c.text, c.opening, c.version, r.stage, r.last_seq, r.mode,
                   (SELECT s.until_at FROM silences s WHERE s.resolution_id = c.resolution_id AND s.status = 'Running') AS silence_until,
                   (SELECT s.revision FROM silences s WHERE s.resolution_id = c.resolution_id AND s.status = 'Running') AS silence_revision,
                   (SELECT COUNT(*) FROM clauses s WHERE s.resolution_id = c.resolution_id AND s.parent_id = c.id) AS sub_paragraphs,
                   (SELECT p.role FROM participants p WHERE p.resolution_id = c.resolution_id AND p.user_id = @actorId) AS actor_role,
                   (SELECT v.text FROM clause_versions v WHERE v.resolution_id = c.resolution_id AND v.clause_id = c.id AND v.version = @baseVersion) AS base_text
            FROM clauses c JOIN resolutions r ON r.id = c.resolution_id
            WHERE c.resolution_id = @rid AND c.id = @id;
            {CommentAnchors.AnchoredOnClauseSql};
            {SelectNotes} AND clause_id = @id ORDER BY position;
            """,
            new { rid, id = clauseId.Value, actorId = actorId.ToString(), baseVersion, opId }, cancellationToken))
        {
            earlier = await read.ReadSingleOrDefaultAsync<StoredEvent>();
            clause = await read.ReadSingleOrDefaultAsync<StoredClause>();
            anchored = [.. await read.ReadAsync<StoredComment>()];
            notes = [.. await read.ReadAsync<NoteRow>()];
        }

        switch (ResolutionTransaction.ReplayOf(earlier, actorId, EventTypes.ClauseChanged))
        {
            // A resend by the same person gets the first outcome; anyone else's opId, or one used for another kind
            // of change, is refused rather than silently applied as a new change.
            case Replay.Duplicate:
                return new ClauseTextOutcome(WriteStatus.Duplicate, earlier!.Seq, EventLog.Parse(earlier.Payload), null, null, null, []);
            case Replay.Taken:
                return ClauseTextOutcome.Refused(EventLog.OpIdTaken(opId!), transaction.LastSeq, clause);
        }

        var (decision, refusal) = decide(clause);
        if (decision is null)
        {
            return ClauseTextOutcome.Refused(refusal!, transaction.LastSeq, clause);
        }

        var appended = transaction.NextEvent(actorId, opId, EventTypes.ClauseChanged, decision.Payload);
        var parameters = new DynamicParameters(appended);
        parameters.AddDynamicParams(new { rid, id = clauseId.Value, text = decision.Text, opening = decision.Opening, version = decision.Version });
        await transaction.ExecuteAsync(
            $"""
            UPDATE clauses SET text = @text, opening = @opening, version = @version WHERE resolution_id = @rid AND id = @id;
            UPDATE resolutions SET version = version + 1 WHERE id = @rid;
            {ResolutionTransaction.AppendSql}
            INSERT INTO clause_versions (resolution_id, clause_id, version, text, seq, actor_id, changed_at)
            VALUES (@rid, @id, @version, @text, @EventSeq, @EventActorId, @EventAt);
            """,
            parameters, cancellationToken);
        var moved = anchored.Count == 0 ? [] : await comments.ReanchorAsync(transaction, anchored, actorId, clauseId, decision.Text, cancellationToken);
        await CarryNotesAsync(transaction, notes, clause!.Text, decision.Text, cancellationToken);
        return new ClauseTextOutcome(WriteStatus.Stored, appended.EventSeq, EventLog.Parse(appended.EventPayload), null, clause, decision, moved);
    }

    /// <summary>Keeps each footnote of an edited clause after the word it followed; writes only the notes that moved.</summary>
    private static async Task CarryNotesAsync(ResolutionTransaction transaction, List<NoteRow> notes, string oldText, string newText, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var offsets = TextPositions.Carry(oldText, newText, [.. notes.Select(n => (int)Math.Min(n.OffsetInText, oldText.Length))]);
        var moved = notes.Select((note, i) => (note, offset: offsets[i])).Where(n => n.note.OffsetInText != n.offset)
            .Select(n => new { rid = transaction.Rid, clauseId = n.note.ClauseId, position = n.note.Position, offset = n.offset }).ToList();
        if (moved.Count > 0)
        {
            await transaction.ExecuteAsync(
                "UPDATE notes SET offset_in_text = @offset WHERE resolution_id = @rid AND clause_id = @clauseId AND position = @position",
                moved, cancellationToken);
        }
    }
}
