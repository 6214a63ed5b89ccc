namespace Drafting.Api.Live.Presence;

/// <summary>
/// One resolution's presence as this node sees it: its own connections, the other nodes' entries as last read from
/// Redis, and the list as last sent (numbered by <c>presenceSeq</c>). Changes accumulate here between two sends; a send
/// turns the difference between the list now and the list last sent into one <see cref="PresenceDelta"/>, so any number
/// of joins, leaves and focus moves within a window cost one message. All members are thread-safe.
/// </summary>
public sealed class PresenceRoom
{
    private readonly object _gate = new();
    private readonly Dictionary<string, StampedPresence> _local = new(StringComparer.Ordinal);

    // Connections whose entry changed since it was last written to Redis (absent from _local: removed).
    private readonly HashSet<string> _unshared = new(StringComparer.Ordinal);
    private IReadOnlyList<StampedPresence> _remote = [];
    private Dictionary<string, PresenceEntry> _sent = new(StringComparer.Ordinal);
    private long _presenceSeq;
    private int _scheduled;
    private int _remoteStale;

    /// <summary>Held while a delta is worked out and sent, so deltas leave in presenceSeq order.</summary>
    public SemaphoreSlim Sending { get; } = new(1, 1);

    /// <summary>Records a connection's arrival; returns the entry as stored.</summary>
    public StampedPresence Join(string connectionId, PresenceEntry entry, long stamp)
    {
        var stamped = new StampedPresence(entry, stamp);
        lock (_gate)
        {
            _local[connectionId] = stamped;
            _unshared.Add(connectionId);
        }

        return stamped;
    }

    /// <summary>Moves a connection's marker; false when the connection is not here.</summary>
    public bool Focus(string connectionId, string? clauseId, long stamp)
    {
        lock (_gate)
        {
            if (!_local.TryGetValue(connectionId, out var current))
            {
                return false;
            }

            _local[connectionId] = new StampedPresence(current.Entry with { ClauseId = clauseId }, stamp);
            _unshared.Add(connectionId);
            return true;
        }
    }

    /// <summary>Removes a connection; false when it was not here.</summary>
    public bool Leave(string connectionId)
    {
        lock (_gate)
        {
            if (!_local.Remove(connectionId))
            {
                return false;
            }

            _unshared.Add(connectionId);
            return true;
        }
    }

    /// <summary>Whether this node has connections here.</summary>
    public bool HasLocal
    {
        get
        {
            lock (_gate)
            {
                return _local.Count > 0;
            }
        }
    }

    /// <summary>This node's connections here, by connection id.</summary>
    public IReadOnlyList<KeyValuePair<string, StampedPresence>> LocalConnections()
    {
        lock (_gate)
        {
            return [.. _local];
        }
    }

    /// <summary>The changes not yet written to Redis: entries to set, connection ids to remove; taken, so written once.</summary>
    public (IReadOnlyList<KeyValuePair<string, StampedPresence>> Set, IReadOnlyList<string> Removed) TakeUnshared()
    {
        lock (_gate)
        {
            var set = _unshared.Where(_local.ContainsKey).Select(c => new KeyValuePair<string, StampedPresence>(c, _local[c])).ToList();
            var removed = _unshared.Where(c => !_local.ContainsKey(c)).ToList();
            _unshared.Clear();
            return (set, removed);
        }
    }

    /// <summary>Replaces what the other nodes have here (empty while Redis cannot be read: this node shows its own people).</summary>
    public void ReplaceRemote(IReadOnlyList<StampedPresence> others)
    {
        lock (_gate)
        {
            _remote = others;
        }
    }

    /// <summary>Marks the other nodes' entries as worth reading again (another node announced a change, or a heartbeat).</summary>
    public void MarkRemoteStale() => Interlocked.Exchange(ref _remoteStale, 1);

    /// <summary>True once after <see cref="MarkRemoteStale"/>.</summary>
    public bool TakeRemoteStale() => Interlocked.Exchange(ref _remoteStale, 0) == 1;

    /// <summary>True for the caller that should schedule the next send (none is scheduled yet).</summary>
    public bool TrySchedule() => Interlocked.Exchange(ref _scheduled, 1) == 0;

    /// <summary>Called when a scheduled send starts: changes from now on schedule another.</summary>
    public void Unschedule() => Interlocked.Exchange(ref _scheduled, 0);

    /// <summary>
    /// Everyone here now with the presenceSeq of the last delta sent. Changes made since that delta are already in the
    /// list and come again in the next delta; deltas carry whole states (an entry, a clause, a departure), so applying one
    /// twice changes nothing.
    /// </summary>
    public PresenceSnapshot Snapshot(Guid resolutionId)
    {
        lock (_gate)
        {
            return new PresenceSnapshot(resolutionId, _presenceSeq, PresenceTracker.Merge(_local.Values.Concat(_remote)));
        }
    }

    /// <summary>
    /// The difference between everyone here now and the list last sent, numbered with the next presenceSeq; null when
    /// nothing changed (nothing is sent and the number is not used).
    /// </summary>
    public (long PresenceSeq, IReadOnlyList<PresenceChange> Changes)? TakeChanges()
    {
        lock (_gate)
        {
            var now = PresenceTracker.Merge(_local.Values.Concat(_remote));
            var current = new Dictionary<string, PresenceEntry>(now.Count, StringComparer.Ordinal);
            var changes = new List<PresenceChange>();
            foreach (var entry in now)
            {
                current[entry.UserId] = entry;
                if (!_sent.TryGetValue(entry.UserId, out var before))
                {
                    changes.Add(PresenceChange.Joined(entry));
                }
                else if (before != entry)
                {
                    changes.Add(before with { ClauseId = entry.ClauseId } == entry ? PresenceChange.Focus(entry.UserId, entry.ClauseId) : PresenceChange.Joined(entry));
                }
            }

            changes.AddRange(_sent.Keys.Where(userId => !current.ContainsKey(userId)).Order(StringComparer.Ordinal).Select(PresenceChange.Left));
            if (changes.Count == 0)
            {
                return null;
            }

            _sent = current;
            return (++_presenceSeq, changes);
        }
    }
}
