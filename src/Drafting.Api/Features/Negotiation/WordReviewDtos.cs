using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Resolutions;
using Drafting.Model.Negotiation;

namespace Drafting.Api.Features.Negotiation;

/// <summary>One change of a returned Word file and the proposal made of it.</summary>
/// <param name="Status"><c>created</c>, <c>duplicate</c> (this file was imported before) or <c>refused</c> (see <paramref name="Message"/>).</param>
/// <param name="ProposalId">The proposal, unless refused.</param>
/// <param name="Kind">replace, insert or delete.</param>
/// <param name="ClauseId">The clause replaced or deleted; for an insert, the clause it follows.</param>
/// <param name="Tracked">Whether Word tracked the change; false when found by comparing with the exported text.</param>
/// <param name="WordAuthors">The Word authors of its tracked changes.</param>
/// <param name="ProposedBy">The participant the proposal is attributed to (display name).</param>
/// <param name="Flagged">Whether some Word author matches no participant of the delegation (kept by name in the rationale).</param>
/// <param name="Paragraph">The Word paragraph of the change.</param>
/// <param name="Message">Why it was refused.</param>
public sealed record WordReviewProposalDto(string Status, Guid? ProposalId, ProposalKind Kind, string? ClauseId, bool Tracked, IReadOnlyList<string> WordAuthors, string ProposedBy, bool Flagged, int Paragraph, string? Message);

/// <summary>What a returned Word file became: proposals by <paramref name="Delegation"/>, comments, warnings.</summary>
/// <param name="Delegation">The delegation the proposals are made for.</param>
/// <param name="BaseSeq">The seq of the text the file was exported from, when it showed the current text.</param>
/// <param name="BaseRevision">The revision the file showed, when it showed one.</param>
/// <param name="Proposals">One per change, in document order.</param>
/// <param name="Comments">One per Word comment.</param>
/// <param name="Warnings">Untracked changes, text moved on, authors not matched, tracked changes counted.</param>
public sealed record WordReviewDto(string Delegation, long? BaseSeq, int? BaseRevision, IReadOnlyList<WordReviewProposalDto> Proposals, IReadOnlyList<WordCommentOutcome> Comments, IReadOnlyList<ImportWarningDto> Warnings);
