using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Negotiation;

/// <summary>A proposal's life as methods on the immutable proposal: each transition a new proposal or a refusal, the original untouched.</summary>
public class ProposalTransitionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static Proposal Ghanas() =>
        new(Guid.NewGuid(), ProposalKind.Replace, "Ghana", new ClauseId("op-1"), null, null, null, "Decides to remain seized;", 1, "Decides to remain actively seized;", null);

    [Fact]
    public void Support_adds_the_delegation_once_and_never_the_proposer()
    {
        var open = Ghanas();
        var supported = open.Support("Kenya").Write!;
        Assert.Equal(["Kenya"], supported.Supporters);
        Assert.Empty(open.Supporters);
        Assert.Equal(RefusalKind.Conflict, supported.Support("Kenya").Refusal!.Kind);
        Assert.Equal(RefusalKind.Conflict, open.Support("Ghana").Refusal!.Kind);
        Assert.Equal(["Kenya", "Sierra Leone"], supported.Support("Sierra Leone").Write!.Supporters);
    }

    [Fact]
    public void Only_the_proposing_delegation_withdraws_and_the_time_is_kept()
    {
        var open = Ghanas();
        Assert.Equal(RefusalKind.Forbidden, open.Withdraw("Kenya", Noon).Refusal!.Kind);
        var withdrawn = open.Withdraw("Ghana", Noon).Write!;
        Assert.Equal((ProposalStatus.Withdrawn, Noon), (withdrawn.Status, withdrawn.Verdict!.At));
        Assert.Equal(ProposalStatus.Open, open.Status);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_keeps_who_and_why()
    {
        var open = Ghanas();
        Assert.Equal(RefusalKind.Invalid, open.Reject("Jean Dupont (France)", "  ", Noon).Refusal!.Kind);
        Assert.Equal(RefusalKind.Invalid, open.Reject("Jean Dupont (France)", new string('x', Proposal.MaxReasonLength + 1), Noon).Refusal!.Kind);
        var rejected = open.Reject("Jean Dupont (France)", " Goes beyond the mandate. ", Noon).Write!;
        Assert.Equal((ProposalStatus.Rejected, "Jean Dupont (France)", "Goes beyond the mandate."), (rejected.Status, rejected.Verdict!.By, rejected.Verdict.Reason));
    }

    [Fact]
    public void Acceptance_keeps_the_text_it_was_accepted_as()
    {
        var accepted = Ghanas().Accept("Jean Dupont (France)", "Decides to remain seized of the matter;", Noon).Write!;
        Assert.Equal((ProposalStatus.Accepted, "Decides to remain seized of the matter;"), (accepted.Status, accepted.Verdict!.AcceptedText));
        Assert.Equal("Decides to remain seized;", accepted.Text);
    }

    [Theory]
    [InlineData(ProposalStatus.Superseded)]
    [InlineData(ProposalStatus.Closed)]
    public void Closing_ends_an_open_proposal_with_the_reason(ProposalStatus status)
    {
        var closed = Ghanas().Close(status, "adopted", Noon).Write!;
        Assert.Equal((status, "adopted"), (closed.Status, closed.Verdict!.Reason));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ghanas().Close(ProposalStatus.Accepted, null, Noon));
    }

    [Fact]
    public void Nothing_but_an_open_proposal_changes()
    {
        var ended = new[]
        {
            Ghanas().Withdraw("Ghana", Noon).Write!,
            Ghanas().Reject("France", "No.", Noon).Write!,
            Ghanas().Accept("France", null, Noon).Write!,
            Ghanas().Close(ProposalStatus.Superseded, null, Noon).Write!,
            Ghanas().Close(ProposalStatus.Closed, "adopted", Noon).Write!,
        };
        foreach (var proposal in ended)
        {
            var attempts = new[]
            {
                proposal.Support("Kenya"), proposal.Withdraw("Ghana", Noon), proposal.Reject("France", "No.", Noon),
                proposal.Accept("France", null, Noon), proposal.Close(ProposalStatus.Closed, "adopted", Noon),
            };
            Assert.All(attempts, attempt => Assert.Equal(RefusalKind.Conflict, attempt.Refusal?.Kind));
        }
    }
}
