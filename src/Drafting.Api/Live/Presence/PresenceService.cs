using Drafting.Api.Platform;

namespace Drafting.Api.Live.Presence;

/// <summary>
/// Presence that scales with a crowd. A join, leave or focus changes this node's <see cref="PresenceRoom"/> at once and
/// schedules one send for the room a <see cref="PresenceOptions.Window"/> later; that send carries the difference
/// between the list then and the list last sent, numbered by <c>presenceSeq</c>. So a thousand people joining within a
/// window cost one message to each person, not a thousand lists of a thousand, and a connection moving its focus
/// ten times within a window is sent once (its last position).
/// </summary>
/// <remarks>
/// With Redis (<paramref name="shared"/>) the room's own changes are written to Redis once per window too, the other
/// nodes are told on a channel, and they read the resolution's entries once per window in which something changed.
/// Each node sends deltas only to its own connections, by connection id, which SignalR delivers without the backplane:
/// every client gets each change once, numbered by its node, and still gets them while Redis is down (when each node
/// shows only its own people). <see cref="PresenceHeartbeat"/> renews this node's liveness, rewrites its entries and
/// re-reads the others' every tick: that is how a dead node's people disappear and how presence heals after Redis
/// restarts empty. Redis failing never fails a hub call.
/// </remarks>
public sealed class PresenceService(
    PresenceTracker tracker,
    PresenceOptions options,
    EventReader events,
    LiveClients hub,
    TimeProvider time,
    ILogger<PresenceService> logger,
    RedisPresenceStore? shared = null) : IPresence
{
    private int _redisDown;

    /// <inheritdoc />
    public PresenceSnapshot Join(Guid resolutionId, string connectionId, PresenceEntry entry)
    {
        tracker.Join(resolutionId, connectionId, entry);
        Schedule(resolutionId);
        return tracker.Room(resolutionId).Snapshot(resolutionId);
    }

    /// <inheritdoc />
    public bool Focus(Guid resolutionId, string connectionId, string? clauseId)
    {
        if (!tracker.Focus(resolutionId, connectionId, clauseId))
        {
            return false;
        }

        Schedule(resolutionId);
        return true;
    }

    /// <inheritdoc />
    public void Leave(Guid resolutionId, string connectionId)
    {
        if (tracker.Leave(resolutionId, connectionId))
        {
            Schedule(resolutionId);
        }
    }

    /// <inheritdoc />
    public void Drop(string connectionId)
    {
        foreach (var resolutionId in tracker.Drop(connectionId))
        {
            Schedule(resolutionId);
        }
    }

    /// <inheritdoc />
    public PresenceSnapshot Snapshot(Guid resolutionId) =>
        tracker.Existing(resolutionId)?.Snapshot(resolutionId) ?? new PresenceSnapshot(resolutionId, 0, []);

    /// <summary>Starts listening for the other nodes' changes (with Redis).</summary>
    public async Task ListenAsync()
    {
        if (shared is null)
        {
            return;
        }

        try
        {
            await shared.SubscribeAsync(ChangedElsewhere);
        }
#pragma warning disable CA1031 // Redis may be down at start; the multiplexer keeps the handler and subscribes once it is back.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            RedisFailed(failure);
        }
    }

    /// <summary>
    /// One heartbeat (with Redis): renews this node's liveness, rewrites its entries (Redis may have restarted empty),
    /// and re-reads the other nodes' entries of each resolution it has people in (a dead node's people expire).
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (shared is null)
        {
            return;
        }

        if (await ShareAsync(shared.MarkAliveAsync))
        {
            RedisBack();
        }

        foreach (var resolutionId in tracker.Resolutions())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var room = tracker.Room(resolutionId);
            await ShareAsync(() => shared.SetAsync(resolutionId, room.LocalConnections(), announce: false));
            room.MarkRemoteStale();
            Schedule(resolutionId);
        }
    }

    /// <summary>Tells the other nodes this node is gone, so they drop its people at their next heartbeat (graceful shutdown).</summary>
    public Task ForgetNodeAsync() => shared is null ? Task.CompletedTask : ShareAsync(shared.ForgetNodeAsync);

    /// <summary>Sends the room's pending changes now instead of at the end of the window (tests, shutdown).</summary>
    public Task FlushAsync(Guid resolutionId) => SendAsync(resolutionId);

    private void ChangedElsewhere(Guid resolutionId)
    {
        if (tracker.Existing(resolutionId) is { HasLocal: true } room)
        {
            room.MarkRemoteStale();
            Schedule(resolutionId);
        }
    }

    private void Schedule(Guid resolutionId)
    {
        if (tracker.Room(resolutionId).TrySchedule())
        {
            _ = SendLaterAsync(resolutionId);
        }
    }

    private async Task SendLaterAsync(Guid resolutionId)
    {
        try
        {
            await Task.Delay(options.Window, time);
            tracker.Room(resolutionId).Unschedule();
            await SendAsync(resolutionId);
        }
#pragma warning disable CA1031 // Runs on its own with nobody to report to; the next change or heartbeat sends again.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogWarning(failure, "Presence of {ResolutionId} could not be sent", resolutionId);
        }
    }

    /// <summary>Shares this node's changes, reads the others' if they changed, and sends the difference to this node's connections there.</summary>
    /// <remarks>
    /// The delta is handed to every connection under the room's lock, so deltas go out in presenceSeq order, and is
    /// waited for after it: one connection that stops reading holds up no later delta to the others.
    /// </remarks>
    private async Task SendAsync(Guid resolutionId)
    {
        var room = tracker.Room(resolutionId);
        var sent = Task.CompletedTask;
        await room.Sending.WaitAsync();
        try
        {
            if (shared is not null)
            {
                await SyncAsync(resolutionId, room, shared);
            }

            if (room.TakeChanges() is not { } taken)
            {
                return;
            }

            var (presenceSeq, changes) = taken;

            var delta = new PresenceDelta(resolutionId, presenceSeq, await CurrentSeqAsync(resolutionId), changes);
            sent = shared is null
                // One node: the resolution's group is exactly this node's connections there (serialized once for all).
                ? hub.Clients.Group(LiveBroadcaster.Group(resolutionId)).PresenceChanged(delta)
                : Task.WhenAll(room.LocalConnections().Select(connection => SendToAsync(connection.Key, delta)));
        }
        finally
        {
            room.Sending.Release();
        }

        await sent;
    }

    private async Task SyncAsync(Guid resolutionId, PresenceRoom room, RedisPresenceStore redis)
    {
        var (set, removed) = room.TakeUnshared();
        if (set.Count > 0 || removed.Count > 0)
        {
            await ShareAsync(async () =>
            {
                if (removed.Count > 0)
                {
                    await redis.RemoveAsync(resolutionId, removed, announce: set.Count == 0);
                }

                if (set.Count > 0)
                {
                    await redis.SetAsync(resolutionId, set, announce: true);
                }
            });
            // Whatever failed is written again by the next heartbeat (and stale fields of ours are removed on a read).
        }

        if (!room.TakeRemoteStale() && set.Count == 0 && removed.Count == 0)
        {
            return;
        }

        try
        {
            var view = await redis.ReadAsync(resolutionId);
            // Fields of ours that this node no longer has: left behind by a write that raced a leave, or by a failed removal.
            var local = room.LocalConnections().Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var departed = view.OwnConnections.Where(c => !local.Contains(c)).ToList();
            if (departed.Count > 0)
            {
                await ShareAsync(() => redis.RemoveAsync(resolutionId, departed, announce: false));
            }

            room.ReplaceRemote(view.Others);
        }
#pragma warning disable CA1031 // Any Redis failure: show this node's own connections rather than fail anyone.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            RedisFailed(failure);
            room.ReplaceRemote([]);
        }
    }

    private async Task<long> CurrentSeqAsync(Guid resolutionId)
    {
        try
        {
            return await events.CurrentSeqAsync(resolutionId, CancellationToken.None);
        }
#pragma warning disable CA1031 // The event seq is a hint for catch-up; presence goes out without it while the database is away.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogDebug(failure, "The seq of {ResolutionId} could not be read for a presence delta", resolutionId);
            return 0;
        }
    }

    /// <summary>Sends to one of this node's connections; SignalR writes to a local connection directly, not through Redis.</summary>
    private async Task SendToAsync(string connectionId, PresenceDelta delta)
    {
        try
        {
            await hub.Clients.Client(connectionId).PresenceChanged(delta);
        }
#pragma warning disable CA1031 // The connection may be closing; it no longer needs the change.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogDebug(failure, "PresenceChanged could not be sent to {ConnectionId}", connectionId);
        }
    }

    /// <summary>Runs a Redis write; false (logged) when Redis fails.</summary>
    private async Task<bool> ShareAsync(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
#pragma warning disable CA1031 // Presence must never fail a hub call or a send because of Redis.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            RedisFailed(failure);
            return false;
        }
    }

    // One warning per outage rather than one per window and heartbeat.
    private void RedisFailed(Exception failure)
    {
        if (Interlocked.Exchange(ref _redisDown, 1) == 0)
        {
            logger.LogWarning(failure, "Redis is unavailable: presence shows only this node's connections until it is back");
        }
        else
        {
            logger.LogDebug(failure, "Redis is still unavailable for presence");
        }
    }

    private void RedisBack()
    {
        if (Interlocked.Exchange(ref _redisDown, 0) == 1)
        {
            logger.LogInformation("Redis is back: presence is shared across nodes again");
        }
    }
}
