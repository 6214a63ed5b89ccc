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

/// <summary>The sponsor record's edge cases, one rule each.</summary>
public class SponsorHistoryRuleTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public void A_sponsor_sent_with_a_withdrawal_date_withdraws_at_the_revision_being_prepared()
    {
        var current = SponsorHistory.Apply([], [new Sponsor("Ghana", SponsorRole.Main), new Sponsor("Kenya", SponsorRole.Co)], Day, 0);
        var record = SponsorHistory.Apply(current, [new Sponsor("Ghana", SponsorRole.Main), new Sponsor("Kenya", SponsorRole.Co, null, Day.AddDays(3))], Day.AddDays(5), 2);
        var kenya = Assert.Single(record, s => s.Name == "Kenya");
        Assert.False(kenya.IsActive);
        Assert.Equal(Day.AddDays(3), kenya.Withdrawn);
        Assert.Equal(Day, kenya.Joined);
        Assert.Equal(0, kenya.JoinedRevision);
        Assert.Equal(2, kenya.WithdrawnRevision);
        Assert.True(Assert.Single(record, s => s.Name == "Ghana").IsActive);
    }

    [Fact]
    public void A_new_name_sent_as_withdrawing_is_recorded_as_joining_and_leaving_at_the_revision_being_prepared()
    {
        var record = SponsorHistory.Apply([], [new Sponsor("Chile", SponsorRole.Co, Day, Day.AddDays(2)), new Sponsor("Peru", SponsorRole.Co, null, Day.AddDays(3))], Day.AddDays(9), 1);
        var chile = Assert.Single(record, s => s.Name == "Chile");
        Assert.Equal(Day, chile.Joined);
        Assert.Equal(Day.AddDays(2), chile.Withdrawn);
        Assert.Equal(1, chile.JoinedRevision);
        Assert.Equal(1, chile.WithdrawnRevision);
        var peru = Assert.Single(record, s => s.Name == "Peru");
        Assert.Equal(Day.AddDays(3), peru.Joined);
        Assert.Equal(Day.AddDays(3), peru.Withdrawn);
    }

    [Fact]
    public void Joined_since_keeps_active_sponsors_that_joined_at_or_after_the_revision()
    {
        var first = SponsorHistory.Apply([], [new Sponsor("Ghana", SponsorRole.Main)], Day, 0);
        var second = SponsorHistory.Apply(first, [new Sponsor("Ghana", SponsorRole.Main), new Sponsor("Kenya", SponsorRole.Co)], Day, 1);
        var third = SponsorHistory.Apply(second, [new Sponsor("Ghana", SponsorRole.Main), new Sponsor("Kenya", SponsorRole.Co), new Sponsor("Chile", SponsorRole.Co)], Day, 2);
        var left = SponsorHistory.Apply(third, [new Sponsor("Ghana", SponsorRole.Main), new Sponsor("Kenya", SponsorRole.Co)], Day, 3);
        Assert.Equal(["Kenya"], SponsorHistory.JoinedSince(left, 1).Select(s => s.Name));
        Assert.Equal(["Ghana", "Kenya"], SponsorHistory.JoinedSince(left, 0).Select(s => s.Name));
        Assert.Empty(SponsorHistory.JoinedSince(left, 2));
        Assert.Equal(["Ghana", "Kenya", "Chile"], SponsorHistory.AtRevision(left, 2).Select(s => s.Name));
        Assert.Equal(Day, Assert.Single(left, s => s.Name == "Chile").Withdrawn);
    }

    [Fact]
    public void A_sponsor_left_out_on_a_day_before_it_joined_withdraws_on_its_joining_day()
    {
        var current = SponsorHistory.Apply([], [new Sponsor("Ghana", SponsorRole.Main, Day.AddDays(4))], Day, 0);
        var record = SponsorHistory.Apply(current, [], Day, 1);
        Assert.Equal(Day.AddDays(4), Assert.Single(record).Withdrawn);
    }

    [Fact]
    public void The_record_and_the_requested_list_are_required()
    {
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => SponsorHistory.Apply(null!, [], Day, 1)).ParamName);
        Assert.Equal("requested", Assert.Throws<ArgumentNullException>(() => SponsorHistory.Apply([], null!, Day, 1)).ParamName);
    }
}
