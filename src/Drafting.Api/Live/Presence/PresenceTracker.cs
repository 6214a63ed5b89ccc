using System.Collections.Concurrent;
using Drafting.Api.Live.Presence;
using Drafting.Api.Resolutions;
using Drafting.Model.Participants;

namespace Drafting.Api.Live.Presence;

/// <summary>Someone in a resolution, and the clause they are on (an advisory marker, not a lock).</summary>
public sealed record PresenceEntry(string UserId, string DisplayName, string Organization, ParticipantRole Role, string? ClauseId);

/// <summary>Who is in which resolution, on this node: one entry per connection, removed when it leaves or drops.</summary>
public sealed class PresenceTracker(TimeProvider time)
{
    private readonly ConcurrentDictionary<(Guid Resolution, string Connection), StampedPresence> _entries = new();

    /// <summary>Records that a connection is in a resolution; returns the entry as stored.</summary>
    public StampedPresence Join(Guid resolutionId, string connectionId, PresenceEntry entry) =>
        _entries[(resolutionId, connectionId)] = new StampedPresence(entry, Now);

    /// <summary>Moves a connection's marker to a clause (or none); null when the connection has not joined.</summary>
    public StampedPresence? Focus(Guid resolutionId, string connectionId, string? clauseId)
    {
        var key = (resolutionId, connectionId);
        while (_entries.TryGetValue(key, out var current))
        {
            var focused = new StampedPresence(current.Entry with { ClauseId = clauseId }, Now);
            // Compare and swap, so a focus racing a leave does not bring the departed connection back.
            if (_entries.TryUpdate(key, focused, current))
            {
                return focused;
            }
        }

        return null;
    }

    /// <summary>Removes a connection from one resolution; false when it was not there.</summary>
    public bool Leave(Guid resolutionId, string connectionId) => _entries.TryRemove((resolutionId, connectionId), out _);

    /// <summary>Removes a dropped connection everywhere; returns the resolutions it was in.</summary>
    public IReadOnlyList<Guid> Drop(string connectionId)
    {
        var left = _entries.Keys.Where(k => k.Connection == connectionId).ToList();
        foreach (var key in left)
        {
            _entries.TryRemove(key, out _);
        }

        return left.Select(k => k.Resolution).Distinct().ToList();
    }

    /// <summary>The resolutions that have at least one connection on this node.</summary>
    public IReadOnlyList<Guid> Resolutions() => _entries.Keys.Select(k => k.Resolution).Distinct().ToList();

    /// <summary>This node's connections in a resolution, by connection id.</summary>
    public IReadOnlyDictionary<string, StampedPresence> ConnectionsIn(Guid resolutionId) =>
        _entries.Where(e => e.Key.Resolution == resolutionId).ToDictionary(e => e.Key.Connection, e => e.Value, StringComparer.Ordinal);

    /// <summary>Everyone in a resolution on this node, one entry per person (see <see cref="Merge"/>).</summary>
    public IReadOnlyList<PresenceEntry> In(Guid resolutionId) => Merge(_entries.Where(e => e.Key.Resolution == resolutionId).Select(e => e.Value));

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

/// <summary>The presence of a resolution as broadcast by <c>PresenceChanged</c>.</summary>
public sealed record PresenceSnapshot(Guid ResolutionId, long Seq, IReadOnlyList<PresenceEntry> Present);
