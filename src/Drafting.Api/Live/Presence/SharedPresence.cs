using System.Collections.Concurrent;
using Drafting.Api.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live.Presence;

/// <summary>
/// Presence across nodes, shared through Redis (<see cref="RedisPresenceStore"/>). This node's tracker stays the truth
/// about its own connections; Redis holds every node's entries so each node can work out the whole list.
/// </summary>
/// <remarks>
/// Each node sends <c>PresenceChanged</c> only to its own connections, by connection id, which SignalR delivers
/// without the backplane: every client gets each list once (not once per node), and still gets it while Redis is down.
/// A change is announced on a Redis channel so the other nodes recompute at once; <see cref="PresenceHeartbeat"/>
/// recomputes every tick as well, which is how a dead node's people disappear and how presence heals after Redis
/// comes back. Redis failing never fails a hub call: it is logged and this node's own connections are shown.
/// </remarks>
public sealed class SharedPresence(
    PresenceTracker tracker,
    RedisPresenceStore shared,
    ResolutionStore store,
    IHubContext<DraftingHub, IDraftingClient> hub,
    ILogger<SharedPresence> logger) : IPresence
{
    // What this node last sent its connections in each resolution, so a recompute that finds nothing new sends nothing.
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<PresenceEntry>> _sent = new();

    // Resolutions where Redis may disagree with this node (a write failed): the next tick writes them again.
    private readonly ConcurrentDictionary<Guid, bool> _unsynced = new();

    // Recompute-and-send runs one at a time per resolution, so an older list is never sent after a newer one.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    private int _redisDown;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PresenceEntry>> JoinAsync(Guid resolutionId, string connectionId, PresenceEntry entry, long seq)
    {
        var joined = tracker.Join(resolutionId, connectionId, entry);
        await ShareAsync(resolutionId, () => shared.SetAsync(resolutionId, [new(connectionId, joined)], announce: true));
        return await DeliverAsync(resolutionId, seq);
    }

    /// <inheritdoc />
    public async Task<bool> FocusAsync(Guid resolutionId, string connectionId, string? clauseId)
    {
        if (tracker.Focus(resolutionId, connectionId, clauseId) is not { } focused)
        {
            return false;
        }

        await ShareAsync(resolutionId, () => shared.SetAsync(resolutionId, [new(connectionId, focused)], announce: true));
        await DeliverAsync(resolutionId);
        return true;
    }

    /// <inheritdoc />
    public async Task LeaveAsync(Guid resolutionId, string connectionId)
    {
        if (tracker.Leave(resolutionId, connectionId))
        {
            await ShareAsync(resolutionId, () => shared.RemoveAsync(resolutionId, [connectionId], announce: true));
            await DeliverAsync(resolutionId);
        }
    }

    /// <inheritdoc />
    public async Task DropAsync(string connectionId)
    {
        foreach (var resolutionId in tracker.Drop(connectionId))
        {
            await ShareAsync(resolutionId, () => shared.RemoveAsync(resolutionId, [connectionId], announce: true));
            await DeliverAsync(resolutionId);
        }
    }

    /// <summary>Starts listening for the other nodes' changes.</summary>
    public async Task ListenAsync()
    {
        try
        {
            await shared.SubscribeAsync(resolutionId => _ = ChangedElsewhereAsync(resolutionId));
        }
#pragma warning disable CA1031 // Redis may be down at start; the multiplexer keeps the handler and subscribes once it is back.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            RedisFailed(failure);
        }
    }

    /// <summary>
    /// One heartbeat: renews this node's liveness, re-writes its entries (Redis may have restarted empty), and
    /// recomputes each resolution it has people in, sending the list where it changed (e.g. a dead node's people expired).
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (await ShareAsync(null, shared.MarkAliveAsync))
        {
            RedisBack();
        }

        foreach (var resolutionId in tracker.Resolutions().Union(_unsynced.Keys).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            _unsynced.TryRemove(resolutionId, out _);
            try
            {
                await ShareAsync(resolutionId, () => shared.SetAsync(resolutionId, tracker.ConnectionsIn(resolutionId).ToList(), announce: false));
                await DeliverAsync(resolutionId);
            }
#pragma warning disable CA1031 // One resolution failing (say its seq cannot be read) must not stop the heartbeat for the others.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                logger.LogWarning(failure, "Presence of {ResolutionId} could not be refreshed; the next heartbeat tries again", resolutionId);
            }
        }
    }

    /// <summary>Tells the other nodes this node is gone, so they drop its people at their next heartbeat (graceful shutdown).</summary>
    public Task ForgetNodeAsync() => ShareAsync(null, shared.ForgetNodeAsync);

    private async Task ChangedElsewhereAsync(Guid resolutionId)
    {
        if (tracker.ConnectionsIn(resolutionId).Count == 0)
        {
            return;
        }

        try
        {
            await DeliverAsync(resolutionId);
        }
#pragma warning disable CA1031 // Runs on a Redis callback with nobody to report to; the next heartbeat recomputes anyway.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogWarning(failure, "Presence of {ResolutionId} changed on another node but could not be sent here", resolutionId);
        }
    }

    /// <summary>Works out who is in the resolution and sends it to this node's connections there if it changed; returns it.</summary>
    private async Task<IReadOnlyList<PresenceEntry>> DeliverAsync(Guid resolutionId, long? seq = null)
    {
        var gate = _gates[(resolutionId.GetHashCode() & int.MaxValue) % _gates.Length];
        await gate.WaitAsync();
        try
        {
            var (present, connections) = await ComputeAsync(resolutionId);
            if (connections.Count == 0)
            {
                _sent.TryRemove(resolutionId, out _);
                return present;
            }

            if (_sent.TryGetValue(resolutionId, out var last) && last.SequenceEqual(present))
            {
                return present;
            }

            var snapshot = new PresenceSnapshot(resolutionId, seq ?? await store.CurrentSeqAsync(resolutionId, CancellationToken.None), present);
            await Task.WhenAll(connections.Select(connectionId => SendAsync(connectionId, snapshot)));
            _sent[resolutionId] = present;
            return present;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Everyone in the resolution: this node's connections plus the other live nodes' (only ours while Redis is down).</summary>
    private async Task<(IReadOnlyList<PresenceEntry> Present, IReadOnlyCollection<string> Connections)> ComputeAsync(Guid resolutionId)
    {
        SharedPresenceView? view = null;
        try
        {
            view = await shared.ReadAsync(resolutionId);
        }
#pragma warning disable CA1031 // Any Redis failure: show this node's own connections rather than fail the caller.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            RedisFailed(failure);
            _unsynced[resolutionId] = true;
        }

        // Read after Redis: a field of ours that Redis has and this list lacks belongs to a connection that has since gone.
        var local = tracker.ConnectionsIn(resolutionId);
        if (view is null)
        {
            return (PresenceTracker.Merge(local.Values), local.Keys.ToList());
        }

        var departed = view.OwnConnections.Where(c => !local.ContainsKey(c)).ToList();
        if (departed.Count > 0)
        {
            // Left behind by a write that raced a leave, or by a removal while Redis was unreachable.
            await ShareAsync(resolutionId, () => shared.RemoveAsync(resolutionId, departed, announce: false));
        }

        return (PresenceTracker.Merge(local.Values.Concat(view.Others)), local.Keys.ToList());
    }

    /// <summary>Sends to one of this node's connections; SignalR writes to a local connection directly, not through Redis.</summary>
    private async Task SendAsync(string connectionId, PresenceSnapshot snapshot)
    {
        try
        {
            await hub.Clients.Client(connectionId).PresenceChanged(snapshot);
        }
#pragma warning disable CA1031 // The connection may be closing; it no longer needs the list.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogDebug(failure, "PresenceChanged could not be sent to {ConnectionId}", connectionId);
        }
    }

    /// <summary>Runs a Redis write; false (logged, the resolution marked for the next heartbeat) when Redis fails.</summary>
    private async Task<bool> ShareAsync(Guid? resolutionId, Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
#pragma warning disable CA1031 // Presence must never fail a hub call because of Redis.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            RedisFailed(failure);
            if (resolutionId is { } id)
            {
                _unsynced[id] = true;
            }

            return false;
        }
    }

    // One warning per outage rather than one per hub call and heartbeat.
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
