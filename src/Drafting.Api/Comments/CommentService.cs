using System.Security.Claims;
using Drafting.Api.Auth;
using Drafting.Api.Live;
using Drafting.Api.Storage;
using Drafting.Model.Comments;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Comments;

/// <summary>
/// The one code path for annotations (REST and hub): anchors a comment on its quote in the current clause
/// text, stores it with its event, and sends it to exactly those allowed to see it.
/// </summary>
public sealed class CommentService(CommentStore comments, ResolutionStore resolutions, LiveBroadcaster live)
{
    /// <summary>The longest comment body, in characters.</summary>
    public const int MaxBodyLength = 10_000;

    /// <summary>Adds a comment or reply; returns it, or a message saying what is wrong and the status for it.</summary>
    public async Task<(CommentDto? Comment, string? Error, int Status)> AddAsync(Guid resolutionId, ClaimsPrincipal user, AddCommentRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > MaxBodyLength)
        {
            return (null, $"body is required: Markdown, at most {MaxBodyLength:N0} characters.", StatusCodes.Status400BadRequest);
        }

        AnchorDto? anchor = null;
        var visibility = request.Visibility ?? CommentVisibility.All;
        if (request.ParentId is { } parentId)
        {
            var parent = await comments.GetAsync(resolutionId, parentId, cancellationToken);
            if (parent is null || parent.ParentId is not null)
            {
                return (null, $"There is no comment {parentId} to reply to in this resolution.", StatusCodes.Status404NotFound);
            }

            visibility = parent.Visibility;
        }
        else
        {
            if (!ClauseId.IsValid(request.ClauseId))
            {
                return (null, "clauseId is required: the clause the comment is about.", StatusCodes.Status400BadRequest);
            }

            var resolution = (await resolutions.GetAsync(resolutionId, cancellationToken))?.Resolution;
            if (resolution?.Find(new ClauseId(request.ClauseId!)) is not { } location)
            {
                return (null, $"There is no clause '{request.ClauseId}' in this resolution.", StatusCodes.Status404NotFound);
            }

            var text = location.Clause.Text;
            var quote = string.IsNullOrEmpty(request.Quote?.Exact)
                ? (text.Length == 0 ? null : TextQuote.Of(text, 0, text.Length))
                : new TextQuote(request.Quote.Exact, request.Quote.Prefix, request.Quote.Suffix);
            var found = quote is null ? null : CommentAnchor.Find(location.Clause.Id, quote, text);
            if (found is null)
            {
                return (null, $"The quoted text \"{request.Quote?.Exact}\" is not in clause '{request.ClauseId}' as it stands now; select it again.", StatusCodes.Status409Conflict);
            }

            anchor = new AnchorDto(found.ClauseId.Value, new QuoteDto(found.Quote.Exact, found.Quote.Prefix, found.Quote.Suffix), found.Start, found.End, found.Status);
        }

        var author = new AuthorDto(user.UserId().ToString(), user.FindFirstValue(CurrentUser.DisplayNameClaim) ?? "", user.FindFirstValue(CurrentUser.OrganizationClaim) ?? "");
        var draft = new CommentDto(Guid.NewGuid(), resolutionId, 0, request.ParentId, author, request.Body, CommentMarkdown.ToHtml(request.Body), visibility, false, "", anchor);
        var stored = await comments.AddAsync(draft, cancellationToken);
        await live.CommentAddedAsync(stored);
        return (stored, null, StatusCodes.Status201Created);
    }

    /// <summary>Resolves or reopens a thread.</summary>
    public async Task<CommentDto> SetResolvedAsync(CommentDto comment, bool resolved, Guid actorId, CancellationToken cancellationToken)
    {
        var stored = await comments.SetResolvedAsync(comment, resolved, actorId, cancellationToken);
        await live.CommentChangedAsync(stored);
        return stored;
    }

    /// <summary>Whether a participant of <paramref name="organization"/> in <paramref name="role"/> may see the comment: organization-only comments reach that organization and the pen-holder.</summary>
    public static bool Visible(CommentVisibility visibility, string authorOrganization, string? organization, Resolutions.ParticipantRole role) =>
        visibility == CommentVisibility.All || role == Resolutions.ParticipantRole.Penholder || string.Equals(authorOrganization, organization, StringComparison.Ordinal);
}
