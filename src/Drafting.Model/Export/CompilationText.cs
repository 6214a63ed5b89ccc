using System.Globalization;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>How the compilation names a proposal and its place, in the words negotiators use ("[Ghana: delete]").</summary>
public static class CompilationText
{
    /// <summary>"replace", "add", "delete", "move after OP 3", "move to the start".</summary>
    public static string Action(Proposal proposal, Resolution current) => proposal.Kind switch
    {
        ProposalKind.Replace => "replace",
        ProposalKind.Insert => proposal.AfterClauseId is null && proposal.ParentId is not null ? "add as first sub-paragraph" : "add",
        ProposalKind.Delete => "delete",
        _ => proposal.AfterClauseId is { } after ? $"move after {Label(current, after)}" : "move to the start of its list",
    };

    /// <summary>"[Ghana, supported by Kenya: delete]".</summary>
    public static string Tag(Proposal proposal, Resolution current) => $"[{proposal.DelegationsText}: {Action(proposal, current)}]";

    /// <summary>"PP 2", "OP 3", "sub-paragraph 1 of OP 4".</summary>
    public static string Label(Resolution resolution, ClauseId clauseId) => resolution.Find(clauseId) switch
    {
        null => "a paragraph no longer in the text",
        { Kind: ClauseKind.Preambular, Index: var i } => string.Create(CultureInfo.InvariantCulture, $"PP {i + 1}"),
        { Kind: ClauseKind.Operative, Index: var i } => string.Create(CultureInfo.InvariantCulture, $"OP {i + 1}"),
        { ParentId: { } parent, Index: var i } => string.Create(CultureInfo.InvariantCulture, $"sub-paragraph {i + 1} of {Label(resolution, parent)}"),
        _ => "a sub-paragraph",
    };

    /// <summary>
    /// The Word comments of a compilation: for each clause with competing proposals one comment listing them all with
    /// their delegations, and one for each proposal that no longer merges into the text, so that none is left unseen.
    /// </summary>
    public static IReadOnlyList<ExportComment> Comments(Compilation compilation, DateTimeOffset now)
    {
        var comments = new List<ExportComment>();
        foreach (var group in compilation.Competing)
        {
            comments.Add(Comment(compilation.Current, group.ClauseId, now,
                "Competing proposals on this paragraph (none is marked as a change; the pen-holder decides):\n\n"
                + string.Join("\n\n", group.Proposals.Select((p, i) => $"{i + 1}. {Describe(p, compilation.Current)}"))));
        }

        foreach (var proposal in compilation.Unmerged)
        {
            if (proposal.Anchor is { } anchor)
            {
                comments.Add(Comment(compilation.Current, anchor, now,
                    $"Proposal made on an earlier version that no longer merges into this paragraph: {Describe(proposal, compilation.Current)}"));
            }
        }

        return comments;
    }

    /// <summary>"Ghana, supported by Kenya: replace with “…”" and the rationale.</summary>
    public static string Describe(Proposal proposal, Resolution current)
    {
        var what = proposal.Kind is ProposalKind.Replace or ProposalKind.Insert ? $" with “{proposal.Text}”" : "";
        var why = proposal.Rationale is { } rationale ? $" Rationale: {rationale}" : "";
        return $"{proposal.DelegationsText}: {Action(proposal, current)}{what}.{why}";
    }

    private static ExportComment Comment(Resolution current, ClauseId clauseId, DateTimeOffset now, string body)
    {
        var text = current.Find(clauseId)?.Clause.Text ?? "";
        return new ExportComment(Guid.NewGuid(), clauseId, 0, text.Length, text, "Proposals", "", now, body);
    }
}
