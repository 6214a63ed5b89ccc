using System.Collections.Immutable;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Negotiation;

/// <summary>
/// The negotiators' working document: the current text with every open proposal at its place and its delegations
/// named. <see cref="Proposed"/> is the text with each proposal applied that does not compete with another; proposals
/// bearing on the same clause compete (none of them is applied, all are listed in <see cref="Competing"/>), and a
/// replacement that can no longer be merged into the clause is listed in <see cref="Unmerged"/>: no proposal is dropped.
/// </summary>
public sealed class Compilation
{
    private readonly Dictionary<ClauseId, List<Proposal>> _byAnchor = [];

    private Compilation(Resolution current, ImmutableArray<Proposal> open)
    {
        Current = current;
        Open = open;
        foreach (var proposal in open)
        {
            if (Anchor(proposal) is { } anchor)
            {
                (_byAnchor.TryGetValue(anchor, out var list) ? list : _byAnchor[anchor] = []).Add(proposal);
            }
        }

        var competing = open.Where(p => p.ClauseId is not null).GroupBy(p => p.ClauseId!.Value).Where(g => g.Count() > 1).ToList();
        Competing = [.. competing.Select(g => new CompetingProposals(g.Key, [.. g]))];
        var excluded = competing.SelectMany(g => g).Select(p => p.Id).ToHashSet();

        var proposed = current;
        var changedBy = new Dictionary<ClauseId, Proposal>();
        var unmerged = new List<Proposal>();
        var lastInsertedAfter = new Dictionary<(ClauseId? After, ClauseId? Parent, ClauseKind Kind), ClauseId>();
        // Deletions last, so that a paragraph proposed after one another delegation would strike still has its place.
        foreach (var proposal in open.Where(p => !excluded.Contains(p.Id)).OrderBy(p => p.Kind == ProposalKind.Delete ? 1 : 0))
        {
            var applied = proposal;
            if (proposal.Kind == ProposalKind.Insert)
            {
                // Several insertions at one place keep the order they were proposed in.
                var place = (proposal.AfterClauseId, proposal.ParentId, proposal.InsertKind!.Value);
                if (lastInsertedAfter.TryGetValue(place, out var previous))
                {
                    applied = new Proposal(proposal.Id, proposal.Kind, proposal.Organization, null, previous, proposal.InsertKind, proposal.ParentId, proposal.Text, null, null, proposal.Rationale, proposal.Status, proposal.Supporters);
                }
            }

            var outcome = ProposalAcceptance.Apply(proposed, applied);
            if (outcome.Accepted is not { } accepted)
            {
                unmerged.Add(proposal);
                continue;
            }

            proposed = accepted.Updated;
            changedBy[accepted.ClauseId] = proposal;
            if (proposal.Kind == ProposalKind.Insert)
            {
                lastInsertedAfter[(proposal.AfterClauseId, proposal.ParentId, proposal.InsertKind!.Value)] = accepted.ClauseId;
            }
        }

        Proposed = proposed;
        ChangedBy = changedBy;
        Unmerged = unmerged;
    }

    /// <summary>The text as it stands.</summary>
    public Resolution Current { get; }

    /// <summary>The open proposals shown, in the order they were made.</summary>
    public ImmutableArray<Proposal> Open { get; }

    /// <summary>The text with every proposal applied that competes with none and still applies.</summary>
    public Resolution Proposed { get; }

    /// <summary>For each clause of <see cref="Proposed"/> changed, inserted, deleted or moved by a proposal: that proposal.</summary>
    public IReadOnlyDictionary<ClauseId, Proposal> ChangedBy { get; }

    /// <summary>Groups of proposals bearing on the same clause: shown side by side, none applied.</summary>
    public ImmutableArray<CompetingProposals> Competing { get; }

    /// <summary>Open proposals that compete with none but no longer merge into the text as it stands.</summary>
    public IReadOnlyList<Proposal> Unmerged { get; }

    /// <summary>The compilation of <paramref name="current"/> with the open ones among <paramref name="proposals"/>, in the order given.</summary>
    public static Compilation Of(Resolution current, IEnumerable<Proposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposals);
        return new Compilation(current, [.. proposals.Where(p => p.Status == ProposalStatus.Open)]);
    }

    /// <summary>The proposals shown after clause <paramref name="clauseId"/> of the current text: those changing it, and insertions after it or into it.</summary>
    public IReadOnlyList<Proposal> At(ClauseId clauseId) => _byAnchor.TryGetValue(clauseId, out var list) ? list : [];

    /// <summary>Insertions proposed as the first paragraph of the preamble or of the operative part.</summary>
    public IEnumerable<Proposal> AtStart(ClauseKind kind) =>
        Open.Where(p => p.Kind == ProposalKind.Insert && p.AfterClauseId is null && p.ParentId is null && p.InsertKind == kind);

    /// <summary>Whether <paramref name="proposal"/> competes with another on the same clause.</summary>
    public bool Competes(Proposal proposal) => Competing.Any(g => g.Proposals.Contains(proposal));

    private static ClauseId? Anchor(Proposal proposal) => proposal.Kind == ProposalKind.Insert ? proposal.AfterClauseId ?? proposal.ParentId : proposal.ClauseId;
}

/// <summary>Proposals bearing on the same clause.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="Proposals">The proposals, in the order they were made.</param>
public sealed record CompetingProposals(ClauseId ClauseId, ImmutableArray<Proposal> Proposals);
