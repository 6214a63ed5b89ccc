using System.Text.Json;
using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// Proposals by delegation and their life: made, supported, withdrawn, rejected, accepted (the change stored through
/// the same write as any other, credited to the proposing delegation) or superseded. Each change is an event.
/// </summary>
public sealed class ProposalStore(DraftingDatabase database, TimeProvider time, ResolutionStore resolutions, ProposalEventPayload payload)
{
    /// <summary>The proposals of a resolution, oldest first, optionally of one status and one delegation (proposing or supporting).</summary>
    public async Task<IReadOnlyList<StoredProposal>> ListAsync(Guid id, ProposalStatus? status, string? organization, CancellationToken cancellationToken) =>
        (await PageAsync(id, status, organization, null, int.MaxValue - 1, cancellationToken)).Rows;

    /// <summary>
    /// At most <paramref name="size"/> proposals after <paramref name="after"/>, oldest first, with the cursor of the
    /// next page if there is one; those of other delegations are left out of the page when <paramref name="organization"/> is given.
    /// </summary>
    public async Task<(IReadOnlyList<StoredProposal> Rows, PageCursor? Next)> PageAsync(
        Guid id, ProposalStatus? status, string? organization, PageCursor? after, int size, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StoredProposal>(new CommandDefinition(
            $"""
            SELECT {StoredProposal.Columns} FROM proposals
            WHERE resolution_id = @rid AND (@status IS NULL OR status = @status)
              AND (@afterAt IS NULL OR created_at > @afterAt OR (created_at = @afterAt AND id > @afterId))
            ORDER BY created_at, id LIMIT @take
            """,
            new { rid = id.ToString(), status = status?.ToString(), afterAt = after?.CreatedAt, afterId = after?.Id, take = (long)size + 1 }, cancellationToken: cancellationToken))).AsList();
        var next = PageCursor.CutToPage(rows, size, row => new PageCursor(row.CreatedAt, row.Id));

        return ([.. rows.Where(p => organization is null || p.Organization == organization || p.SupporterList.Contains(organization))], next);
    }

    /// <summary>One proposal, or null.</summary>
    public async Task<StoredProposal?> GetAsync(Guid id, Guid proposalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredProposal>(new CommandDefinition(
            $"SELECT {StoredProposal.Columns} FROM proposals WHERE resolution_id = @rid AND id = @pid",
            new { rid = id.ToString(), pid = proposalId.ToString() }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The hot path of a negotiation: stores a new proposal and its <c>ProposalAdded</c> event. Reads in one batch,
    /// under the resolution's lock, what the decision needs (role, stage, mode, silence, the clauses named and the
    /// base text), lets <paramref name="decide"/> build the proposal or refuse, and writes it with its event.
    /// A repeated <paramref name="opId"/> of the same person returns the first outcome.
    /// </summary>
    public async Task<ProposalOutcome> AddAsync(Guid id, Guid actorId, string? opId, ProposalTargets targets, Func<ProposalAddContext, Decision<StoredProposal>> decide, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, null, cancellationToken);
        var rid = transaction.Rid;
        StoredEvent? earlier;
        ResolutionState? state;
        StoredSilence? silence;
        List<ClauseRef> clauses;
        string? baseText;
        await using (var read = await transaction.QueryMultipleAsync(
            $"""
            {EventLog.ByOpIdSql};
            SELECT r.stage, r.mode,
                   (SELECT p.role FROM participants p WHERE p.resolution_id = r.id AND p.user_id = @actorId) AS actor_role
            FROM resolutions r WHERE r.id = @rid;
            {ResolutionStore.SelectRunningSilence};
            SELECT id, kind, parent_id, position, version, text FROM clauses WHERE resolution_id = @rid AND id IN (@clauseId, @afterId, @parentId);
            SELECT text FROM clause_versions WHERE resolution_id = @rid AND clause_id = @clauseId AND version = @baseVersion;
            """,
            new { rid, opId, actorId = actorId.ToString(), clauseId = targets.ClauseId ?? "", afterId = targets.AfterClauseId ?? "", parentId = targets.ParentId ?? "", baseVersion = targets.BaseVersion ?? -1 },
            cancellationToken))
        {
            earlier = await read.ReadSingleOrDefaultAsync<StoredEvent>();
            state = await read.ReadSingleOrDefaultAsync<ResolutionState>();
            silence = await read.ReadSingleOrDefaultAsync<StoredSilence>();
            clauses = [.. await read.ReadAsync<ClauseRef>()];
            baseText = await read.ReadSingleOrDefaultAsync<string>();
        }

        switch (ResolutionTransaction.ReplayOf(earlier, actorId, EventTypes.ProposalAdded))
        {
            case Replay.Duplicate:
                return new ProposalOutcome(WriteStatus.Duplicate, earlier!.Seq, EventLog.Parse(earlier.Payload), null, null);
            case Replay.Taken:
                return ProposalOutcome.Refused(EventLog.OpIdTaken(opId!), transaction.LastSeq);
        }

        if (state is null)
        {
            return ProposalOutcome.Refused(transaction.NoResolution(), 0);
        }

        var now = transaction.Now;
        ClauseRef? Find(string? clauseId) => clauseId is null ? null : clauses.Find(c => c.Id == clauseId);
        var context = new ProposalAddContext(
            state.ActorRole, Enum.Parse<Stage>(state.Stage), Enum.Parse<EditingMode>(state.Mode), silence?.ToModel(), now,
            Find(targets.ClauseId), Find(targets.AfterClauseId), Find(targets.ParentId), baseText);
        var (proposal, refusal) = decide(context);
        if (proposal is null)
        {
            return ProposalOutcome.Refused(refusal!, transaction.LastSeq);
        }

        proposal.ResolutionId = rid;
        proposal.CreatedAt = transaction.Stamp;
        // The payload carries the seq its own event gets.
        proposal.Seq = transaction.NextSeq;
        // One round trip while holding the lock: the proposal and its event together.
        var appended = transaction.NextEvent(actorId, opId, EventTypes.ProposalAdded, payload(proposal));
        var parameters = new DynamicParameters(proposal);
        parameters.AddDynamicParams(appended);
        await transaction.ExecuteAsync(
            $"""
            {StoredProposal.InsertSql};
            {ResolutionTransaction.AppendSql}
            """,
            parameters, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProposalOutcome(WriteStatus.Stored, proposal.Seq, EventLog.Parse(appended.EventPayload), null, proposal);
    }

    /// <summary>
    /// Supports, withdraws or rejects a proposal: <paramref name="decide"/> sees it with the resolution's state and
    /// returns it changed (or refuses); the change and its <c>ProposalChanged</c> event are stored together.
    /// </summary>
    public async Task<ProposalOutcome> ChangeAsync(Guid id, Guid actorId, string? opId, Guid proposalId, Func<ProposalChangeContext, Decision<StoredProposal>> decide, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, opId, cancellationToken);
        var loaded = await ResolutionStore.LoadAsync(transaction.Connection, transaction.Transaction, id, cancellationToken);
        if (loaded is null)
        {
            return ProposalOutcome.Refused(transaction.NoResolution(), 0);
        }

        switch (transaction.ReplayOf(actorId, EventTypes.ProposalChanged))
        {
            case Replay.Duplicate:
                return new ProposalOutcome(WriteStatus.Duplicate, transaction.Earlier!.Seq, EventLog.Parse(transaction.Earlier.Payload), null, null);
            case Replay.Taken:
                return ProposalOutcome.Refused(EventLog.OpIdTaken(opId!), loaded.Seq);
        }

        var current = await FindAsync(transaction, proposalId, cancellationToken);
        if (current is null)
        {
            return ProposalOutcome.Refused(NoProposal(proposalId), loaded.Seq);
        }

        var role = await RoleAsync(transaction, actorId, cancellationToken);
        var (changed, refusal) = decide(new ProposalChangeContext(loaded.Resolution, loaded.Negotiation, current.Copy(), transaction.Now, role));
        if (changed is null)
        {
            return ProposalOutcome.Refused(refusal!, loaded.Seq);
        }

        await transaction.ExecuteAsync(StoredProposal.UpdateSql, changed, cancellationToken);
        var appended = await transaction.AppendEventAsync(actorId, opId, EventTypes.ProposalChanged, payload(changed), cancellationToken);
        changed.Seq = appended.EventSeq;
        await transaction.CommitAsync(cancellationToken);
        return new ProposalOutcome(WriteStatus.Stored, changed.Seq, EventLog.Parse(appended.EventPayload), null, changed);
    }

    /// <summary>
    /// Accepts a proposal: <paramref name="decide"/> applies it to the resolution as it stands (or refuses: a conflict,
    /// a frozen text); the change is stored through the same write as a direct one, credited to the proposing delegation,
    /// then the proposal's <c>ProposalChanged</c>. A proposal that no longer applies is marked superseded instead.
    /// </summary>
    public async Task<AcceptOutcome> AcceptAsync(Guid id, Guid actorId, string? opId, Guid proposalId, Func<ChangeContext, StoredProposal, string?, AcceptDecision> decide, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, opId, cancellationToken);
        var loaded = await ResolutionStore.LoadAsync(transaction.Connection, transaction.Transaction, id, cancellationToken);
        if (loaded is null)
        {
            return AcceptOutcome.Refused(transaction.NoResolution());
        }

        // An acceptance is logged as the text change it made, or as the decision alone when it made none.
        switch (transaction.ReplayOf(actorId, EventTypes.ClauseChanged, EventTypes.StructureChanged, EventTypes.ProposalChanged))
        {
            case Replay.Duplicate:
                return new AcceptOutcome(WriteStatus.Duplicate, null, null, null, EventLog.Parse(transaction.Earlier!.Payload), transaction.Earlier.Seq);
            case Replay.Taken:
                return AcceptOutcome.Refused(EventLog.OpIdTaken(opId!));
        }

        var proposal = await FindAsync(transaction, proposalId, cancellationToken);
        if (proposal is null)
        {
            return AcceptOutcome.Refused(NoProposal(proposalId));
        }

        var decision = decide(new ChangeContext(loaded.Resolution, 0, loaded.Negotiation, transaction.Now), proposal.Copy(), await RoleAsync(transaction, actorId, cancellationToken));
        if (decision.Refusal is { } refusal)
        {
            return AcceptOutcome.Refused(refusal);
        }

        if (decision.Write is { Part: RewrittenPart.Clauses } grows && ResolutionLimits.Exceeded(loaded.Resolution, grows.Updated) is { } tooLarge)
        {
            return AcceptOutcome.Refused(Refusal.Invalid(tooLarge));
        }

        var decided = decision.Proposal!;
        decided.DecidedAt = transaction.Stamp;
        // The proposal is closed first, so that the write below does not count it among those its change supersedes.
        await transaction.ExecuteAsync(StoredProposal.UpdateSql, decided, cancellationToken);
        var write = decision.Write is { } change ? await resolutions.StoreWriteAsync(transaction, actorId, opId, loaded.Resolution, change, cancellationToken) : null;
        var appended = await transaction.AppendEventAsync(actorId, write is null ? opId : null, EventTypes.ProposalChanged, payload(decided), cancellationToken);
        decided.Seq = appended.EventSeq;
        await transaction.CommitAsync(cancellationToken);
        return new AcceptOutcome(WriteStatus.Stored, write, decided, null, EventLog.Parse(appended.EventPayload), decided.Seq);
    }

    private static Refusal NoProposal(Guid proposalId) => Refusal.NotFound($"There is no proposal {proposalId} in this resolution.");

    private static Task<string?> RoleAsync(ResolutionTransaction transaction, Guid actorId, CancellationToken cancellationToken) =>
        transaction.QuerySingleOrDefaultAsync<string?>(EventLog.ActorRoleSql, new { rid = transaction.Rid, actorId = actorId.ToString() }, cancellationToken);

    private static Task<StoredProposal?> FindAsync(ResolutionTransaction transaction, Guid proposalId, CancellationToken cancellationToken) =>
        transaction.QuerySingleOrDefaultAsync<StoredProposal>(
            $"SELECT {StoredProposal.Columns} FROM proposals WHERE resolution_id = @rid AND id = @pid",
            new { rid = transaction.Rid, pid = proposalId.ToString() }, cancellationToken);

    private sealed class ResolutionState
    {
        public string Stage { get; set; } = "";

        public string Mode { get; set; } = "";

        public string? ActorRole { get; set; }
    }
}

/// <summary>The clauses a new proposal names, read with it.</summary>
/// <param name="ClauseId">The clause replaced, deleted or moved.</param>
/// <param name="AfterClauseId">The clause an insert or move follows.</param>
/// <param name="ParentId">The parent of an inserted sub-paragraph.</param>
/// <param name="BaseVersion">For a replace: the version whose text is the base.</param>
public sealed record ProposalTargets(string? ClauseId, string? AfterClauseId, string? ParentId, int? BaseVersion);

/// <summary>A clause named by a proposal, as stored.</summary>
public sealed class ClauseRef
{
    /// <summary>Its id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its kind (enum name).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Its parent, for a sub-paragraph.</summary>
    public string? ParentId { get; set; }

    /// <summary>Its place in its list.</summary>
    public long Position { get; set; }

    /// <summary>Its version.</summary>
    public long Version { get; set; }

    /// <summary>Its text.</summary>
    public string Text { get; set; } = "";
}

/// <summary>What a new proposal is decided on, read under the resolution's lock.</summary>
/// <param name="ActorRole">The proposer's role now (enum name); null when they take no part.</param>
/// <param name="Stage">The stage.</param>
/// <param name="Mode">The editing mode.</param>
/// <param name="Silence">The silence running as stored, if any.</param>
/// <param name="Now">The time.</param>
/// <param name="Clause">The clause named, if it exists.</param>
/// <param name="After">The clause to follow, if named and it exists.</param>
/// <param name="Parent">The parent named, if it exists.</param>
/// <param name="BaseText">For a replace: the clause text at the base version, if known.</param>
public sealed record ProposalAddContext(string? ActorRole, Stage Stage, EditingMode Mode, Silence? Silence, DateTimeOffset Now, ClauseRef? Clause, ClauseRef? After, ClauseRef? Parent, string? BaseText);

/// <summary>What a change to a proposal is decided on.</summary>
/// <param name="Resolution">The resolution as it stands.</param>
/// <param name="Negotiation">Its mode and silence.</param>
/// <param name="Proposal">A copy of the proposal to change and return.</param>
/// <param name="Now">The time.</param>
/// <param name="ActorRole">The caller's role now, read inside the write (enum name); null when they take no part.</param>
public sealed record ProposalChangeContext(Resolution Resolution, NegotiationState Negotiation, StoredProposal Proposal, DateTimeOffset Now, string? ActorRole);

/// <summary>The decision on accepting a proposal: the proposal as decided (accepted, or superseded) with the write it makes, or a refusal.</summary>
/// <param name="Proposal">The proposal with its new status.</param>
/// <param name="Write">The change to the text; null when the proposal is only marked (superseded).</param>
/// <param name="Refusal">Why nothing is stored.</param>
public sealed record AcceptDecision(StoredProposal? Proposal, ResolutionWrite? Write, Refusal? Refusal);

/// <summary>How a proposal write ended.</summary>
/// <param name="Status">Stored, duplicate or refused.</param>
/// <param name="Seq">The event's seq; for a refusal, the seq the resolution is current at.</param>
/// <param name="Payload">The event's payload (the first one's for a duplicate).</param>
/// <param name="Refusal">Why nothing was stored.</param>
/// <param name="Proposal">The proposal as stored.</param>
public sealed record ProposalOutcome(WriteStatus Status, long Seq, JsonElement Payload, Refusal? Refusal, StoredProposal? Proposal)
{
    /// <summary>A refusal.</summary>
    public static ProposalOutcome Refused(Refusal refusal, long seq) => new(WriteStatus.Refused, seq, default, refusal, null);
}

/// <summary>How accepting a proposal ended.</summary>
/// <param name="Status">Stored, duplicate or refused.</param>
/// <param name="Write">The change to the text as stored (null when the proposal was only marked superseded).</param>
/// <param name="Proposal">The proposal as decided.</param>
/// <param name="Refusal">Why nothing was stored.</param>
/// <param name="Payload">The proposal's <c>ProposalChanged</c> payload (for a duplicate, the first event's).</param>
/// <param name="Seq">The seq of that event.</param>
public sealed record AcceptOutcome(WriteStatus Status, WriteOutcome? Write, StoredProposal? Proposal, Refusal? Refusal, JsonElement Payload, long Seq)
{
    /// <summary>A refusal.</summary>
    public static AcceptOutcome Refused(Refusal refusal) => new(WriteStatus.Refused, null, null, refusal, default, 0);
}
