using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Participants;

/// <summary>The one question edits and structure changes ask, and the wording of refusals the role table gives least often.</summary>
public class DirectEditTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_direct_edit_asks_the_role_and_mode_first_then_the_stage_and_the_silence()
    {
        var silence = new Silence(Guid.NewGuid(), 1, Now.AddHours(2), SilenceStatus.Running);
        Assert.Null(Permissions.CheckDirectEdit(ParticipantRole.Drafter, EditingMode.Open, Stage.Draft, null, Now));
        Assert.Equal(RefusalKind.ProposalsOnly, Permissions.CheckDirectEdit(ParticipantRole.Drafter, EditingMode.Proposals, Stage.InBlue, silence, Now)!.Kind);
        Assert.Equal(RefusalKind.NotParticipant, Permissions.CheckDirectEdit(null, EditingMode.Open, Stage.Adopted, null, Now)!.Kind);
        Assert.Equal(TextFreeze.Refusal(Stage.InBlue, ParticipantRole.Drafter), Permissions.CheckDirectEdit(ParticipantRole.Drafter, EditingMode.Open, Stage.InBlue, null, Now));
        Assert.Equal(RefusalKind.Frozen, Permissions.CheckDirectEdit(ParticipantRole.Penholder, EditingMode.Proposals, Stage.Draft, silence, Now)!.Kind);
    }

    [Fact]
    public void A_secretary_is_refused_commenting_in_those_words() =>
        Assert.Equal("Your role on this resolution (secretary) does not allow commenting.", Permissions.Check(ParticipantRole.Secretary, Permission.Comment)!.Message);

    [Fact]
    public void A_role_the_table_does_not_know_is_allowed_nothing_not_even_reading()
    {
        var unknown = (ParticipantRole)99;
        Assert.All(Enum.GetValues<Permission>(), permission => Assert.False(unknown.Allows(permission)));
        Assert.Equal("Your role on this resolution (99) does not allow reading it.", Permissions.Check(unknown, Permission.Read)!.Message);
    }
}
