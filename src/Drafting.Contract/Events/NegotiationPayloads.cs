namespace Drafting.Contract.Events;

/// <summary>
/// <see cref="EventTypes.ProposalAdded"/> and <see cref="EventTypes.ProposalChanged"/>: the proposal as it stood after
/// the change (proposed, supported, withdrawn, accepted, rejected, superseded or closed).
/// </summary>
/// <param name="Id">The proposal.</param>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="Kind">replace, insert, delete or move.</param>
/// <param name="Status">open, withdrawn, accepted, rejected, superseded or closed.</param>
/// <param name="Organization">The proposing delegation.</param>
/// <param name="Supporters">The delegations that support it.</param>
/// <param name="Delegations">"Algeria, supported by Mozambique and Sierra Leone".</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="ClauseId">The clause replaced, deleted or moved.</param>
/// <param name="AfterClauseId">Where an insertion or move goes.</param>
/// <param name="InsertKind">The kind of clause inserted (camelCase).</param>
/// <param name="ParentId">The parent of an inserted sub-paragraph.</param>
/// <param name="Text">The proposed text.</param>
/// <param name="BaseVersion">The clause version a replacement was made on.</param>
/// <param name="Changes">A replacement's word diff from its base.</param>
/// <param name="Rationale">Why, in Markdown.</param>
/// <param name="RationaleHtml">The rationale rendered, raw HTML disabled.</param>
/// <param name="DecidedBy">Who accepted or rejected it.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Reason">Why it was rejected, superseded or closed.</param>
/// <param name="AcceptedText">The text it was accepted as.</param>
/// <param name="CreatedAt">When it was proposed (UTC, ISO 8601).</param>
/// <param name="Source">The adopted paragraph an insertion was taken from (absent before sources were recorded).</param>
public sealed record ProposalPayload(
    Guid Id, Guid ResolutionId, long Seq, string Kind, string Status,
    string Organization, IReadOnlyList<string> Supporters, string Delegations, PersonPayload ProposedBy,
    string? ClauseId, string? AfterClauseId, string? InsertKind, string? ParentId,
    string? Text, int? BaseVersion, IReadOnlyList<SegmentPayload>? Changes,
    string? Rationale, string? RationaleHtml, string? DecidedBy, string? DecidedAt, string? Reason, string? AcceptedText, string CreatedAt, SourcePayload? Source = null) : EventPayload;

/// <summary><see cref="EventTypes.SilenceChanged"/>: a silence procedure started, was broken, withdrawn, ended or passed.</summary>
/// <param name="Status">running, broken, passed, withdrawn or ended.</param>
/// <param name="Revision">The revision under silence.</param>
/// <param name="Until">The deadline (UTC, ISO 8601).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="BrokenBy">The statements that broke it, in order.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
public sealed record SilenceChangedPayload(string Status, int? Revision, string? Until, string? StartedAt, IReadOnlyList<SilenceBreakPayload> BrokenBy, long Seq) : EventPayload;

/// <summary>One break of silence.</summary>
/// <param name="Organization">The delegation that broke it.</param>
/// <param name="Statement">What it said.</param>
/// <param name="At">When (UTC, ISO 8601).</param>
/// <param name="By">Who, when named.</param>
public sealed record SilenceBreakPayload(string Organization, string Statement, string At, string? By = null);
