using System.Collections.Concurrent;
using Drafting.Model.Participants;

namespace Drafting.Api.Live.Presence;

/// <summary>Someone in a resolution, and the clause they are on (an advisory marker, not a lock).</summary>
public sealed record PresenceEntry(string UserId, string DisplayName, string Organization, ParticipantRole Role, string? ClauseId);

/// <summary>
/// Who is in which resolution, on this node: a <see cref="PresenceRoom"/> per resolution holding one entry per
/// connection, and per connection the resolutions it is in, so that a drop costs the rooms it was in, not every room.
/// </summary>
public sealed class PresenceTracker(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, PresenceRoom> _rooms = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, byte>> _byConnection = new(StringComparer.Ordinal);

    /// <summary>The room of a resolution, created on first use.</summary>
    public PresenceRoom Room(Guid resolutionId) => _rooms.GetOrAdd(resolutionId, _ => new PresenceRoom());

    /// <summary>The room of a resolution if this node has one.</summary>
    public PresenceRoom? Existing(Guid resolutionId) => _rooms.GetValueOrDefault(resolutionId);

    /// <summary>Records that a connection is in a resolution; returns the entry as stored.</summary>
    public StampedPresence Join(Guid resolutionId, string connectionId, PresenceEntry entry)
    {
        _byConnection.GetOrAdd(connectionId, _ => new ConcurrentDictionary<Guid, byte>())[resolutionId] = 0;
        return Room(resolutionId).Join(connectionId, entry, Now);
    }

    /// <summary>Moves a connection's marker to a clause (or none); false when the connection has not joined.</summary>
    public bool Focus(Guid resolutionId, string connectionId, string? clauseId) =>
        Existing(resolutionId)?.Focus(connectionId, clauseId, Now) ?? false;

    /// <summary>Removes a connection from one resolution; false when it was not there.</summary>
    public bool Leave(Guid resolutionId, string connectionId)
    {
        if (_byConnection.TryGetValue(connectionId, out var rooms))
        {
            rooms.TryRemove(resolutionId, out _);
        }

        return Existing(resolutionId)?.Leave(connectionId) ?? false;
    }

    /// <summary>Removes a dropped connection everywhere; returns the resolutions it was in.</summary>
    public IReadOnlyList<Guid> Drop(string connectionId)
    {
        if (!_byConnection.TryRemove(connectionId, out var rooms))
        {
            return [];
        }

        return [.. rooms.Keys.Where(resolutionId => Existing(resolutionId)?.Leave(connectionId) == true)];
    }

    /// <summary>The resolutions that have at least one connection on this node.</summary>
    public IReadOnlyList<Guid> Resolutions() => [.. _rooms.Where(r => r.Value.HasLocal).Select(r => r.Key)];

    /// <summary>
    /// One entry per person out of one per connection: the latest non-null focus across their tabs wins (else
    /// their latest join), ordered by display name.
    /// </summary>
    public static IReadOnlyList<PresenceEntry> Merge(IEnumerable<StampedPresence> connections) =>
        connections.GroupBy(c => c.Entry.UserId, StringComparer.Ordinal)
            .Select(person => (person.Where(c => c.Entry.ClauseId is not null).MaxBy(c => c.Stamp) ?? person.MaxBy(c => c.Stamp))!.Entry)
            .OrderBy(e => e.DisplayName, StringComparer.Ordinal)
            // Two people may share a display name; a stable order lets nodes tell a real change from a reshuffle.
            .ThenBy(e => e.UserId, StringComparer.Ordinal)
            .ToList();

    private long Now => time.GetUtcNow().UtcTicks;
}
