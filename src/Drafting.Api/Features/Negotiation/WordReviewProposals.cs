using System.Globalization;
using System.Security.Claims;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Import.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// Turns the changes of a returned Word file into the delegation's proposals: each attributed to the participant its
/// Word author names (else made by the uploader on the delegation's behalf and flagged), with a rationale saying where
/// it came from, on the version of its clause that the file showed, under an opId derived from the file.
/// </summary>
internal static class WordReviewProposals
{
    /// <summary>
    /// Proposes each change, each spending one proposal of the uploader's budget (a change already proposed from the same
    /// file spends none; past the budget, the rest are cut as over-budget); when any of them cannot be proposed as a
    /// request (a rationale that cannot be shown, say), refuses before the first is stored, naming it.
    /// </summary>
    public static async Task<(List<WordReviewProposalDto>? Made, Refusal? Refusal)> ProposeAsync(
        Guid id, ClaimsPrincipal user, string forDelegation, List<ParticipantRow> delegates, string? name, string fileKey,
        IReadOnlyList<ReviewChange> changes, Resolution baseText, LoadedResolution found, ProposalService proposals, AuthorshipStore authorship,
        IReadOnlySet<string> usedOpIds, WordReviewBudget budget, CancellationToken cancellationToken)
    {
        var requests = new List<(ReviewChange Change, ClaimsPrincipal Proposer, List<string> Flagged, ProposeRequest Request)>();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var (proposer, matched, flaggedNames) = Proposer(user, forDelegation, delegates, change.Authors);
            var baseVersion = change.Kind == ProposalKind.Replace ? await BaseVersionAsync(id, baseText, change, found.Resolution, authorship, cancellationToken) : null;
            var proposal = new ProposeRequest(change.Kind,
                change.Kind == ProposalKind.Insert ? null : change.ClauseId?.Value,
                change.AfterClauseId?.Value, change.InsertKind, change.ParentId?.Value, change.Text, baseVersion,
                Rationale(forDelegation, name, change, matched, flaggedNames),
                OpId(fileKey, i));
            if (proposal.Rationale is { } rationale && Model.Comments.CommentMarkdown.Problem(rationale, $"The rationale of change {i + 1} (Word paragraph {change.Paragraph})") is { } problem)
            {
                return (null, Refusal.Invalid(problem + " Nothing of the file was stored."));
            }

            requests.Add((change, proposer, flaggedNames, proposal));
        }

        var made = new List<WordReviewProposalDto>();
        var seqBefore = found.Seq;
        foreach (var (change, proposer, flaggedNames, proposal) in requests)
        {
            var shownBy = proposer.DisplayName();
            var clause = (change.ClauseId ?? change.AfterClauseId)?.Value;
            if (!usedOpIds.Contains(proposal.OpId!) && !await budget.ProposalAsync())
            {
                made.Add(new WordReviewProposalDto(WordReviewBudget.OverBudget, null, change.Kind, clause, change.Tracked, change.Authors,
                    shownBy, flaggedNames.Count > 0, change.Paragraph, budget.ProposalMessage));
                continue;
            }

            var (dto, refusal) = await proposals.ProposeAsync(id, proposer, proposal, cancellationToken);
            made.Add(dto is not null
                ? new WordReviewProposalDto(dto.Seq > seqBefore ? "created" : "duplicate", dto.Id, change.Kind, clause, change.Tracked, change.Authors, shownBy, flaggedNames.Count > 0, change.Paragraph, null)
                : new WordReviewProposalDto(refusal!.Kind == RefusalKind.Conflict && refusal.Message.Contains("opId", StringComparison.OrdinalIgnoreCase) ? "duplicate" : "refused",
                    null, change.Kind, clause, change.Tracked, change.Authors, shownBy, flaggedNames.Count > 0, change.Paragraph, refusal.Message));
        }

        return (made, null);
    }

    /// <summary>The opId of change <paramref name="index"/> of the file <paramref name="fileKey"/>: the same file imported again replays it.</summary>
    public static string OpId(string fileKey, int index) => string.Create(CultureInfo.InvariantCulture, $"{OpIdPrefix(fileKey)}{index}");

    /// <summary>What the opIds of every change of the file <paramref name="fileKey"/> start with.</summary>
    public static string OpIdPrefix(string fileKey) => $"word-review:{fileKey}:";

    /// <summary>
    /// Who the proposal is attributed to: the first Word author who is a drafter or pen-holder of the delegation (by
    /// display or user name, "Name (Delegation)" as our exports sign), else the caller on the delegation's behalf.
    /// Returns the principal, the matched name and the Word authors matching nobody.
    /// </summary>
    private static (ClaimsPrincipal Proposer, string? Matched, List<string> Flagged) Proposer(ClaimsPrincipal caller, string delegation, List<ParticipantRow> delegates, IReadOnlyList<string> authors)
    {
        ParticipantRow? match = null;
        var flagged = new List<string>();
        foreach (var author in authors)
        {
            var bare = author.EndsWith(')') && author.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? author[..open] : author;
            var found = delegates.FirstOrDefault(d => string.Equals(d.DisplayName, bare, StringComparison.OrdinalIgnoreCase) || string.Equals(d.UserName, bare, StringComparison.OrdinalIgnoreCase));
            if (found is null && !string.Equals(bare, delegation, StringComparison.OrdinalIgnoreCase))
            {
                // Signed with the delegation's own name (as our exports sign changes) names no one to flag.
                flagged.Add(author);
            }
            else
            {
                match ??= found;
            }
        }

        var (userId, displayName) = match is not null ? (match.UserId, match.DisplayName) : (caller.UserId().ToString(), caller.DisplayName());
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId),
            new Claim(CurrentUser.DisplayNameClaim, displayName),
            new Claim(CurrentUser.OrganizationClaim, delegation),
        ], "word-review");
        return (new ClaimsPrincipal(identity), match?.DisplayName, flagged);
    }

    /// <summary>
    /// Where the proposal came from, in the file's own words: the Word author names as the file signs the change (never a
    /// person the file did not name), and which of them are not among the delegation's participants.
    /// </summary>
    private static string Rationale(string delegation, string? fileName, ReviewChange change, string? matched, List<string> flagged)
    {
        var from = fileName is null ? $"From {delegation}'s Word review" : $"From {delegation}'s Word review ({fileName})";
        var how = change.Tracked ? "a tracked change" : "a change made without tracking, found by comparing the file with the exported text";
        var signed = change.Tracked && change.Authors.Count > 0 ? $" signed {string.Join(", ", change.Authors.Select(Quoted))} in Word" : "";
        var by = matched is not null && !change.Authors.Any(a => a.StartsWith(matched, StringComparison.OrdinalIgnoreCase)) ? $" (participant {matched})" : "";
        var unknown = flagged.Count == 0 ? "" : $" Word author(s) not among {delegation}'s participants: {string.Join(", ", flagged.Select(Quoted))}.";
        return Model.Export.MarkdownWriter.Escape($"{from}: {how}{signed}{by}.{unknown}");
    }

    private static string Quoted(string name) => $"\u201C{name}\u201D";

    /// <summary>
    /// The version the delegation changed: the newest version of the clause whose text is the one the file showed
    /// (so accepting merges with what changed since), else the base's version.
    /// </summary>
    private static async Task<int?> BaseVersionAsync(Guid id, Resolution baseText, ReviewChange change, Resolution current, AuthorshipStore authorship, CancellationToken cancellationToken)
    {
        var clauseId = change.ClauseId!.Value;
        if (change.FileBaseText is { } shown)
        {
            var history = await authorship.ClauseHistoryAsync(id, clauseId.Value, cancellationToken);
            if (history.Where(h => h.Text == shown).OrderByDescending(h => h.Version).FirstOrDefault() is { } version)
            {
                return (int)version.Version;
            }
        }

        return (baseText.Find(clauseId) ?? current.Find(clauseId))?.Clause.Version;
    }
}
