using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Participants;

/// <summary>Only a pen-holder or a site admin appoints, and no appointment leaves a resolution without a pen-holder.</summary>
public class AppointmentsTests
{
    [Theory]
    [InlineData(ParticipantRole.Drafter)]
    [InlineData(ParticipantRole.Observer)]
    [InlineData(ParticipantRole.Secretary)]
    [InlineData(null)]
    public void Anyone_but_a_penholder_is_refused(ParticipantRole? actor)
    {
        var refusal = Appointments.Refuse(actor, actorIsAdmin: false, currentRole: null, ParticipantRole.Drafter, penholders: 1);
        Assert.Equal(RefusalKind.Forbidden, refusal!.Kind);
    }

    [Fact]
    public void A_penholder_appoints()
    {
        Assert.Null(Appointments.Refuse(ParticipantRole.Penholder, false, null, ParticipantRole.Observer, 1));
    }

    [Fact]
    public void A_site_admin_appoints_in_any_role_or_none()
    {
        Assert.Null(Appointments.Refuse(null, true, null, ParticipantRole.Penholder, 0));
        Assert.Null(Appointments.Refuse(ParticipantRole.Observer, true, ParticipantRole.Drafter, ParticipantRole.Secretary, 1));
    }

    [Fact]
    public void The_last_penholder_cannot_be_given_another_role_even_by_an_admin()
    {
        Assert.Equal(RefusalKind.PenholderNeeded, Appointments.Refuse(ParticipantRole.Penholder, false, ParticipantRole.Penholder, ParticipantRole.Drafter, 1)!.Kind);
        Assert.Equal(RefusalKind.PenholderNeeded, Appointments.Refuse(null, true, ParticipantRole.Penholder, ParticipantRole.Observer, 1)!.Kind);
    }

    [Fact]
    public void A_penholder_steps_down_when_another_holds_the_pen()
    {
        Assert.Null(Appointments.Refuse(ParticipantRole.Penholder, false, ParticipantRole.Penholder, ParticipantRole.Drafter, 2));
    }

    [Fact]
    public void Making_someone_penholder_on_a_resolution_without_one_is_allowed()
    {
        Assert.Null(Appointments.Refuse(null, true, ParticipantRole.Drafter, ParticipantRole.Penholder, 0));
    }
}
