using System.Collections.Concurrent;
using Drafting.Api.Resolutions;

namespace Drafting.Api.Live;

/// <summary>Someone in a resolution, and the clause they are on (an advisory marker, not a lock).</summary>
public sealed record PresenceEntry(string UserId, string DisplayName, string Organization, ParticipantRole Role, string? ClauseId);

/// <summary>Who is in which resolution, on this node: one entry per connection, removed when it leaves or drops.</summary>
public sealed class PresenceTracker
{
    private readonly ConcurrentDictionary<(Guid Resolution, string Connection), PresenceEntry> _entries = new();

    /// <summary>Records that a connection is in a resolution.</summary>
    public void Join(Guid resolutionId, string connectionId, PresenceEntry entry) => _entries[(resolutionId, connectionId)] = entry;

    /// <summary>Moves a connection's marker to a clause (or none); false when the connection has not joined.</summary>
    public bool Focus(Guid resolutionId, string connectionId, string? clauseId)
    {
        var key = (resolutionId, connectionId);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        _entries[key] = entry with { ClauseId = clauseId };
        return true;
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

    /// <summary>Everyone in a resolution, one entry per person (their latest focus wins across tabs).</summary>
    public IReadOnlyList<PresenceEntry> In(Guid resolutionId) =>
        _entries.Where(e => e.Key.Resolution == resolutionId)
            .GroupBy(e => e.Value.UserId)
            .Select(g => g.Select(e => e.Value).FirstOrDefault(v => v.ClauseId is not null) ?? g.First().Value)
            .OrderBy(e => e.DisplayName, StringComparer.Ordinal)
            .ToList();
}

/// <summary>The presence of a resolution as broadcast by <c>PresenceChanged</c>.</summary>
public sealed record PresenceSnapshot(Guid ResolutionId, long Seq, IReadOnlyList<PresenceEntry> Present);
