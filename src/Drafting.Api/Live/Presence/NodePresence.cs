using Drafting.Api.Storage;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live.Presence;

/// <summary>
/// Presence on a deployment of one node (no Redis): this node's connections are everyone, and every change is
/// broadcast to the resolution's group.
/// </summary>
public sealed class NodePresence(PresenceTracker tracker, ResolutionStore store, IHubContext<DraftingHub, IDraftingClient> hub) : IPresence
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PresenceEntry>> JoinAsync(Guid resolutionId, string connectionId, PresenceEntry entry, long seq)
    {
        tracker.Join(resolutionId, connectionId, entry);
        await BroadcastAsync(resolutionId, seq);
        return tracker.In(resolutionId);
    }

    /// <inheritdoc />
    public async Task<bool> FocusAsync(Guid resolutionId, string connectionId, string? clauseId)
    {
        if (tracker.Focus(resolutionId, connectionId, clauseId) is null)
        {
            return false;
        }

        await BroadcastAsync(resolutionId);
        return true;
    }

    /// <inheritdoc />
    public async Task LeaveAsync(Guid resolutionId, string connectionId)
    {
        if (tracker.Leave(resolutionId, connectionId))
        {
            await BroadcastAsync(resolutionId);
        }
    }

    /// <inheritdoc />
    public async Task DropAsync(string connectionId)
    {
        foreach (var resolutionId in tracker.Drop(connectionId))
        {
            await BroadcastAsync(resolutionId);
        }
    }

    private async Task BroadcastAsync(Guid resolutionId, long? seq = null)
    {
        var current = seq ?? await store.CurrentSeqAsync(resolutionId, CancellationToken.None);
        await hub.Clients.Group(LiveBroadcaster.Group(resolutionId)).PresenceChanged(new PresenceSnapshot(resolutionId, current, tracker.In(resolutionId)));
    }
}
