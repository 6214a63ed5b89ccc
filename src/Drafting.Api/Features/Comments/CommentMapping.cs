using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Contract.Events;
using Drafting.Model.Comments;

namespace Drafting.Api.Features.Comments;

/// <summary>Turns stored comments into the contract's <see cref="CommentDto"/> and its event payload.</summary>
public static class CommentMapping
{
    /// <summary>The comment as clients see it, with its seq and its body rendered (raw HTML disabled).</summary>
    public static CommentDto ToDto(this StoredComment row) => new(
        Guid.Parse(row.Id), Guid.Parse(row.ResolutionId), row.Seq, row.ParentId is null ? null : Guid.Parse(row.ParentId),
        new AuthorDto(row.AuthorId, row.AuthorName, row.Organization), row.Body, CommentMarkdown.ToHtml(row.Body),
        Enum.Parse<CommentVisibility>(row.Visibility), row.Resolved, row.CreatedAt,
        row.ClauseId is null || row.QuoteExact is null ? null : new AnchorDto(row.ClauseId, new QuoteDto(row.QuoteExact, row.QuotePrefix, row.QuoteSuffix),
            (int)(row.AnchorStart ?? 0), (int)(row.AnchorEnd ?? 0), Enum.Parse<AnchorStatus>(row.AnchorStatus ?? nameof(AnchorStatus.Anchored))),
        row.AudienceOrganization);

    /// <summary>The payload of a comment's events as logged: the comment as clients see it (its seq is the event's own).</summary>
    public static CommentPayload EventPayload(StoredComment comment) => comment.ToDto().ToPayload();

    /// <summary>The comment as its events carry it, with seq 0: the envelope's seq is the event's.</summary>
    public static CommentPayload ToPayload(this CommentDto comment) => new(
        comment.Id, comment.ResolutionId, 0, comment.ParentId, comment.Author.ToPayload(), comment.Body, comment.BodyHtml,
        EventPayloads.Name(comment.Visibility), comment.Resolved, comment.CreatedAt,
        comment.Anchor is { } anchor ? new AnchorPayload(anchor.ClauseId, new QuotePayload(anchor.Quote.Exact, anchor.Quote.Prefix, anchor.Quote.Suffix), anchor.Start, anchor.End, EventPayloads.Name(anchor.Status)) : null,
        comment.Audience);

    /// <summary>The visibility as stored.</summary>
    public static CommentVisibility Visibility(this StoredComment row) => Enum.Parse<CommentVisibility>(row.Visibility);
}
