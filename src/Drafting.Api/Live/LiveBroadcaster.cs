using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>Sends stored events to the resolution's group; REST and hub changes go through it alike.</summary>
public sealed class LiveBroadcaster(IHubContext<DraftingHub, IDraftingClient> hub, TimeProvider time)
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
    public Task CommentAddedAsync(Comments.CommentDto comment) => Audience(comment).CommentAdded(comment);

    /// <summary>Sends a changed comment (resolved, re-anchored, orphaned) to those allowed to see it.</summary>
    public Task CommentChangedAsync(Comments.CommentDto comment) => Audience(comment).CommentChanged(comment);

    /// <summary>Broadcasts an event stored at <paramref name="seq"/>.</summary>
    public Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, string payload)
    {
        var change = LiveEvent.From(resolutionId, seq, type, actorId.ToString(), payload, Storage.EventLog.Timestamp(time.GetUtcNow()));
        var group = hub.Clients.Group(Group(resolutionId));
        return type switch
        {
            "ClauseChanged" => group.ClauseChanged(change),
            "SponsorsChanged" => group.SponsorsChanged(change),
            _ => group.StructureChanged(change),
        };
    }

    private IDraftingClient Audience(Comments.CommentDto comment) =>
        comment.Visibility == Comments.CommentVisibility.All
            ? hub.Clients.Group(Group(comment.ResolutionId))
            : hub.Clients.Groups(OrganizationGroup(comment.ResolutionId, comment.Author.Organization), PenholderGroup(comment.ResolutionId));
}
