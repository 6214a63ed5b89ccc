using Drafting.Model.Diff;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Negotiation;

/// <summary>A proposal applied to the text.</summary>
/// <param name="Updated">The resolution with the change made.</param>
/// <param name="ClauseId">The clause changed, inserted, deleted or moved.</param>
/// <param name="Merged">True when a replacement made on an older version was merged word by word with what changed since.</param>
public sealed record Acceptance(Resolution Updated, ClauseId ClauseId, bool Merged);

/// <summary>How accepting a proposal ended.</summary>
/// <param name="Accepted">The change made; null when refused or superseded.</param>
/// <param name="Refusal">Why it cannot be applied now (a conflict the pen-holder resolves, an invalid amendment).</param>
/// <param name="Superseded">True when the clause it bears on no longer exists: the proposal can never apply.</param>
public sealed record AcceptanceOutcome(Acceptance? Accepted, Refusal? Refusal, bool Superseded);

/// <summary>What accepting a proposal would give now, shown to the pen-holder before a replacement made on an older text is accepted.</summary>
/// <param name="BasedOnOlderText">A replacement whose paragraph changed since it was made.</param>
/// <param name="ClauseVersion">The paragraph's version now; null when it is gone or the proposal replaces none.</param>
/// <param name="CurrentText">The paragraph's text now.</param>
/// <param name="Result">Its text if the proposal were accepted now; null when the words overlap (a conflict) or the paragraph is gone.</param>
/// <param name="Refusal">Why it cannot be accepted as it is now (an overlap to resolve as modified), or null.</param>
public sealed record ProposalPreview(bool BasedOnOlderText, int? ClauseVersion, string? CurrentText, string? Result, Refusal? Refusal);

/// <summary>
/// Applies a proposal to the current text through the same rules as a direct edit: a replacement made on the
/// current version is applied; on an older one it is merged word by word with what changed since, and accepted only
/// as that merged text once the pen-holder has seen it (<see cref="Preview"/>), or refused as a conflict for the
/// pen-holder to resolve: never applied blindly, never a text nobody saw. A proposal whose clause is gone is superseded.
/// </summary>
public static class ProposalAcceptance
{
    /// <summary>Applies <paramref name="proposal"/> to <paramref name="current"/>.</summary>
    /// <param name="current">The resolution as it stands.</param>
    /// <param name="proposal">The open proposal.</param>
    /// <param name="amendedText">For "accepted as modified": the pen-holder's text (replace, insert), written on <paramref name="amendedOnVersion"/> of the clause.</param>
    /// <param name="amendedOnVersion">For an amended replacement: the clause version the pen-holder saw.</param>
    /// <param name="previewed">For a replacement made on an older text: the merged text the pen-holder saw in its preview.</param>
    public static AcceptanceOutcome Apply(Resolution current, Proposal proposal, string? amendedText = null, int? amendedOnVersion = null, string? previewed = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposal);
        try
        {
            return proposal.Kind switch
            {
                ProposalKind.Replace => Replace(current, proposal, amendedText, amendedOnVersion, previewed),
                ProposalKind.Insert => Insert(current, proposal, amendedText),
                ProposalKind.Delete => current.Find(proposal.ClauseId!.Value) is null
                    ? Superseded()
                    : Done(current.RemoveClause(proposal.ClauseId.Value), proposal.ClauseId.Value),
                _ => Move(current, proposal),
            };
        }
        catch (ArgumentException invalid)
        {
            return new AcceptanceOutcome(null, Refusal.Invalid(invalid.Message), false);
        }
    }

    /// <summary>What accepting <paramref name="proposal"/> would give to <paramref name="current"/>: for a replacement, the paragraph's text after it.</summary>
    public static ProposalPreview Preview(Resolution current, Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposal);
        if (proposal.Kind != ProposalKind.Replace || current.Find(proposal.ClauseId!.Value) is not { } location)
        {
            return new ProposalPreview(false, null, null, null, null);
        }

        var clause = location.Clause;
        var older = clause.Version != proposal.BaseVersion;
        if (!older)
        {
            return new ProposalPreview(false, clause.Version, clause.Text, proposal.Text, null);
        }

        return ClauseMerge.Merge(proposal.BaseText!, clause.Text, proposal.Text!) is { Succeeded: true, Text: { } merged }
            ? new ProposalPreview(true, clause.Version, clause.Text, merged, null)
            : new ProposalPreview(true, clause.Version, clause.Text, null, Overlap(proposal, clause).Refusal);
    }

    private static AcceptanceOutcome Replace(Resolution current, Proposal proposal, string? amendedText, int? amendedOnVersion, string? previewed)
    {
        if (current.Find(proposal.ClauseId!.Value) is not { } location)
        {
            return Superseded();
        }

        var clause = location.Clause;
        string text;
        var merged = false;
        if (amendedText is not null)
        {
            if (amendedOnVersion is { } seen && seen != clause.Version)
            {
                return Conflict($"The clause changed since you wrote the amended text (version {seen}; it is at version {clause.Version} now). Amend it again on the current text.");
            }

            text = amendedText;
        }
        else if (clause.Version == proposal.BaseVersion)
        {
            text = proposal.Text!;
        }
        else if (ClauseMerge.Merge(proposal.BaseText!, clause.Text, proposal.Text!) is { Succeeded: true, Text: { } result })
        {
            if (!string.Equals(previewed, result, StringComparison.Ordinal))
            {
                return new AcceptanceOutcome(null, new Refusal(RefusalKind.PreviewRequired,
                    $"This proposal was made on an older text (version {proposal.BaseVersion}; the paragraph is at version {clause.Version} now). "
                    + (previewed is null ? "Read the text accepting it gives now (its preview) and accept that text." : "The paragraph changed again since your preview: read it again.")), false);
            }

            text = result;
            merged = true;
        }
        else
        {
            return Overlap(proposal, clause);
        }

        if (text.Length == 0 && clause.SubParagraphs.IsEmpty)
        {
            return new AcceptanceOutcome(null, Refusal.Invalid("A clause without sub-paragraphs needs text; propose its deletion instead."), false);
        }

        var opening = clause.Opening is { } kept && text.StartsWith(kept, StringComparison.Ordinal)
            ? kept
            : OpeningPhrases.Default.Detect(clause.Kind, text);
        return new AcceptanceOutcome(new Acceptance(current.WithClauseText(clause.Id, text, opening), clause.Id, merged), null, false);
    }

    private static AcceptanceOutcome Insert(Resolution current, Proposal proposal, string? amendedText)
    {
        if (!proposal.AppliesTo(current))
        {
            return Superseded();
        }

        var kind = proposal.InsertKind!.Value;
        var position = 0;
        if (proposal.AfterClauseId is { } after)
        {
            var location = current.Find(after)!;
            if (location.Kind != kind || location.ParentId != proposal.ParentId)
            {
                return new AcceptanceOutcome(null, Refusal.Invalid("The new paragraph must follow one of its own list."), false);
            }

            position = location.Index + 1;
        }

        var text = amendedText ?? proposal.Text!;
        var clause = new Clause(Resolutions.ClauseId.New(), kind, text, OpeningPhrases.Default.Detect(kind, text));
        return Done(current.InsertClause(clause, proposal.ParentId, position), clause.Id);
    }

    private static AcceptanceOutcome Move(Resolution current, Proposal proposal)
    {
        if (!proposal.AppliesTo(current))
        {
            return Superseded();
        }

        var moved = current.Find(proposal.ClauseId!.Value)!;
        var position = 0;
        if (proposal.AfterClauseId is { } after)
        {
            var location = current.Find(after)!;
            // After itself names no place: the REST and hub proposal refuses it too.
            if (location.Kind != moved.Kind || location.ParentId != moved.ParentId || location.Clause.Id == moved.Clause.Id)
            {
                return new AcceptanceOutcome(null, Refusal.Invalid("A paragraph moves after another paragraph of its own list."), false);
            }

            // Its place once the moved clause has left the list.
            position = location.Index + (location.Index > moved.Index ? 0 : 1);
        }

        return Done(current.MoveClause(moved.Clause.Id, position), moved.Clause.Id);
    }

    private static AcceptanceOutcome Done(Resolution updated, ClauseId clauseId) => new(new Acceptance(updated, clauseId, false), null, false);

    private static AcceptanceOutcome Superseded() => new(null, null, true);

    private static AcceptanceOutcome Conflict(string message) => new(null, new Refusal(RefusalKind.EditConflict, message), false);

    private static AcceptanceOutcome Overlap(Proposal proposal, Clause clause) =>
        Conflict($"The clause changed since this proposal was made (on version {proposal.BaseVersion}; it is at version {clause.Version} now) in the same words. Accept it as modified, with a text based on the current one, or reject it.");
}
