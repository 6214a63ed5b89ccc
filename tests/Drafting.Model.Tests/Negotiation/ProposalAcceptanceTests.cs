using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Negotiation;

/// <summary>Applying a proposal to the text, and the silence's status decided from its deadline.</summary>
public class ProposalAcceptanceTests
{
    private static readonly Resolution Seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");

    private static Proposal Move(int clause, int? after) =>
        new(Guid.NewGuid(), ProposalKind.Move, "Ghana", Seed.Operative[clause].Id, after is { } a ? Seed.Operative[a].Id : null, null, null, null, null, null, null);

    [Theory]
    [InlineData(1, 4, new[] { 0, 2, 3, 4, 1 })]
    [InlineData(4, 0, new[] { 0, 4, 1, 2, 3 })]
    [InlineData(3, null, new[] { 3, 0, 1, 2, 4 })]
    [InlineData(2, 1, new[] { 0, 1, 2, 3, 4 })]
    public void A_move_puts_the_clause_right_after_the_one_named(int clause, int? after, int[] order)
    {
        var moved = ProposalAcceptance.Apply(Seed, Move(clause, after)).Accepted!.Updated;
        Assert.Equal(order.Select(i => Seed.Operative[i].Id), moved.Operative.Take(5).Select(c => c.Id));
    }

    [Fact]
    public void A_proposal_on_a_clause_that_is_gone_is_superseded_not_refused()
    {
        var without = Seed.RemoveClause(Seed.Operative[2].Id);
        var outcome = ProposalAcceptance.Apply(without, new Proposal(Guid.NewGuid(), ProposalKind.Replace, "Ghana", Seed.Operative[2].Id, null, null, null, "Decides;", 1, Seed.Operative[2].Text, null));
        Assert.True(outcome.Superseded);
        Assert.Null(outcome.Accepted);
        Assert.Null(outcome.Refusal);
        Assert.True(ProposalAcceptance.Apply(without, Move(3, 2)).Superseded);
    }

    [Fact]
    public void An_amended_text_written_on_an_older_version_is_refused_as_a_conflict()
    {
        var clause = Seed.Operative[0];
        var edited = Seed.WithClauseText(clause.Id, "Stresses the point;", "Stresses");
        var proposal = new Proposal(Guid.NewGuid(), ProposalKind.Replace, "Ghana", clause.Id, null, null, null, "Stresses more;", 1, clause.Text, null);
        Assert.Equal(RefusalKind.EditConflict, ProposalAcceptance.Apply(edited, proposal, "Stresses it all;", amendedOnVersion: 1).Refusal!.Kind);
        Assert.Equal("Stresses it all;", ProposalAcceptance.Apply(edited, proposal, "Stresses it all;", amendedOnVersion: 2).Accepted!.Updated.Operative[0].Text);
    }

    [Fact]
    public void A_proposal_names_what_its_kind_needs()
    {
        Assert.Throws<ArgumentException>(() => new Proposal(Guid.NewGuid(), ProposalKind.Replace, "Ghana", Seed.Operative[0].Id, null, null, null, "x", null, null, null));
        Assert.Throws<ArgumentException>(() => new Proposal(Guid.NewGuid(), ProposalKind.Insert, "Ghana", null, null, ClauseKind.SubParagraph, null, "x", null, null, null));
        Assert.Throws<ArgumentException>(() => new Proposal(Guid.NewGuid(), ProposalKind.Delete, "Ghana", null, null, null, null, null, null, null, null));
        var joined = new Proposal(Guid.NewGuid(), ProposalKind.Delete, "Algeria", Seed.Operative[0].Id, null, null, null, null, null, null, null, supporters: ["Mozambique", "Algeria", "Sierra Leone", "Mozambique"]);
        Assert.Equal("Algeria, supported by Mozambique and Sierra Leone", joined.DelegationsText);
    }

    [Fact]
    public void A_running_silence_has_passed_from_its_deadline_on_whether_or_not_it_was_announced()
    {
        var until = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(-5));
        var silence = new Silence(Guid.NewGuid(), 2, until, SilenceStatus.Running);
        Assert.Equal(SilenceStatus.Running, silence.StatusAt(until.AddTicks(-1)));
        Assert.True(silence.FreezesAt(until.AddMinutes(-1)));
        Assert.Equal(SilenceStatus.Passed, silence.StatusAt(until));
        Assert.False(silence.FreezesAt(until));
        Assert.Equal(SilenceStatus.Broken, new Silence(Guid.NewGuid(), 2, until, SilenceStatus.Broken).StatusAt(until.AddDays(1)));
        Assert.Equal(TimeSpan.Zero, silence.Until.Offset);
        Assert.Empty(silence.Breaks);
        var broken = new Silence(Guid.NewGuid(), 2, until, SilenceStatus.Broken, [new SilenceBreak("Ghana", "No.", until.AddHours(-1))]);
        Assert.Equal("Ghana", Assert.Single(broken.Breaks).Organization);
        Assert.Equal(2, broken.Revision);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Silence(Guid.NewGuid(), -1, until, SilenceStatus.Running));
    }
}
