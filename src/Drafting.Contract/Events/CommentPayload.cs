namespace Drafting.Contract.Events;

/// <summary>
/// <see cref="EventTypes.CommentAdded"/> and <see cref="EventTypes.CommentChanged"/>: the comment or reply as it stood
/// after the change. Who may read the event is stored beside it, never read from here.
/// </summary>
/// <param name="Id">The comment.</param>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="ParentId">The comment it replies to.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Body">Its Markdown.</param>
/// <param name="BodyHtml">Its Markdown rendered, raw HTML disabled.</param>
/// <param name="Visibility">all, penholder or organization (older events say organization for what is now penholder).</param>
/// <param name="Resolved">Whether its thread is resolved.</param>
/// <param name="CreatedAt">When it was written (UTC, ISO 8601).</param>
/// <param name="Anchor">Where it points, for a thread's first comment.</param>
/// <param name="Audience">The organization a private thread is for (absent in events stored before audiences were recorded).</param>
public sealed record CommentPayload(Guid Id, Guid ResolutionId, long Seq, Guid? ParentId, PersonPayload Author, string Body, string BodyHtml,
    string Visibility, bool Resolved, string CreatedAt, AnchorPayload? Anchor, string? Audience = null) : EventPayload;

/// <summary>Where a comment points.</summary>
/// <param name="ClauseId">The clause.</param>
/// <param name="Quote">The quoted words.</param>
/// <param name="Start">Where they start in the clause's text.</param>
/// <param name="End">Where they end.</param>
/// <param name="Status">anchored or orphaned.</param>
public sealed record AnchorPayload(string ClauseId, QuotePayload Quote, int Start, int End, string Status);

/// <summary>A quote with up to 32 characters of context on each side.</summary>
/// <param name="Exact">The words.</param>
/// <param name="Prefix">What comes before them.</param>
/// <param name="Suffix">What comes after them.</param>
public sealed record QuotePayload(string? Exact, string? Prefix, string? Suffix);
