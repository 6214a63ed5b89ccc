using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live;

namespace Drafting.Api.Features.Comments;

/// <summary>
/// Sends comments to those allowed to see them: everyone for a public comment; for a private one, the thread's
/// organization group, and for one written for the pen-holder too, whoever holds the pen at the moment of sending,
/// looked up then rather than remembered at join time, so that a pen handed over counts at once in both directions.
/// </summary>
/// <remarks>A pen-holder of the thread's organization gets the comment twice; clients ignore a seq they have applied.</remarks>
public sealed class CommentBroadcast(LiveBroadcaster live, ParticipantStore participants)
{
    /// <summary>Sends a new comment.</summary>
    public Task AddedAsync(CommentDto comment) => live.SendAsync(comment.ResolutionId, comment.Seq, () => AudienceAsync(comment), client => client.CommentAdded(comment));

    /// <summary>Sends a changed comment (resolved, re-anchored, orphaned).</summary>
    public Task ChangedAsync(CommentDto comment) => live.SendAsync(comment.ResolutionId, comment.Seq, () => AudienceAsync(comment), client => client.CommentChanged(comment));

    /// <summary>Sends the comments a write changed, in the order they were logged.</summary>
    public async Task ChangedAsync(IReadOnlyList<StoredComment> comments)
    {
        foreach (var comment in comments)
        {
            await ChangedAsync(comment.ToDto());
        }
    }

    private async Task<LiveAudience> AudienceAsync(CommentDto comment) => comment.Visibility switch
    {
        CommentVisibility.All => LiveAudience.Everyone,
        CommentVisibility.Penholder => new LiveAudience(comment.Audience ?? comment.Author.Organization, await participants.PenholderIdsAsync(comment.ResolutionId, CancellationToken.None)),
        _ => new LiveAudience(comment.Audience ?? comment.Author.Organization),
    };
}
