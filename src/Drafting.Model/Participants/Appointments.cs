using Drafting.Model.Resolutions;

namespace Drafting.Model.Participants;

/// <summary>
/// Who may appoint participants of a resolution, and the one thing an appointment may never do: leave the resolution
/// without a pen-holder. Decided on the roles read under the resolution's lock, so that two pen-holders demoting each
/// other at once cannot both pass.
/// </summary>
public static class Appointments
{
    /// <summary>Why giving <paramref name="newRole"/> to someone now in <paramref name="currentRole"/> is refused, or null when it may be done.</summary>
    /// <param name="actorRole">The appointer's role on the resolution; null when they take no part.</param>
    /// <param name="actorIsAdmin">Whether the appointer is a site admin, who may appoint in any role (so no resolution is left without a pen-holder for good).</param>
    /// <param name="currentRole">The appointee's role now; null when they take no part yet.</param>
    /// <param name="newRole">The role given.</param>
    /// <param name="penholders">How many pen-holders the resolution has now.</param>
    public static Refusal? Refuse(ParticipantRole? actorRole, bool actorIsAdmin, ParticipantRole? currentRole, ParticipantRole newRole, int penholders)
    {
        if (!actorIsAdmin && actorRole != ParticipantRole.Penholder)
        {
            return new Refusal(RefusalKind.Forbidden, "Only a pen-holder (or a site admin) changes participants; you no longer hold the pen.");
        }

        var after = penholders - (currentRole == ParticipantRole.Penholder ? 1 : 0) + (newRole == ParticipantRole.Penholder ? 1 : 0);
        return after > 0
            ? null
            : new Refusal(RefusalKind.PenholderNeeded, "That would leave the resolution without a pen-holder; make another participant pen-holder first.");
    }
}
