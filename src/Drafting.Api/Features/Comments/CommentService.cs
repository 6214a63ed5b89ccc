using System.Security.Claims;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Comments;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Comments;

/// <summary>
/// The one code path for annotations (REST and hub): anchors a comment on its quote in the current clause
/// text, stores it with its event, and sends it to exactly those allowed to see it.
/// </summary>
public sealed class CommentService(CommentStore comments, ResolutionStore resolutions, ParticipantStore participants, CommentBroadcast live)
{
    /// <summary>The longest comment body, in characters.</summary>
    public const int MaxBodyLength = 10_000;

    /// <summary>Adds a comment or reply; returns it, or why it was refused.</summary>
    public async Task<(CommentDto? Comment, Refusal? Refusal)> AddAsync(Guid resolutionId, ClaimsPrincipal user, AddCommentRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > MaxBodyLength)
        {
            return (null, Refusal.Invalid($"body is required: Markdown, at most {MaxBodyLength:N0} characters."));
        }

        if (CommentMarkdown.Problem(request.Body, "body") is { } nested)
        {
            return (null, Refusal.Invalid(nested));
        }

        AnchorDto? anchor = null;
        var visibility = request.Visibility ?? CommentVisibility.All;
        string? audience = null;
        if (request.ParentId is { } parentId)
        {
            var parent = await comments.GetAsync(resolutionId, parentId, cancellationToken);
            // A thread the caller cannot see does not exist for them: the same 404 as for no thread at all.
            var role = parent is null ? null : await participants.GetRoleAsync(resolutionId, user.UserId(), cancellationToken);
            if (parent is null || parent.ParentId is not null || role is null
                || !Visible(parent.Visibility(), parent.AudienceOrganization, user.Organization(), role.Value))
            {
                return (null, Refusal.NotFound($"There is no comment {parentId} to reply to in this resolution."));
            }

            visibility = parent.Visibility();
            audience = parent.AudienceOrganization;
        }
        else
        {
            if (!ClauseId.IsValid(request.ClauseId))
            {
                return (null, Refusal.Invalid("clauseId is required: the clause the comment is about."));
            }

            var resolution = (await resolutions.GetAsync(resolutionId, cancellationToken))?.Resolution;
            if (resolution?.Find(new ClauseId(request.ClauseId!)) is not { } location)
            {
                return (null, Refusal.NotFound($"There is no clause '{request.ClauseId}' in this resolution."));
            }

            var text = location.Clause.Text;
            if (request.Quote?.Exact is { Length: > TextQuote.MaxLength })
            {
                return (null, Refusal.Invalid($"quote.exact holds at most {TextQuote.MaxLength:N0} characters: select a shorter passage, or none to comment on the whole clause."));
            }

            var exact = request.Quote?.Exact;
            if (string.IsNullOrEmpty(exact) && text.Length == 0)
            {
                return (null, Refusal.Invalid($"Clause '{request.ClauseId}' has no words of its own to comment on: comment on one of its sub-paragraphs."));
            }

            // No quote: the comment is on the whole clause, anchored on as much of its start as a quote holds.
            var quote = string.IsNullOrEmpty(exact)
                ? TextQuote.Of(text, 0, Math.Min(text.Length, TextQuote.MaxLength))
                : new TextQuote(exact, request.Quote!.Prefix, request.Quote.Suffix);
            var found = CommentAnchor.Find(location.Clause.Id, quote, text);
            if (found is null)
            {
                return (null, new Refusal(RefusalKind.QuoteNotFound, $"The quoted text \"{exact}\" is not in clause '{request.ClauseId}' as it stands now; select it again."));
            }

            anchor = new AnchorDto(found.ClauseId.Value, new QuoteDto(found.Quote.Exact, found.Quote.Prefix, found.Quote.Suffix), found.Start, found.End, found.Status);
        }

        var author = new AuthorDto(user.UserId().ToString(), user.DisplayName(), user.Organization());
        var stored = (await comments.AddAsync(new StoredComment
        {
            Id = Guid.NewGuid().ToString(), ResolutionId = resolutionId.ToString(), ParentId = request.ParentId?.ToString(),
            AuthorId = author.Id, AuthorName = author.DisplayName, Organization = author.Organization, Audience = audience ?? author.Organization, Body = request.Body, Visibility = visibility.ToString(),
            ClauseId = anchor?.ClauseId, QuoteExact = anchor?.Quote.Exact, QuotePrefix = anchor?.Quote.Prefix, QuoteSuffix = anchor?.Quote.Suffix,
            AnchorStart = anchor?.Start, AnchorEnd = anchor?.End, AnchorStatus = anchor?.Status.ToString(),
        }, cancellationToken)).ToDto();
        await live.AddedAsync(stored);
        return (stored, null);
    }

    /// <summary>Resolves or reopens a thread.</summary>
    public async Task<CommentDto> SetResolvedAsync(StoredComment comment, bool resolved, Guid actorId, CancellationToken cancellationToken)
    {
        var stored = (await comments.SetResolvedAsync(comment, resolved, actorId, cancellationToken)).ToDto();
        await live.ChangedAsync(actorId, stored);
        return stored;
    }

    /// <summary>
    /// Whether a participant of <paramref name="organization"/> in <paramref name="role"/> may see the comment: everyone
    /// sees a comment to all; the organization that opened a private thread (<paramref name="audience"/>) sees it; the
    /// pen-holders see it only when it was written for them too (<see cref="CommentVisibility.Penholder"/>).
    /// </summary>
    public static bool Visible(CommentVisibility visibility, string audience, string? organization, ParticipantRole role) => visibility switch
    {
        CommentVisibility.All => true,
        CommentVisibility.Penholder => role == ParticipantRole.Penholder || string.Equals(audience, organization, StringComparison.Ordinal),
        _ => string.Equals(audience, organization, StringComparison.Ordinal),
    };

    /// <summary>How an export marks a private comment's audience: "[African Union only]", "[African Union and the pen-holder]".</summary>
    public static string AudienceLabel(CommentVisibility visibility, string audience) => visibility switch
    {
        CommentVisibility.Penholder => $"{audience} and the pen-holder",
        CommentVisibility.Organization => $"{audience} only",
        _ => "everyone",
    };
}
