using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract;

namespace Drafting.Api.Live;

/// <summary>
/// Sends stored events in one envelope (<see cref="LiveEvent"/>, as <c>CatchUp</c> returns them): to the resolution's
/// group, or to the audience the feature names for an event not everyone may read. REST and hub changes go through it
/// alike. An event is handed to the connections, not waited for until each took it (<see cref="Hand"/>). Sending is
/// best effort: the change is already stored, so a send that fails (the Redis backplane is down) is logged and the
/// caller still gets its acknowledgement; clients find the gap in seq and catch up from the database.
/// </summary>
public sealed class LiveBroadcaster(LiveClients hub, IEnumerable<ILiveFollower> followers, TimeProvider time, ILogger<LiveBroadcaster> logger)
{
    /// <summary>The SignalR group of a resolution.</summary>
    public static string Group(Guid resolutionId) => $"resolution:{resolutionId:N}";

    /// <summary>The SignalR group of one organization's participants in a resolution, for organization-only comments.</summary>
    public static string OrganizationGroup(Guid resolutionId, string organization) => $"resolution:{resolutionId:N}:organization:{organization}";

    /// <summary>Broadcasts an event stored at <paramref name="seq"/> to the resolution's group, then what follows it (<see cref="ILiveFollower"/>).</summary>
    /// <param name="resolutionId">The resolution.</param>
    /// <param name="seq">The event's seq.</param>
    /// <param name="type">Its type, one of <see cref="EventTypes.Logged"/> but <see cref="EventTypes.ResolutionCreated"/> and the comment events, which go to their audience.</param>
    /// <param name="actorId">Who made the change.</param>
    /// <param name="payload">The payload as stored.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a type of <see cref="EventTypes"/> sent this way.</exception>
    public async Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, JsonElement payload)
    {
        // A comment may be private: sent to the whole group it would reach readers its audience leaves out.
        var send = EventTypes.IsComment(type) ? throw NotSentThisWay(type) : Sender(type);
        var change = Envelope(resolutionId, seq, type, actorId, payload);
        Hand(() => send(hub.Clients.Group(Group(resolutionId)), change), resolutionId, seq);
        foreach (var follower in followers)
        {
            await BestEffortAsync(() => follower.PublishedAsync(resolutionId, seq, type), resolutionId, seq);
        }
    }

    /// <summary>
    /// Broadcasts an event stored at <paramref name="seq"/>, in the same envelope, to the <paramref name="audience"/> its
    /// feature decides, looked up at the moment of sending (a pen handed over counts at once); clients drop events of
    /// resolutions they have not joined.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a type of <see cref="EventTypes"/> sent this way.</exception>
    public Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, JsonElement payload, Func<Task<LiveAudience>> audience)
    {
        var send = Sender(type);
        var change = Envelope(resolutionId, seq, type, actorId, payload);
        return BestEffortAsync(async () =>
        {
            var to = await audience();
            if (to.Organization is null)
            {
                Hand(() => send(hub.Clients.Group(Group(resolutionId)), change), resolutionId, seq);
                return;
            }

            Hand(() => send(hub.Clients.Group(OrganizationGroup(resolutionId, to.Organization)), change), resolutionId, seq);
            if (to.Users is { Count: > 0 } users)
            {
                Hand(() => send(hub.Clients.Users(users), change), resolutionId, seq);
            }
        }, resolutionId, seq);
    }

    /// <summary>
    /// Hands an event to every connection it goes to and returns: each connection has it in its queue by then (SignalR
    /// serializes it once and queues it on each before the send's task is returned) and writes its queue in order, so
    /// events handed one after another arrive in that order. Waiting until every connection took it would hold the
    /// caller, and every broadcast after it, for the slowest reader: one whose connection stops reading (a laptop
    /// closed mid-session) until SignalR closes it, 10 s later. A failure is logged; clients catch up from the seq.
    /// </summary>
    private void Hand(Func<Task> send, Guid resolutionId, long seq) => _ = BestEffortAsync(send, resolutionId, seq);

    private LiveEvent Envelope(Guid resolutionId, long seq, string type, Guid actorId, JsonElement payload) =>
        new(resolutionId, seq, type, actorId.ToString(), payload, EventLog.Timestamp(time.GetUtcNow()));

    /// <summary>The client method of a logged event type (the hub calls a client's method of the event's name).</summary>
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
        EventTypes.CommentAdded => (clients, change) => clients.CommentAdded(change),
        EventTypes.CommentChanged => (clients, change) => clients.CommentChanged(change),
        _ => throw NotSentThisWay(type),
    };

    private static ArgumentOutOfRangeException NotSentThisWay(string type) =>
        new(nameof(type), type, "Not an event type broadcast to a resolution's group.");

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
