using System.Text.Json;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Features.Notifications;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Hubs;
using Drafting.Api.Platform;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>
/// Sends stored events to the resolution's group; REST and hub changes go through it alike. Sending is best
/// effort: the change is already stored, so a send that fails (the Redis backplane is down) is logged and the
/// caller still gets its acknowledgement; clients find the gap in seq and catch up from the database.
/// </summary>
public sealed class LiveBroadcaster(IHubContext<DraftingHub, IDraftingClient> hub, ParticipantStore participants, NotificationStore notifications, TimeProvider time, ILogger<LiveBroadcaster> logger)
{
    /// <summary>The SignalR group of a resolution.</summary>
    public static string Group(Guid resolutionId) => $"resolution:{resolutionId:N}";

    /// <summary>The SignalR group of one organization's participants in a resolution, for organization-only comments.</summary>
    public static string OrganizationGroup(Guid resolutionId, string organization) => $"resolution:{resolutionId:N}:organization:{organization}";

    /// <summary>Broadcasts an event stored at <paramref name="seq"/>, then the comments the same write re-anchored or orphaned and the other events that followed from it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a type of <see cref="EventTypes"/> sent this way.</exception>
    public async Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, JsonElement payload, IReadOnlyList<StoredComment>? commentsChanged = null, IReadOnlyList<EventRow>? followed = null)
    {
        var send = Sender(type);
        var change = new LiveEvent(resolutionId, seq, type, actorId.ToString(), payload, EventLog.Timestamp(time.GetUtcNow()));
        await BestEffortAsync(() => send(hub.Clients.Group(Group(resolutionId)), change), resolutionId, seq);
        if (NotificationWriter.Notifies(type))
        {
            await BestEffortAsync(() => NotifyAsync(resolutionId, seq), resolutionId, seq);
        }
        foreach (var comment in commentsChanged ?? [])
        {
            await CommentChangedAsync(comment.ToDto());
        }

        foreach (var next in followed ?? [])
        {
            await PublishAsync(resolutionId, next.EventSeq, next.EventType, actorId, EventLog.Parse(next.EventPayload));
        }
    }

    /// <summary>Broadcasts a stored write and what followed from it: comments re-anchored or orphaned, proposals superseded or closed, a silence ended.</summary>
    public Task PublishAsync(Guid resolutionId, string type, Guid actorId, WriteOutcome write) =>
        PublishAsync(resolutionId, write.Seq, type, actorId, write.Payload, write.CommentsChanged, write.Followed);

    /// <summary>Sends a new comment to those allowed to see it.</summary>
    public Task CommentAddedAsync(CommentDto comment) => BestEffortAsync(() => SendAsync(comment, audience => audience.CommentAdded(comment)), comment.ResolutionId, comment.Seq);

    /// <summary>Sends a changed comment (resolved, re-anchored, orphaned) to those allowed to see it.</summary>
    public Task CommentChangedAsync(CommentDto comment) => BestEffortAsync(() => SendAsync(comment, audience => audience.CommentChanged(comment)), comment.ResolutionId, comment.Seq);

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

    /// <summary>
    /// Sends each notification the event wrote to its reader's own connections (SignalR's user group), wherever they are
    /// in the application; read back from the database, so exactly the stored audience hears of it.
    /// </summary>
    private async Task NotifyAsync(Guid resolutionId, long seq)
    {
        foreach (var row in await notifications.OfEventAsync(resolutionId, seq, CancellationToken.None))
        {
            await hub.Clients.User(row.UserId).NotificationAdded(NotificationDto.From(row));
        }
    }

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

    /// <summary>
    /// Everyone for a public comment; for a private one, the thread's organization group, and for one written for the
    /// pen-holder too, whoever holds the pen at the moment of sending, looked up now rather than remembered at join time,
    /// so a pen handed over counts at once in both directions. Clients drop events of resolutions they have not joined.
    /// </summary>
    /// <remarks>A pen-holder of the thread's organization gets the comment twice; clients ignore a seq they have applied.</remarks>
    private async Task SendAsync(CommentDto comment, Func<IDraftingClient, Task> send)
    {
        if (comment.Visibility == CommentVisibility.All)
        {
            await send(hub.Clients.Group(Group(comment.ResolutionId)));
            return;
        }

        await send(hub.Clients.Group(OrganizationGroup(comment.ResolutionId, comment.Audience ?? comment.Author.Organization)));
        if (comment.Visibility == CommentVisibility.Penholder)
        {
            await send(hub.Clients.Users(await participants.PenholderIdsAsync(comment.ResolutionId, CancellationToken.None)));
        }
    }
}
