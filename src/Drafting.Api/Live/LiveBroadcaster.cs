using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>
/// Sends stored events to the resolution's group; REST and hub changes go through it alike. Sending is best
/// effort: the change is already stored, so a send that fails (the Redis backplane is down) is logged and the
/// caller still gets its acknowledgement; clients find the gap in seq and catch up from the database.
/// </summary>
public sealed class LiveBroadcaster(IHubContext<DraftingHub, IDraftingClient> hub, TimeProvider time, ILogger<LiveBroadcaster> logger)
{
    /// <summary>The SignalR group of a resolution.</summary>
    public static string Group(Guid resolutionId) => $"resolution:{resolutionId:N}";

    /// <summary>The SignalR group of a resolution's pen-holders, who see every organization's comments.</summary>
    public static string PenholderGroup(Guid resolutionId) => $"resolution:{resolutionId:N}:penholders";

    /// <summary>The SignalR group of one organization's participants in a resolution, for organization-only comments.</summary>
    public static string OrganizationGroup(Guid resolutionId, string organization) => $"resolution:{resolutionId:N}:organization:{organization}";

    /// <summary>Broadcasts a stored change and then the comments it re-anchored or orphaned.</summary>
    public async Task PublishAsync(Guid resolutionId, string type, Guid actorId, Storage.ChangeResult change)
    {
        await PublishAsync(resolutionId, change.Seq, type, actorId, change.Payload);
        foreach (var comment in change.CommentsChanged ?? [])
        {
            await CommentChangedAsync(comment);
        }
    }

    /// <summary>Sends a new comment to those allowed to see it.</summary>
    public Task CommentAddedAsync(Comments.CommentDto comment) => BestEffortAsync(() => Audience(comment).CommentAdded(comment), comment.ResolutionId, comment.Seq);

    /// <summary>Sends a changed comment (resolved, re-anchored, orphaned) to those allowed to see it.</summary>
    public Task CommentChangedAsync(Comments.CommentDto comment) => BestEffortAsync(() => Audience(comment).CommentChanged(comment), comment.ResolutionId, comment.Seq);

    /// <summary>Broadcasts an event stored at <paramref name="seq"/>.</summary>
    public Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, string payload)
    {
        var change = LiveEvent.From(resolutionId, seq, type, actorId.ToString(), payload, Storage.EventLog.Timestamp(time.GetUtcNow()));
        var group = hub.Clients.Group(Group(resolutionId));
        return BestEffortAsync(() => type switch
        {
            "ClauseChanged" => group.ClauseChanged(change),
            "SponsorsChanged" => group.SponsorsChanged(change),
            "RevisionPublished" => group.RevisionPublished(change),
            "StageChanged" => group.StageChanged(change),
            _ => group.StructureChanged(change),
        }, resolutionId, seq);
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

    private IDraftingClient Audience(Comments.CommentDto comment) =>
        comment.Visibility == Comments.CommentVisibility.All
            ? hub.Clients.Group(Group(comment.ResolutionId))
            : hub.Clients.Groups(OrganizationGroup(comment.ResolutionId, comment.Author.Organization), PenholderGroup(comment.ResolutionId));
}
