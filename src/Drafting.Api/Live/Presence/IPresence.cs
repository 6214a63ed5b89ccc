namespace Drafting.Api.Live.Presence;

/// <summary>
/// Presence as the hub changes it: records who is where at once, and sends the changes to the resolution's clients as
/// <c>PresenceChanged</c> deltas coalesced over <see cref="PresenceOptions.Window"/> (see <see cref="PresenceService"/>).
/// </summary>
public interface IPresence
{
    /// <summary>Records that a connection joined a resolution; returns everyone there now, with the presenceSeq it is current at.</summary>
    PresenceSnapshot Join(Guid resolutionId, string connectionId, PresenceEntry entry);

    /// <summary>Moves a connection's marker to a clause (or none); false when the connection has not joined.</summary>
    bool Focus(Guid resolutionId, string connectionId, string? clauseId);

    /// <summary>Removes a connection from one resolution.</summary>
    void Leave(Guid resolutionId, string connectionId);

    /// <summary>Removes a dropped connection from every resolution it was in.</summary>
    void Drop(string connectionId);

    /// <summary>Everyone in a resolution now, with the presenceSeq it is current at (a client that saw a gap asks for it).</summary>
    PresenceSnapshot Snapshot(Guid resolutionId);
}
