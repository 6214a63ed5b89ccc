using System.ComponentModel.DataAnnotations;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it, rather than a silent default.

/// <summary>The editing mode: <c>open</c> (drafters edit directly) or <c>proposals</c> (only the pen-holder edits; the others propose).</summary>
public sealed record ModeDto(EditingMode Mode, long Seq) : ILoggedAnswer<ModeDto>
{
    /// <inheritdoc />
    public ModeDto AtSeq(long seq) => this with { Seq = seq };
}

/// <summary>A new editing mode.</summary>
public sealed record SetModeRequest([property: Required] EditingMode? Mode = null, string? OpId = null);

/// <summary>
/// A proposal as sent: <c>replace</c> (clauseId, text, baseVersion), <c>insert</c> (insertKind, text, afterClauseId or
/// none for first, parentId for a sub-paragraph), <c>delete</c> (clauseId), <c>move</c> (clauseId, afterClauseId or none
/// for first); an optional Markdown rationale; an opId; for an insert, the adopted paragraph its text was taken from (<c>source</c>).
/// </summary>
public sealed record ProposeRequest([property: Required] ProposalKind? Kind = null, string? ClauseId = null, string? AfterClauseId = null, ClauseKind? InsertKind = null, string? ParentId = null, string? Text = null, int? BaseVersion = null, string? Rationale = null, string? OpId = null, SourceRequest? Source = null);

/// <summary>Support, withdraw: only an opId.</summary>
public sealed record ProposalActionRequest(string? OpId = null);

/// <summary>Accept (optionally "as modified": <c>text</c> written on <c>baseVersion</c> of the clause) or reject (with a <c>reason</c>).</summary>
public sealed record DecideProposalRequest(string? Text = null, int? BaseVersion = null, string? Reason = null, string? OpId = null, string? ExpectedText = null);

/// <summary>
/// What accepting a proposal would give now (<c>GET …/proposals/{pid}/preview</c>): for a replacement made on an older
/// text, the paragraph as it stands, what changed in it since the proposal, and the text accepting gives (to send back as
/// <c>expectedText</c>), or why it overlaps.
/// </summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="BasedOnOlderText">The paragraph changed since the proposal was made.</param>
/// <param name="ClauseVersion">The paragraph's version now.</param>
/// <param name="CurrentText">The paragraph's text now.</param>
/// <param name="Result">The paragraph's text if accepted now; null when the proposal overlaps what changed (accept it as modified, or reject it).</param>
/// <param name="Changes">Word diff from the current text to <paramref name="Result"/>: the proposal as it would apply now.</param>
/// <param name="ChangedSince">Word diff from the text the proposal was made on to the current text: what others changed since.</param>
/// <param name="Conflict">Why it cannot be accepted as it is, when it overlaps.</param>
public sealed record ProposalPreviewDto(Guid ProposalId, bool BasedOnOlderText, int? ClauseVersion, string? CurrentText, string? Result,
    IReadOnlyList<SegmentDto>? Changes, IReadOnlyList<SegmentDto>? ChangedSince, string? Conflict);

/// <summary>
/// A proposal as clients see it: its kind, status and delegations ("Algeria, supported by Mozambique and Sierra Leone"),
/// what it changes (for a replacement the word diff from its base: the base text is its equal and deleted segments),
/// the rationale rendered safely, and the decision.
/// </summary>
public sealed record ProposalDto(
    Guid Id, Guid ResolutionId, long Seq, ProposalKind Kind, ProposalStatus Status,
    string Organization, IReadOnlyList<string> Supporters, string Delegations, AuthorDto ProposedBy,
    string? ClauseId, string? AfterClauseId, ClauseKind? InsertKind, string? ParentId,
    string? Text, int? BaseVersion, IReadOnlyList<SegmentDto>? Changes,
    string? Rationale, string? RationaleHtml, string? DecidedBy, string? DecidedAt, string? Reason, string? AcceptedText, string CreatedAt, SourceDto? Source = null);

/// <summary>A clause change made by accepting a proposal, as logged (<c>ClauseChanged</c> or <c>StructureChanged</c>): who proposed it and who accepted it.</summary>
public sealed record AcceptedChangeDto(string Status, string Change, string ClauseId, int Version, string? Text, string? Opening, long Seq, Guid ProposalId, string ProposedBy, string AcceptedBy);

/// <summary>The result of accepting: the proposal as decided, and the change to the text.</summary>
public sealed record AcceptResultDto(ProposalDto Proposal, AcceptedChangeDto? Change);

/// <summary>A silence to start: on published <c>revision</c> until <c>until</c> (with its offset, e.g. New York time).</summary>
public sealed record StartSilenceRequest([property: Required] int? Revision = null, [property: Required] DateTimeOffset? Until = null, string? OpId = null);

/// <summary>A delegation's break of silence.</summary>
public sealed record BreakSilenceRequest([property: Required] string? Statement = null, string? OpId = null);

/// <summary>One break of silence.</summary>
public sealed record SilenceBreakDto(string Organization, string Statement, string At, string? By = null);

/// <summary>Who started or ended a silence.</summary>
/// <param name="DisplayName">Their name.</param>
/// <param name="Organization">Their delegation.</param>
public sealed record SilencePersonDto(string DisplayName, string Organization);

/// <summary>One silence of the record (<c>GET …/silences</c>): how it ended, by whom, and every statement that broke it.</summary>
/// <param name="Id">The silence.</param>
/// <param name="Status">running, broken, passed, withdrawn or ended (by a final stage).</param>
/// <param name="Revision">The revision put under silence.</param>
/// <param name="Until">The deadline.</param>
/// <param name="StartedAt">When it was started.</param>
/// <param name="StartedBy">Who started it.</param>
/// <param name="EndedAt">When it was broken, withdrawn, ended or passed.</param>
/// <param name="EndedBy">Who withdrew or ended it; null when it passed or was broken.</param>
/// <param name="BrokenBy">The statements that broke it, in order.</param>
public sealed record SilenceRecordDto(string Id, string Status, int Revision, string Until, string StartedAt, SilencePersonDto StartedBy, string? EndedAt, SilencePersonDto? EndedBy, IReadOnlyList<SilenceBreakDto> BrokenBy);

/// <summary>
/// The silence procedure: <c>status</c> running, broken, passed or withdrawn, decided from the stored deadline at the
/// moment of reading; <c>none</c> when no silence was ever started.
/// </summary>
public sealed record SilenceDto(string Status, int? Revision, string? Until, string? StartedAt, IReadOnlyList<SilenceBreakDto> BrokenBy, long Seq);
