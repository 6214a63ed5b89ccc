using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Negotiation;

/// <summary>A proposal applies while every clause it names is in the text; one that names a deleted clause is superseded.</summary>
public class ProposalAppliesTests
{
    private static readonly Resolution Seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");

    private static Proposal Replace(int op) =>
        new(Guid.NewGuid(), ProposalKind.Replace, "Ghana", Seed.Operative[op].Id, null, null, null, "Stresses the point;", 1, Seed.Operative[op].Text, null);

    private static Proposal InsertAfter(int op) =>
        new(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, Seed.Operative[op].Id, ClauseKind.Operative, null, "Requests a report;", null, null, null);

    private static Proposal InsertUnder(int op) =>
        new(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, null, ClauseKind.SubParagraph, Seed.Operative[op].Id, "a report;", null, null, null);

    [Fact]
    public void A_proposal_whose_clauses_are_all_in_the_text_applies()
    {
        Assert.True(Replace(0).AppliesTo(Seed));
        Assert.True(InsertAfter(1).AppliesTo(Seed));
        Assert.True(InsertUnder(2).AppliesTo(Seed));
    }

    [Fact]
    public void A_replacement_of_a_deleted_clause_no_longer_applies()
    {
        Assert.False(Replace(0).AppliesTo(Seed.RemoveClause(Seed.Operative[0].Id)));
    }

    [Fact]
    public void An_insert_after_a_deleted_clause_no_longer_applies()
    {
        Assert.False(InsertAfter(1).AppliesTo(Seed.RemoveClause(Seed.Operative[1].Id)));
    }

    [Fact]
    public void An_insert_under_a_deleted_parent_no_longer_applies()
    {
        Assert.False(InsertUnder(2).AppliesTo(Seed.RemoveClause(Seed.Operative[2].Id)));
    }

    [Fact]
    public void Deleting_another_clause_leaves_a_proposal_applying()
    {
        var without = Seed.RemoveClause(Seed.Operative[3].Id);
        Assert.True(Replace(0).AppliesTo(without));
        Assert.True(InsertAfter(1).AppliesTo(without));
        Assert.True(InsertUnder(2).AppliesTo(without));
    }
}
