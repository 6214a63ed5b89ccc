using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live;
using Drafting.Contract;
using Drafting.Contract.Events;

namespace Drafting.Api.Features.Comments;

/// <summary>
/// Sends comment events, in the envelope of every logged event, to those allowed to see them: everyone for a public
/// comment; for a private one, the thread's organization group, and for one written for the pen-holder too, whoever
/// holds the pen at the moment of sending, looked up then rather than remembered at join time, so that a pen handed over
/// counts at once in both directions.
/// </summary>
/// <remarks>A pen-holder of the thread's organization gets the event twice; clients ignore a seq they have applied.</remarks>
public sealed class CommentBroadcast(LiveBroadcaster live, ParticipantStore participants)
{
    /// <summary>Sends a new comment, written by its author.</summary>
    public Task AddedAsync(CommentDto comment) => PublishAsync(EventTypes.CommentAdded, Guid.Parse(comment.Author.Id), comment);

    /// <summary>Sends a comment <paramref name="actorId"/> changed (resolved, re-anchored, orphaned).</summary>
    public Task ChangedAsync(Guid actorId, CommentDto comment) => PublishAsync(EventTypes.CommentChanged, actorId, comment);

    /// <summary>Sends the comments a write by <paramref name="actorId"/> changed, in the order they were logged.</summary>
    public async Task ChangedAsync(Guid actorId, IReadOnlyList<StoredComment> comments)
    {
        foreach (var comment in comments)
        {
            await ChangedAsync(actorId, comment.ToDto());
        }
    }

    // The payload is the one the event was logged with: the comment as it stands, seq 0.
    private Task PublishAsync(string type, Guid actorId, CommentDto comment) =>
        live.PublishAsync(comment.ResolutionId, comment.Seq, type, actorId, EventPayloads.ToJson(type, comment.ToPayload()), () => AudienceAsync(comment));

    private async Task<LiveAudience> AudienceAsync(CommentDto comment) => comment.Visibility switch
    {
        CommentVisibility.All => LiveAudience.Everyone,
        CommentVisibility.Penholder => new LiveAudience(comment.Audience ?? comment.Author.Organization, await participants.PenholderIdsAsync(comment.ResolutionId, CancellationToken.None)),
        _ => new LiveAudience(comment.Audience ?? comment.Author.Organization),
    };
}
