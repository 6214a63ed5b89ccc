using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract.Events;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>What part of a resolution a <see cref="ResolutionWrite"/> rewrites.</summary>
public enum RewrittenPart
{
    /// <summary>The clause tree: inserted, deleted or moved clauses.</summary>
    Clauses,

    /// <summary>The sponsor list.</summary>
    Sponsors,

    /// <summary>The stage.</summary>
    Stage,

    /// <summary>The editing mode (open or proposals).</summary>
    Mode,

    /// <summary>The names: title, symbol, session and agenda items.</summary>
    Naming,
}

/// <summary>A new state of a resolution to store, with the event that records it.</summary>
/// <param name="Updated">The new state.</param>
/// <param name="Part">What to rewrite.</param>
/// <param name="EventType">The event's type (<see cref="Contract.EventTypes"/>).</param>
/// <param name="Payload">The event's payload, the contract's record of <paramref name="EventType"/>: serialized once when appended, and broadcast as stored.</param>
/// <param name="Mode">For <see cref="RewrittenPart.Mode"/>: the new mode.</param>
/// <param name="ProposedBy">The delegation whose accepted proposal this is: credited in the clause history.</param>
/// <param name="TextChanged">The clause whose text changed in a rewrite of the clauses, whose comments are re-anchored.</param>
/// <param name="TakenFrom">A new clause whose text was taken from the library: its first version records the adopted paragraph.</param>
public sealed record ResolutionWrite(Resolution Updated, RewrittenPart Part, string EventType, EventPayload Payload, EditingMode? Mode = null, string? ProposedBy = null, ClauseId? TextChanged = null, ClauseTaken? TakenFrom = null);

/// <summary>A clause whose text was taken from an adopted paragraph of the library.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="Source">The adopted paragraph.</param>
public sealed record ClauseTaken(ClauseId ClauseId, Drafting.Model.Library.ParagraphSource Source);

/// <summary>What a write is decided on: the resolution, its negotiation state and the time, read inside the write.</summary>
/// <param name="Resolution">The resolution as it stands.</param>
/// <param name="NextRevision">The number the next published revision will have.</param>
/// <param name="Negotiation">The editing mode and the running silence, if any.</param>
/// <param name="Now">The time of the write.</param>
public sealed record ChangeContext(Resolution Resolution, int NextRevision, NegotiationState Negotiation, DateTimeOffset Now);

/// <summary>A resolution as loaded: the text, the seq of its last event, and its negotiation state.</summary>
/// <param name="Resolution">The resolution.</param>
/// <param name="Seq">The seq of its last event.</param>
/// <param name="Negotiation">Its editing mode and running silence.</param>
public sealed record LoadedResolution(Resolution Resolution, long Seq, NegotiationState Negotiation)
{
    /// <summary>The resolution and its seq, for callers that need no more.</summary>
    public void Deconstruct(out Resolution resolution, out long seq) => (resolution, seq) = (Resolution, Seq);
}

/// <summary>A new text for one clause, with the payload of its <c>ClauseChanged</c> event.</summary>
/// <param name="Text">The new text.</param>
/// <param name="Opening">The new opening phrase.</param>
/// <param name="Version">The clause's new version.</param>
/// <param name="Payload">The event's payload: serialized once when appended, and broadcast as stored.</param>
public sealed record ClauseTextWrite(string Text, string? Opening, int Version, ClauseChangedPayload Payload);

/// <summary>How a write ended.</summary>
public enum WriteStatus
{
    /// <summary>Stored with a new event.</summary>
    Stored,

    /// <summary>The opId was seen before; the first outcome is returned and nothing changes.</summary>
    Duplicate,

    /// <summary>Refused (see the outcome's <c>Refusal</c>); nothing stored.</summary>
    Refused,
}

/// <summary>The outcome of <see cref="ResolutionStore.ChangeAsync"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Seq">The event's seq (stored or duplicate); for a refusal, the seq the resolution is current at.</param>
/// <param name="Payload">The stored event's payload (for a duplicate, the first one's); undefined when refused.</param>
/// <param name="Refusal">Why nothing was stored, when refused.</param>
/// <param name="Resolution">The resolution after the write, or as it stands for a duplicate or refusal; null when it does not exist.</param>
/// <param name="CommentsChanged">Comments orphaned or re-anchored by the write, each logged right after it with its own seq.</param>
/// <param name="Followed">The events that followed from the write for the whole room, each logged after it with its own seq:
/// proposals superseded (their clause deleted) or closed (a final stage), a silence ended (a final stage).</param>
public sealed record WriteOutcome(WriteStatus Status, long Seq, JsonElement Payload, Refusal? Refusal, Resolution? Resolution, IReadOnlyList<StoredComment> CommentsChanged, IReadOnlyList<EventRow> Followed)
{
    /// <summary>A refusal at <paramref name="seq"/>.</summary>
    public static WriteOutcome Refused(Refusal refusal, long seq, Resolution? resolution) => new(WriteStatus.Refused, seq, default, refusal, resolution, [], []);
}

/// <summary>One clause text change waiting for its batch (see <see cref="ResolutionStore.ChangeClauseTextsAsync"/>).</summary>
/// <param name="ActorId">Who makes it.</param>
/// <param name="OpId">The client's id of the change: replayed only for its author.</param>
/// <param name="ClauseId">The clause.</param>
/// <param name="BaseVersion">The version the client edited.</param>
/// <param name="Decide">What to store, or why not, on the clause as it is inside the write (null: no such clause).</param>
public sealed record ClauseTextChange(Guid ActorId, string? OpId, ClauseId ClauseId, int BaseVersion, Func<StoredClause?, Decision<ClauseTextWrite>> Decide);

/// <summary>The outcome of one change of <see cref="ResolutionStore.ChangeClauseTextsAsync"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Seq">The event's seq; for a refusal, the seq the resolution is current at.</param>
/// <param name="Payload">The stored event's payload (for a duplicate, the first one's); undefined when refused.</param>
/// <param name="Refusal">Why nothing was stored, when refused.</param>
/// <param name="Clause">The clause as it was read before the write (null when there is none, or for a duplicate).</param>
/// <param name="Written">What was stored, when stored.</param>
/// <param name="CommentsChanged">Comments re-anchored or orphaned by the new text, each logged right after it with its own seq.</param>
public sealed record ClauseTextOutcome(WriteStatus Status, long Seq, JsonElement Payload, Refusal? Refusal, StoredClause? Clause, ClauseTextWrite? Written, IReadOnlyList<StoredComment> CommentsChanged)
{
    /// <summary>A refusal at <paramref name="seq"/>.</summary>
    public static ClauseTextOutcome Refused(Refusal refusal, long seq, StoredClause? clause) => new(WriteStatus.Refused, seq, default, refusal, clause, null, []);
}
