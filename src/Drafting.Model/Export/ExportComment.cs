using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// A comment as the writers need it: where it is anchored, who wrote it and what it says. The API maps its
/// stored comments to these; the writers never reach for storage.
/// </summary>
public sealed record ExportComment
{
    /// <summary>Creates a comment for export.</summary>
    /// <param name="id">The comment's id.</param>
    /// <param name="clauseId">The clause commented on; null for a reply (it follows its parent).</param>
    /// <param name="start">Offset of the quote in the clause text.</param>
    /// <param name="end">Offset just after the quote.</param>
    /// <param name="quote">The quoted text (the original quote when orphaned).</param>
    /// <param name="author">The author's display name.</param>
    /// <param name="organization">The author's organization.</param>
    /// <param name="date">When the comment was written.</param>
    /// <param name="body">The comment's text (Markdown is written as is).</param>
    /// <param name="parentId">The comment this one replies to, if any.</param>
    /// <param name="orphaned">Whether the quote is gone from the clause.</param>
    /// <exception cref="ArgumentException">The offsets are negative or reversed, or the author or body is blank.</exception>
    public ExportComment(Guid id, ClauseId? clauseId, int start, int end, string quote, string author, string organization, DateTimeOffset date, string body, Guid? parentId = null, bool orphaned = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(body);
        Id = id;
        ClauseId = clauseId;
        Start = start;
        End = end;
        Quote = quote;
        Author = author.Trim();
        Organization = organization.Trim();
        Date = date;
        Body = body;
        ParentId = parentId;
        Orphaned = orphaned;
    }

    /// <summary>The comment's id.</summary>
    public Guid Id { get; }

    /// <summary>The clause commented on; null for a reply.</summary>
    public ClauseId? ClauseId { get; }

    /// <summary>Offset of the quote in the clause text.</summary>
    public int Start { get; }

    /// <summary>Offset just after the quote.</summary>
    public int End { get; }

    /// <summary>The quoted text (the original quote when orphaned).</summary>
    public string Quote { get; }

    /// <summary>The author's display name.</summary>
    public string Author { get; }

    /// <summary>The author's organization; may be empty.</summary>
    public string Organization { get; }

    /// <summary>When the comment was written.</summary>
    public DateTimeOffset Date { get; }

    /// <summary>The comment's text.</summary>
    public string Body { get; }

    /// <summary>The comment this one replies to, if any.</summary>
    public Guid? ParentId { get; }

    /// <summary>Whether the quote is gone from the clause: the comment then covers the whole clause and cites the quote.</summary>
    public bool Orphaned { get; }

    /// <summary>"Name (Organization)", or the name alone when the organization is empty.</summary>
    public string AuthorLabel => Participants.PersonLabel.Of(Author, Organization);
}
