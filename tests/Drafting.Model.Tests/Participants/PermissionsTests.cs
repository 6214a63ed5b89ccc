using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Participants;

/// <summary>The role table of DESIGN.md ("Roles"), cell by cell, and the text-freeze rule, stage by stage.</summary>
public class PermissionsTests
{
    /// <summary>Who may do what: P pen-holder, D drafter, O observer, S secretary.</summary>
    public static TheoryData<Permission, string> Table => new()
    {
        { Permission.Read, "PDOS" },
        { Permission.Edit, "PD" },
        { Permission.Comment, "PDO" },
        { Permission.ManageSponsors, "P" },
        { Permission.ManageParticipants, "P" },
        { Permission.Publish, "PS" },
        { Permission.Export, "PDOS" },
        { Permission.ChangeStage, "PS" },
        { Permission.Propose, "PD" },
        { Permission.DecideProposals, "P" },
        { Permission.StartSilence, "PS" },
        { Permission.WithdrawSilence, "P" },
        { Permission.BreakSilence, "D" },
        { Permission.NameDraft, "PS" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_role_is_allowed_exactly_its_cells_of_the_table(Permission permission, string allowed)
    {
        foreach (var (role, letter) in new[] { (ParticipantRole.Penholder, 'P'), (ParticipantRole.Drafter, 'D'), (ParticipantRole.Observer, 'O'), (ParticipantRole.Secretary, 'S') })
        {
            Assert.True(role.Allows(permission) == allowed.Contains(letter), $"{role} × {permission}");
            Assert.Equal(allowed.Contains(letter), Permissions.Check(role, permission) is null);
        }
    }

    [Fact]
    public void Every_permission_is_in_the_table()
    {
        Assert.Equal(Enum.GetValues<Permission>().Order(), Table.Select(row => row.Data.Item1).Order());
    }

    [Fact]
    public void Someone_who_takes_no_part_is_refused_as_not_a_participant_and_a_role_as_forbidden()
    {
        Assert.Equal(RefusalKind.NotParticipant, Permissions.Check(null, Permission.Read)!.Kind);
        var refusal = Permissions.Check(ParticipantRole.Observer, Permission.Edit)!;
        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
        Assert.Contains("observer", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_refusal_names_what_was_refused_in_its_own_words()
    {
        var messages = Enum.GetValues<Permission>().Select(p => Permissions.Check(null, p)!.Message).Distinct().ToList();
        Assert.Single(messages);
        var forbidden = Enum.GetValues<Permission>().Where(p => !ParticipantRole.Observer.Allows(p)).Select(p => Permissions.Check(ParticipantRole.Observer, p)!.Message).ToList();
        Assert.Equal(forbidden.Count, forbidden.Distinct().Count());
        Assert.All(forbidden, m => Assert.Matches(@"does not allow [a-z]+ [a-z]", m));
        Assert.DoesNotContain(forbidden, m => m.Contains("Permission", StringComparison.Ordinal));
    }

    [Fact]
    public void In_proposals_mode_an_observer_is_still_refused_for_its_role_not_for_the_mode()
    {
        Assert.Equal(RefusalKind.Forbidden, Permissions.CheckDirectEdit(ParticipantRole.Observer, EditingMode.Proposals)!.Kind);
        Assert.Equal(RefusalKind.NotParticipant, Permissions.CheckDirectEdit(null, EditingMode.Proposals)!.Kind);
    }

    [Fact]
    public void A_running_silence_freezes_the_text_for_everyone_until_its_deadline()
    {
        var until = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);
        var silence = new Silence(Guid.NewGuid(), 1, until, SilenceStatus.Running);
        foreach (var role in Enum.GetValues<ParticipantRole>())
        {
            Assert.Equal(RefusalKind.Frozen, TextFreeze.Refusal(Stage.Draft, role, silence, until.AddSeconds(-1))!.Kind);
            Assert.Null(TextFreeze.Refusal(Stage.Draft, role, silence, until));
            Assert.Null(TextFreeze.Refusal(Stage.Draft, role, null, until));
        }

        Assert.Contains("Revision 1", TextFreeze.Refusal(Stage.Draft, ParticipantRole.Penholder, silence, until.AddHours(-1))!.Message, StringComparison.Ordinal);
        Assert.Contains("adopted", TextFreeze.Refusal(Stage.Adopted, ParticipantRole.Penholder, silence, until.AddHours(-1))!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_proposals_mode_only_the_pen_holder_edits_directly()
    {
        Assert.Null(Permissions.CheckDirectEdit(ParticipantRole.Drafter, EditingMode.Open));
        Assert.Null(Permissions.CheckDirectEdit(ParticipantRole.Penholder, EditingMode.Proposals));
        Assert.Equal(RefusalKind.ProposalsOnly, Permissions.CheckDirectEdit(ParticipantRole.Drafter, EditingMode.Proposals)!.Kind);
        Assert.Equal(RefusalKind.Forbidden, Permissions.CheckDirectEdit(ParticipantRole.Observer, EditingMode.Open)!.Kind);
    }

    [Theory]
    [InlineData(Stage.Draft, ParticipantRole.Secretary, Stage.InBlue, true)]
    [InlineData(Stage.InBlue, ParticipantRole.Secretary, Stage.Adopted, true)]
    [InlineData(Stage.InBlue, ParticipantRole.Secretary, Stage.NotAdopted, true)]
    [InlineData(Stage.InBlue, ParticipantRole.Secretary, Stage.Draft, false)]
    [InlineData(Stage.Draft, ParticipantRole.Secretary, Stage.Withdrawn, false)]
    [InlineData(Stage.Draft, ParticipantRole.Penholder, Stage.Withdrawn, true)]
    [InlineData(Stage.Draft, ParticipantRole.Drafter, Stage.InBlue, false)]
    public void Stage_moves_by_role(Stage from, ParticipantRole role, Stage to, bool allowed) =>
        Assert.Equal(allowed, role.MayMoveStage(from, to));

    [Fact]
    public void Final_stages_freeze_the_text_for_everyone_and_in_blue_for_all_but_the_pen_holder()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var role in Enum.GetValues<ParticipantRole>())
            {
                var frozen = StageLifecycle.IsFinal(stage) || (stage == Stage.InBlue && role != ParticipantRole.Penholder);
                var refusal = TextFreeze.Refusal(stage, role);
                Assert.True(frozen == refusal is not null, $"{stage} × {role}");
                Assert.True(refusal is null || refusal.Kind == RefusalKind.Frozen);
            }
        }

        Assert.True(StageLifecycle.IsFinal(Stage.NotAdopted) && StageLifecycle.IsFinal(Stage.Withdrawn) && StageLifecycle.IsFinal(Stage.Adopted));
    }
}
