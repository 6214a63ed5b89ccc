using System.Text.Json;
using Drafting.Api.Live;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Sends the comments a write re-anchored or orphaned to those allowed to see them; the comments feature supplies it.</summary>
/// <param name="actorId">Who made the write that changed them.</param>
/// <param name="comments">The comments as stored, with the seq of their <c>CommentChanged</c>.</param>
public delegate Task CommentsChangedSender(Guid actorId, IReadOnlyList<StoredComment> comments);

/// <summary>
/// Broadcasts a stored write and what followed from it, in the order they were logged: the write's own event, the
/// comments it re-anchored or orphaned, then the events it led to (proposals superseded or closed, a silence ended).
/// </summary>
public sealed class WriteBroadcast(LiveBroadcaster live, CommentsChangedSender comments)
{
    /// <summary>Broadcasts <paramref name="write"/> as an event of <paramref name="type"/>, and what followed from it.</summary>
    public async Task PublishAsync(Guid resolutionId, string type, Guid actorId, WriteOutcome write)
    {
        await PublishAsync(resolutionId, write.Seq, type, actorId, write.Payload, write.CommentsChanged);
        foreach (var next in write.Followed)
        {
            await live.PublishAsync(resolutionId, next.EventSeq, next.EventType, actorId, EventLog.Parse(next.EventPayload));
        }
    }

    /// <summary>Broadcasts an event stored at <paramref name="seq"/>, then the comments the same write changed.</summary>
    public async Task PublishAsync(Guid resolutionId, long seq, string type, Guid actorId, JsonElement payload, IReadOnlyList<StoredComment> commentsChanged)
    {
        await live.PublishAsync(resolutionId, seq, type, actorId, payload);
        if (commentsChanged.Count > 0)
        {
            await comments(actorId, commentsChanged);
        }
    }
}
