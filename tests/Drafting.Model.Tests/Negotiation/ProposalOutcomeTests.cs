using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Negotiation;

/// <summary>
/// What accepting a proposal answers, kind by kind: an acceptance alone, a refusal that says why, or superseded;
/// never two of these at once.
/// </summary>
public class ProposalOutcomeTests
{
    private static readonly Resolution Seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");

    private static Proposal Replace(int op, string text, int baseVersion = 1) =>
        new(Guid.NewGuid(), ProposalKind.Replace, "Ghana", Seed.Operative[op].Id, null, null, null, text, baseVersion, Seed.Operative[op].Text, null);

    private static Proposal Move(int op, ClauseId? after) =>
        new(Guid.NewGuid(), ProposalKind.Move, "Ghana", Seed.Operative[op].Id, after, null, null, null, null, null, null);

    private static Proposal InsertOperative(ClauseId? after, string text) =>
        new(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, after, ClauseKind.Operative, null, text, null, null, null);

    private static void AssertAcceptedOnly(AcceptanceOutcome outcome)
    {
        Assert.NotNull(outcome.Accepted);
        Assert.False(outcome.Accepted.Merged);
        Assert.Null(outcome.Refusal);
        Assert.False(outcome.Superseded);
    }

    private static Refusal AssertRefusedOnly(AcceptanceOutcome outcome)
    {
        Assert.Null(outcome.Accepted);
        Assert.False(outcome.Superseded);
        return outcome.Refusal!;
    }

    [Fact]
    public void An_accepted_replacement_deletion_insertion_or_move_is_an_acceptance_and_nothing_else()
    {
        AssertAcceptedOnly(ProposalAcceptance.Apply(Seed, Replace(0, "Stresses the point;")));
        AssertAcceptedOnly(ProposalAcceptance.Apply(Seed, new Proposal(Guid.NewGuid(), ProposalKind.Delete, "Ghana", Seed.Operative[2].Id, null, null, null, null, null, null, null)));
        AssertAcceptedOnly(ProposalAcceptance.Apply(Seed, InsertOperative(Seed.Operative[1].Id, "Requests a report;")));
        AssertAcceptedOnly(ProposalAcceptance.Apply(Seed, Move(1, Seed.Operative[3].Id)));
    }

    [Fact]
    public void A_replacement_whose_words_were_changed_since_is_a_conflict_that_names_both_versions()
    {
        var clause = Seed.Operative[0];
        var edited = Seed.WithClauseText(clause.Id, "Stresses the point;", "Stresses");
        var refusal = AssertRefusedOnly(ProposalAcceptance.Apply(edited, Replace(0, "Underlines the point;")));
        Assert.Equal(RefusalKind.EditConflict, refusal.Kind);
        Assert.Contains("(on version 1; it is at version 2 now)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_replacement_is_refused_with_the_way_to_remove_the_clause()
    {
        var refusal = AssertRefusedOnly(ProposalAcceptance.Apply(Seed, Replace(0, "Decides;"), amendedText: ""));
        Assert.Equal("A clause without sub-paragraphs needs text; propose its deletion instead.", refusal.Message);
    }

    [Fact]
    public void An_insertion_after_a_clause_of_another_list_is_refused_with_the_rule()
    {
        var refusal = AssertRefusedOnly(ProposalAcceptance.Apply(Seed, InsertOperative(Seed.Preambular[0].Id, "Decides;")));
        Assert.Equal("The new paragraph must follow one of its own list.", refusal.Message);
    }

    [Fact]
    public void A_move_after_a_clause_of_another_list_or_after_itself_is_refused_with_the_rule()
    {
        foreach (var after in new[] { Seed.Preambular[0].Id, Seed.Operative[2].Id })
        {
            var refusal = AssertRefusedOnly(ProposalAcceptance.Apply(Seed, Move(2, after)));
            Assert.Equal(RefusalKind.Invalid, refusal.Kind);
            Assert.Equal("A paragraph moves after another paragraph of its own list.", refusal.Message);
        }
    }

    [Fact]
    public void An_insertion_whose_text_is_no_paragraph_is_refused_as_invalid()
    {
        var refusal = AssertRefusedOnly(ProposalAcceptance.Apply(Seed, InsertOperative(null, "Decides;\nRequests;")));
        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Equal("A clause is one paragraph: its text holds no line break. (Parameter 'text')", refusal.Message);
    }

    [Fact]
    public void The_resolution_and_the_proposal_are_required()
    {
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => ProposalAcceptance.Apply(null!, Replace(0, "Decides;"))).ParamName);
        Assert.Equal("proposal", Assert.Throws<ArgumentNullException>(() => ProposalAcceptance.Apply(Seed, null!)).ParamName);
    }
}
