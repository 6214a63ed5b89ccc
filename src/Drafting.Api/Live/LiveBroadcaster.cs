using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract;

namespace Drafting.Api.Live;

/// <summary>
/// Sends what the features hand it, already shaped: stored events to the resolution's group, other messages to the
/// audience the feature names. REST and hub changes go through it alike. Sending is best effort: the change is already
/// stored, so a send that fails (the Redis backplane is down) is logged and the caller still gets its acknowledgement;
/// clients find the gap in seq and catch up from the database.
/// </summary>
public sealed class LiveBroadcaster(LiveClients hub, IEnumerable<ILiveFollower> followers, TimeProvider time, ILogger<LiveBroadcaster> logger)
{
    /// <summary>The SignalR group of a resolution.</summary>
    public static string Group(Guid resolutionId) => $"resolution:{resolutionId:N}";

    /// <summary>The SignalR group of one organization's participants in a resolution, for organization-only comments.</summary>
    public static string OrganizationGroup(Guid resolutionId, string organization) => $"resolution:{resolutionId:N}:organization:{organization}";

    /// <summary>Broadcasts an event stored at <paramref name="seq"/> to the resolution's group, then what follows it (<see cref="ILiveFollower"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a type of <see cref="EventTypes"/> sent this way.</exception>
    public async Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, JsonElement payload)
    {
        var send = Sender(type);
        var change = new LiveEvent(resolutionId, seq, type, actorId.ToString(), payload, EventLog.Timestamp(time.GetUtcNow()));
        await BestEffortAsync(() => send(hub.Clients.Group(Group(resolutionId)), change), resolutionId, seq);
        foreach (var follower in followers)
        {
            await BestEffortAsync(() => follower.PublishedAsync(resolutionId, seq, type), resolutionId, seq);
        }
    }

    /// <summary>
    /// Sends a message of the resolution to the <paramref name="audience"/> its feature decides, looked up at the moment
    /// of sending (a pen handed over counts at once); clients drop messages of resolutions they have not joined.
    /// </summary>
    public Task SendAsync(Guid resolutionId, long seq, Func<Task<LiveAudience>> audience, Func<IDraftingClient, Task> send) =>
        BestEffortAsync(async () =>
        {
            var to = await audience();
            if (to.Organization is null)
            {
                await send(hub.Clients.Group(Group(resolutionId)));
                return;
            }

            await send(hub.Clients.Group(OrganizationGroup(resolutionId, to.Organization)));
            if (to.Users is { Count: > 0 } users)
            {
                await send(hub.Clients.Users(users));
            }
        }, resolutionId, seq);

    /// <summary>The client method for a logged event type; comment events go through their audience instead.</summary>
    private static Func<IDraftingClient, LiveEvent, Task> Sender(string type) => type switch
    {
        EventTypes.ClauseChanged => (clients, change) => clients.ClauseChanged(change),
        EventTypes.StructureChanged => (clients, change) => clients.StructureChanged(change),
        EventTypes.SponsorsChanged => (clients, change) => clients.SponsorsChanged(change),
        EventTypes.RevisionPublished => (clients, change) => clients.RevisionPublished(change),
        EventTypes.StageChanged => (clients, change) => clients.StageChanged(change),
        EventTypes.ParticipantChanged => (clients, change) => clients.ParticipantChanged(change),
        EventTypes.ModeChanged => (clients, change) => clients.ModeChanged(change),
        EventTypes.ProposalAdded => (clients, change) => clients.ProposalAdded(change),
        EventTypes.ProposalChanged => (clients, change) => clients.ProposalChanged(change),
        EventTypes.SilenceChanged => (clients, change) => clients.SilenceChanged(change),
        EventTypes.ResolutionNamed => (clients, change) => clients.ResolutionNamed(change),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an event type broadcast to a resolution's group."),
    };

    private async Task BestEffortAsync(Func<Task> send, Guid resolutionId, long seq)
    {
        try
        {
            await send();
        }
#pragma warning disable CA1031 // Any failure to send is the backplane's; the stored change stands and catch-up delivers it.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogWarning(failure, "Broadcast of seq {Seq} of {ResolutionId} failed; clients will catch up", seq, resolutionId);
        }
    }
}
