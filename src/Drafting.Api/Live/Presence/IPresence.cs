namespace Drafting.Api.Live.Presence;

/// <summary>
/// Presence as the hub changes it: records who is where and sends <c>PresenceChanged</c> to the resolution's
/// clients. <see cref="NodePresence"/> on a single node; <see cref="SharedPresence"/> across nodes through Redis.
/// </summary>
public interface IPresence
{
    /// <summary>Records that a connection joined a resolution (current at <paramref name="seq"/>); returns who is there now.</summary>
    Task<IReadOnlyList<PresenceEntry>> JoinAsync(Guid resolutionId, string connectionId, PresenceEntry entry, long seq);

    /// <summary>Moves a connection's marker to a clause (or none); false when the connection has not joined.</summary>
    Task<bool> FocusAsync(Guid resolutionId, string connectionId, string? clauseId);

    /// <summary>Removes a connection from one resolution.</summary>
    Task LeaveAsync(Guid resolutionId, string connectionId);

    /// <summary>Removes a dropped connection from every resolution it was in.</summary>
    Task DropAsync(string connectionId);
}
