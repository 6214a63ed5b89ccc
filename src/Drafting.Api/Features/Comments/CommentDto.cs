using System.ComponentModel.DataAnnotations;
using Drafting.Api.Features.Accounts;
using Drafting.Model.Comments;

namespace Drafting.Api.Features.Comments;

/// <summary>Who may see a comment, said to the author in these words before it is sent.</summary>
/// <remarks>The values are stored by name; comments written as <c>Organization</c> before the pen-holder audience existed were read by the pen-holder too, and became <see cref="Penholder"/> (migration 0010/0011).</remarks>
public enum CommentVisibility
{
    /// <summary>Every participant of the resolution.</summary>
    All,

    /// <summary>The participants of the thread's organization, and the pen-holders.</summary>
    Penholder,

    /// <summary>The participants of the thread's organization only: a pen-holder of another organization never reads it.</summary>
    Organization,
}

/// <summary>A quote as sent and returned: the exact span and up to 32 characters of context on each side.</summary>
public sealed record QuoteDto(string? Exact, string? Prefix, string? Suffix);

/// <summary>Where a comment points, with <c>status</c> anchored or orphaned.</summary>
public sealed record AnchorDto(string ClauseId, QuoteDto Quote, int Start, int End, AnchorStatus Status);

/// <summary>A comment or reply; <c>bodyHtml</c> is rendered with raw HTML disabled.</summary>
/// <remarks><c>audience</c> is the organization an organization-only thread is for: that of the comment that opened it.</remarks>
public sealed record CommentDto(Guid Id, Guid ResolutionId, long Seq, Guid? ParentId, AuthorDto Author, string Body, string BodyHtml,
    CommentVisibility Visibility, bool Resolved, string CreatedAt, AnchorDto? Anchor, string? Audience = null);

/// <summary>A new comment (with <c>clauseId</c> and <c>quote</c>) or reply (with <c>parentId</c>).</summary>
public sealed record AddCommentRequest(string? ClauseId = null, QuoteDto? Quote = null, [property: Required] string? Body = null, CommentVisibility? Visibility = null, Guid? ParentId = null);

/// <summary>Marks a thread resolved or open again.</summary>
public sealed record UpdateCommentRequest([property: Required] bool? Resolved = null);
