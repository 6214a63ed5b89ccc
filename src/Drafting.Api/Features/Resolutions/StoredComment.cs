using Drafting.Api.Platform;
using Drafting.Contract.Events;

namespace Drafting.Api.Features.Resolutions;

/// <summary>A comment or reply as stored; ids and dates are text so the same SQL serves SQLite and PostgreSQL.</summary>
public sealed class StoredComment
{
    /// <summary>The comment's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its resolution.</summary>
    public string ResolutionId { get; set; } = "";

    /// <summary>The comment it replies to, for a reply.</summary>
    public string? ParentId { get; set; }

    /// <summary>The author's account id.</summary>
    public string AuthorId { get; set; } = "";

    /// <summary>The author's name as shown when written.</summary>
    public string AuthorName { get; set; } = "";

    /// <summary>The author's organization when written.</summary>
    public string Organization { get; set; } = "";

    /// <summary>The Markdown body.</summary>
    public string Body { get; set; } = "";

    /// <summary>Who may see it (enum name: All, Organization).</summary>
    public string Visibility { get; set; } = "";

    /// <summary>Whether the thread is resolved.</summary>
    public bool Resolved { get; set; }

    /// <summary>The clause it is anchored to; null for a reply.</summary>
    public string? ClauseId { get; set; }

    /// <summary>The quoted span.</summary>
    public string? QuoteExact { get; set; }

    /// <summary>Up to 32 characters before the quote.</summary>
    public string? QuotePrefix { get; set; }

    /// <summary>Up to 32 characters after the quote.</summary>
    public string? QuoteSuffix { get; set; }

    /// <summary>Where the quote starts in the clause text.</summary>
    public long? AnchorStart { get; set; }

    /// <summary>Where the quote ends in the clause text.</summary>
    public long? AnchorEnd { get; set; }

    /// <summary>Anchored or Orphaned (enum name).</summary>
    public string? AnchorStatus { get; set; }

    /// <summary>When it was written (UTC, ISO 8601).</summary>
    public string CreatedAt { get; set; } = "";

    /// <summary>Whose thread it is: the organization of the comment that opened the thread (for a reply, its parent's), the audience of an organization-only thread.</summary>
    public string? Audience { get; set; }

    /// <summary>The organization an organization-only comment is for.</summary>
    public string AudienceOrganization => Audience ?? Organization;

    /// <summary>Who may read this comment's events, stored beside each of them.</summary>
    public EventAudience EventAudience => new(Visibility, AudienceOrganization);

    /// <summary>The seq of the event that last stored it (not a column: set by the store that logged it).</summary>
    public long Seq { get; set; }
}

/// <summary>The payload of a comment's <c>CommentAdded</c> or <c>CommentChanged</c> event, as the comments feature shapes it.</summary>
/// <param name="comment">The comment as stored.</param>
/// <returns>The payload to log.</returns>
public delegate CommentPayload CommentEventPayload(StoredComment comment);
