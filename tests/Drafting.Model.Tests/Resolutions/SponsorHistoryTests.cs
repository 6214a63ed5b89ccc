using CsCheck;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Resolutions;

public class SponsorHistoryTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void Leaving_the_list_is_a_withdrawal_and_coming_back_a_new_joining()
    {
        var zero = SponsorHistory.Apply([], [new Sponsor("France"), new Sponsor("Ghana")], Day, 0);
        var rev1 = SponsorHistory.Apply(zero, [new Sponsor("Ghana")], Day.AddDays(3), 1);
        var france = rev1.Single(s => s.Name == "France");
        Assert.Equal((Day.AddDays(3), 1, 0), (france.Withdrawn!.Value, france.WithdrawnRevision!.Value, france.JoinedRevision!.Value));
        Assert.Equal(Day, rev1.Single(s => s.Name == "Ghana").Joined);

        var rev2 = SponsorHistory.Apply(rev1, [new Sponsor("Ghana"), new Sponsor("France", SponsorRole.Co)], Day.AddDays(9), 2);
        var back = rev2.Single(s => s.Name == "France" && s.IsActive);
        Assert.Single(rev2, s => s.Name == "France" && !s.IsActive);
        Assert.True(back.IsActive);
        Assert.Equal((2, Day.AddDays(9), SponsorRole.Co), (back.JoinedRevision!.Value, back.Joined!.Value, back.Role));
        Assert.Equal(["Ghana"], SponsorHistory.AtRevision(rev1, 1).Select(s => s.Name));
        Assert.Equal(["France", "Ghana"], SponsorHistory.AtRevision(rev1, 0).Select(s => s.Name).Order());
    }

    [Fact]
    public void The_record_rebuilds_the_sponsor_line_of_every_revision()
    {
        var states = new[] { "France", "Ghana", "Chile", "Japan", "Peru", "Kenya" };
        var lists = Gen.Int[0, 63].Select(mask => states.Where((_, i) => (mask & (1 << i)) != 0).ToArray()).Array[1, 8];
        lists.Sample(revisions =>
        {
            IReadOnlyList<Sponsor> record = [];
            for (var number = 0; number < revisions.Length; number++)
            {
                record = SponsorHistory.Apply(record, revisions[number].Select(n => new Sponsor(n)).ToList(), Day.AddDays(number), number);
            }

            for (var number = 0; number < revisions.Length; number++)
            {
                Assert.Equal(revisions[number].Order(), SponsorHistory.AtRevision(record, number).Select(s => s.Name).Order());
            }

            Assert.Equal(revisions[^1], record.Where(s => s.IsActive).Select(s => s.Name));
            Assert.Equal(revisions[^1].Length, record.Count(s => s.IsActive));
        }, seed: "0N0XIzNsQ0O2", iter: 500);
    }

    [Fact]
    public void Stages_move_forward_to_a_final_vote_or_withdrawal()
    {
        Assert.Equal([Stage.InBlue, Stage.Withdrawn], StageLifecycle.Next(Stage.Draft));
        Assert.True(StageLifecycle.CanMove(Stage.InBlue, Stage.Draft));
        Assert.All(new[] { Stage.Adopted, Stage.NotAdopted, Stage.Withdrawn }, final =>
        {
            Assert.True(StageLifecycle.IsFinal(final));
            Assert.Empty(StageLifecycle.Next(final));
        });
        Assert.False(StageLifecycle.CanMove(Stage.Draft, Stage.Adopted));
    }
}
