using System.Data.Common;
using System.Text.Json;
using Dapper;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Resolutions with their clauses and sponsors, and every change to them with its event.</summary>
public sealed class ResolutionStore(DraftingDatabase database, TimeProvider time, CommentStore comments, SilenceStore silences, ProposalEventPayload proposalPayload)
{
    private const string SelectResolution =
        """
        SELECT id, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, last_seq, mode,
               decided_meeting, decided_on, votes_in_favour, votes_against, votes_abstaining
        FROM resolutions WHERE id = @rid
        """;

    private const string SelectClauses =
        "SELECT id, parent_id, kind, position, opening, text, version, sub_style FROM clauses WHERE resolution_id = @rid";

    private const string SelectHeadings =
        "SELECT id, before_clause_id, text FROM headings WHERE resolution_id = @rid";

    private const string SelectNotes =
        "SELECT clause_id, position, offset_in_text, text FROM notes WHERE resolution_id = @rid";

    /// <summary>The running silence of <c>@rid</c>, if any (its deadline may have come: the reader decides).</summary>
    internal const string SelectRunningSilence =
        "SELECT resolution_id, id, revision, until_at, status, started_by, started_at, ended_at FROM silences WHERE resolution_id = @rid AND status = 'Running'";

    private const string SelectSponsors =
        "SELECT position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision FROM sponsors WHERE resolution_id = @rid";

    /// <summary>The resolution with the seq of its last event and its negotiation state, or null.</summary>
    public async Task<LoadedResolution?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LoadAsync(connection, null, id, cancellationToken);
    }

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

    /// <summary>Whether a resolution with this id exists.</summary>
    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM resolutions WHERE id = @rid", new { rid = id.ToString() }, cancellationToken: cancellationToken)) > 0;
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

    /// <summary>
    /// Stores a new resolution, makes its creator the pen-holder and logs <c>ResolutionCreated</c> (seq 1) with
    /// <paramref name="payload"/>; then lets <paramref name="andThen"/> write what belongs with it (a zero draft) in the
    /// same transaction, so that a failure there leaves nothing stored.
    /// </summary>
    public async Task<long> CreateAsync(Resolution resolution, Guid creatorId, JsonElement payload, CancellationToken cancellationToken, Func<ResolutionTransaction, Task>? andThen = null)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, resolution.Id, null, cancellationToken);
        await transaction.ExecuteAsync(
            """
            INSERT INTO resolutions (id, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, last_seq, created_by, created_at, updated_at,
                                     decided_meeting, decided_on, votes_in_favour, votes_against, votes_abstaining)
            VALUES (@id, @organ, @formula, @symbol, @title, @code, @date, @session, @agendaItems, @stage, @version, @lastSeq, @createdBy, @now, @now,
                    @decidedMeeting, @decidedOn, @votesInFavour, @votesAgainst, @votesAbstaining)
            """,
            WithCreator(ResolutionMapping.ResolutionParameters(resolution, 0, transaction.Stamp), creatorId), cancellationToken);
        await InsertClausesAsync(transaction, resolution, cancellationToken);
        await InsertSponsorsAsync(transaction, resolution, cancellationToken);
        await transaction.ExecuteAsync(
            "INSERT INTO participants (resolution_id, user_id, role, added_at) VALUES (@rid, @userId, @role, @now)",
            new { rid = transaction.Rid, userId = creatorId.ToString(), role = nameof(ParticipantRole.Penholder), now = transaction.Stamp }, cancellationToken);
        var seq = await transaction.AppendAsync(creatorId, null, EventTypes.ResolutionCreated, payload.GetRawText(), cancellationToken);
        await AttributeNewVersionsAsync(transaction, seq, creatorId, null, cancellationToken);
        if (andThen is not null)
        {
            await andThen(transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        return seq;
    }

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
        var seq = await transaction.AppendAsync(actorId, opId, change.EventType, change.Payload.GetRawText(), cancellationToken);
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
            var ended = await silences.EndRunningAsync(transaction, actorId, cancellationToken);
            return new WriteOutcome(WriteStatus.Stored, seq, change.Payload, null, updated, [], [.. closed, .. ended is null ? [] : new[] { ended }]);
        }

        if (change.Part != RewrittenPart.Clauses)
        {
            return new WriteOutcome(WriteStatus.Stored, seq, change.Payload, null, updated, [], []);
        }

        var changedComments = new List<StoredComment>(await comments.OrphanDeletedClausesAsync(transaction, actorId, updated, cancellationToken));
        if (change.TextChanged is { } clauseId && updated.Find(clauseId) is { } changed)
        {
            var anchored = await transaction.QueryAsync<StoredComment>(CommentStore.AnchoredOnClauseSql, new { rid, id = clauseId.Value }, cancellationToken);
            changedComments.AddRange(await comments.ReanchorAsync(transaction, anchored, actorId, clauseId, changed.Clause.Text, cancellationToken));
        }

        var superseded = await CloseProposalsAsync(transaction, actorId, p => !p.ToModel().AppliesTo(updated), ProposalStatus.Superseded, null, cancellationToken);
        return new WriteOutcome(WriteStatus.Stored, seq, change.Payload, null, updated, changedComments, superseded);
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
            {CommentStore.AnchoredOnClauseSql};
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

        var appended = transaction.NextEvent(actorId, opId, EventTypes.ClauseChanged, decision.Payload.GetRawText());
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
        return new ClauseTextOutcome(WriteStatus.Stored, appended.EventSeq, decision.Payload, null, clause, decision, moved);
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

    /// <summary>The resolution, the seq of its last event and its negotiation state, read in one batch.</summary>
    internal static async Task<LoadedResolution?> LoadAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await LoadRowsAsync(connection, transaction, id, cancellationToken)) is { } loaded ? Loaded(loaded.Rows, loaded.Silence) : null;

    /// <summary>The resolution its rows store, with the seq of its last event and its negotiation state.</summary>
    internal static LoadedResolution Loaded(ResolutionRows rows, StoredSilence? silence) =>
        new(rows.ToModel(), rows.Resolution.LastSeq, new NegotiationState(Enum.Parse<EditingMode>(rows.Resolution.Mode), silence?.ToModel()));

    /// <summary>The resolution's rows as stored and its running silence, read in one batch; null when it does not exist.</summary>
    internal static async Task<(ResolutionRows Rows, StoredSilence? Silence)?> LoadRowsAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"{SelectResolution};\n{SelectClauses};\n{SelectSponsors};\n{SelectHeadings};\n{SelectNotes};\n{SelectRunningSilence};", new { rid = id.ToString() }, transaction, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<ResolutionRow>();
        var clauses = (await results.ReadAsync<ClauseRow>()).AsList();
        var sponsors = (await results.ReadAsync<SponsorRow>()).AsList();
        var headings = (await results.ReadAsync<HeadingRow>()).AsList();
        var notes = (await results.ReadAsync<NoteRow>()).AsList();
        var silence = await results.ReadSingleOrDefaultAsync<StoredSilence>();
        return row is null ? null : (new ResolutionRows(row, clauses, sponsors, headings, notes), silence);
    }

    /// <summary>
    /// Marks the clause versions written in this transaction with the event that wrote them, for the clause history,
    /// credited to <paramref name="proposedBy"/> when they come from that delegation's accepted proposal.
    /// </summary>
    private static Task<int> AttributeNewVersionsAsync(ResolutionTransaction transaction, long seq, Guid actorId, string? proposedBy, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            "UPDATE clause_versions SET seq = @seq, actor_id = @actorId, changed_at = @at, proposed_by = @proposedBy WHERE resolution_id = @rid AND seq IS NULL",
            new { rid = transaction.Rid, seq, actorId = actorId.ToString(), at = transaction.Stamp, proposedBy }, cancellationToken);

    private static DynamicParameters WithCreator(DynamicParameters parameters, Guid creatorId)
    {
        parameters.Add("createdBy", creatorId.ToString());
        return parameters;
    }

    private static async Task InsertClausesAsync(ResolutionTransaction transaction, Resolution resolution, CancellationToken cancellationToken)
    {
        var rows = ResolutionMapping.ClauseParameters(resolution).ToList();
        await transaction.ExecuteAsync(ClauseRowChanges.InsertClauseSql, rows, cancellationToken);
        await transaction.ExecuteAsync(ClauseRowChanges.InsertVersionSql, rows, cancellationToken);
        await transaction.ExecuteAsync(ClauseRowChanges.UpsertHeadingSql, ResolutionMapping.HeadingParameters(resolution).ToList(), cancellationToken);
        await transaction.ExecuteAsync(ClauseRowChanges.UpsertNoteSql, ResolutionMapping.NoteParameters(resolution).ToList(), cancellationToken);
    }

    private static Task<int> InsertSponsorsAsync(ResolutionTransaction transaction, Resolution resolution, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            """
            INSERT INTO sponsors (resolution_id, position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision)
            VALUES (@resolutionId, @position, @name, @role, @joinedOn, @withdrawnOn, @joinedRevision, @withdrawnRevision)
            """,
            ResolutionMapping.SponsorParameters(resolution).ToList(), cancellationToken);
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
