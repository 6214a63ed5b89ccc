using Dapper;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Comments;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Comments;

/// <summary>Who reads a list of comments: their organization, and whether they hold the pen.</summary>
/// <param name="Organization">The reader's organization.</param>
/// <param name="Penholder">Whether the reader is a pen-holder of the resolution.</param>
public sealed record CommentReader(string Organization, bool Penholder);

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
/// <returns>The JSON payload to log.</returns>
public delegate string CommentEventPayload(StoredComment comment);

/// <summary>Comments and replies, and their re-anchoring when clauses change.</summary>
public sealed class CommentStore(DraftingDatabase database, TimeProvider time, CommentEventPayload payload)
{
    private const string Columns =
        "id, resolution_id, parent_id, author_id, author_name, organization, body, visibility, resolved, clause_id, quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end, anchor_status, created_at, audience";

    /// <summary>The comments of a resolution, oldest first.</summary>
    public async Task<IReadOnlyList<StoredComment>> ListAsync(Guid resolutionId, CancellationToken cancellationToken) =>
        (await PageAsync(resolutionId, null, int.MaxValue - 1, cancellationToken)).Rows;

    /// <summary>
    /// At most <paramref name="size"/> comments after <paramref name="after"/>, oldest first, and the cursor of the next
    /// page if there is one. With a <paramref name="reader"/>, only the comments that reader may see are paged: the
    /// cursor names the last of those, never a hidden row (whose time and id would tell that it exists).
    /// </summary>
    public async Task<(IReadOnlyList<StoredComment> Rows, PageCursor? Next)> PageAsync(Guid resolutionId, PageCursor? after, int size, CancellationToken cancellationToken, CommentReader? reader = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The SQL form of CommentService.Visible: everyone reads All; the thread's organization reads its own; the
        // pen-holders read Penholder threads too.
        var rows = (await connection.QueryAsync<StoredComment>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM comments
            WHERE resolution_id = @rid AND (@afterAt IS NULL OR created_at > @afterAt OR (created_at = @afterAt AND id > @afterId))
              AND (@everyone OR visibility = 'All' OR COALESCE(audience, organization) = @org OR (visibility = 'Penholder' AND @penholder))
            ORDER BY created_at, id LIMIT @take
            """,
            new
            {
                rid = resolutionId.ToString(), afterAt = after?.CreatedAt, afterId = after?.Id, take = (long)size + 1,
                everyone = reader is null, org = reader?.Organization ?? "", penholder = reader?.Penholder ?? false,
            }, cancellationToken: cancellationToken))).AsList();
        var next = PageCursor.CutToPage(rows, size, row => new PageCursor(row.CreatedAt, row.Id));
        return (rows, next);
    }

    /// <summary>One comment, or null.</summary>
    public async Task<StoredComment?> GetAsync(Guid resolutionId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredComment>(new CommandDefinition(
            $"SELECT {Columns} FROM comments WHERE resolution_id = @rid AND id = @id", new { rid = resolutionId.ToString(), id = commentId.ToString() }, cancellationToken: cancellationToken));
    }

    /// <summary>Stores a comment (its <c>CreatedAt</c> set now) and its <c>CommentAdded</c> event; returns it with its seq.</summary>
    public async Task<StoredComment> AddAsync(StoredComment comment, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, Guid.Parse(comment.ResolutionId), null, cancellationToken);
        comment.CreatedAt = transaction.Stamp;
        comment.Resolved = false;
        await transaction.ExecuteAsync(
            $"""
            INSERT INTO comments ({Columns})
            VALUES (@Id, @ResolutionId, @ParentId, @AuthorId, @AuthorName, @Organization, @Body, @Visibility, 0, @ClauseId, @QuoteExact, @QuotePrefix, @QuoteSuffix, @AnchorStart, @AnchorEnd, @AnchorStatus, @CreatedAt, @Audience)
            """,
            comment, cancellationToken);
        comment.Seq = await transaction.AppendAsync(Guid.Parse(comment.AuthorId), null, EventTypes.CommentAdded, payload(comment), cancellationToken, comment.EventAudience);
        await transaction.CommitAsync(cancellationToken);
        return comment;
    }

    /// <summary>Marks a comment resolved or open and logs <c>CommentChanged</c>; returns it with its seq.</summary>
    public async Task<StoredComment> SetResolvedAsync(StoredComment comment, bool resolved, Guid actorId, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, Guid.Parse(comment.ResolutionId), null, cancellationToken);
        await transaction.ExecuteAsync("UPDATE comments SET resolved = @resolved WHERE id = @id", new { id = comment.Id, resolved = resolved ? 1 : 0 }, cancellationToken);
        comment.Resolved = resolved;
        await LogChangeAsync(transaction, comment, actorId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return comment;
    }

    /// <summary>The anchored comments of clause <c>@id</c> in resolution <c>@rid</c>, for a caller that reads them in its own batch.</summary>
    internal const string AnchoredOnClauseSql = $"SELECT {Columns} FROM comments WHERE resolution_id = @rid AND clause_id = @id AND anchor_status = 'Anchored'";

    /// <summary>
    /// Re-finds, inside the caller's transaction, the quotes of a changed clause's anchored comments (read by the
    /// caller with <see cref="AnchoredOnClauseSql"/> under the same lock), and logs a <c>CommentChanged</c> for each
    /// comment whose place or status changed; returns those comments with their seq.
    /// </summary>
    internal async Task<IReadOnlyList<StoredComment>> ReanchorAsync(ResolutionTransaction transaction, IEnumerable<StoredComment> anchored, Guid actorId, ClauseId clauseId, string clauseText, CancellationToken cancellationToken)
    {
        var changed = new List<StoredComment>();
        foreach (var row in anchored)
        {
            var before = new CommentAnchor(clauseId, new TextQuote(row.QuoteExact!, row.QuotePrefix, row.QuoteSuffix), (int)(row.AnchorStart ?? 0), (int)(row.AnchorEnd ?? 0), AnchorStatus.Anchored);
            var after = before.Reanchor(clauseText);
            if (after.Start == before.Start && after.End == before.End && after.Status == before.Status)
            {
                continue;
            }

            await transaction.ExecuteAsync(
                "UPDATE comments SET anchor_start = @Start, anchor_end = @End, anchor_status = @status WHERE id = @id",
                new { after.Start, after.End, status = after.Status.ToString(), id = row.Id }, cancellationToken);
            row.AnchorStart = after.Start;
            row.AnchorEnd = after.End;
            row.AnchorStatus = after.Status.ToString();
            await LogChangeAsync(transaction, row, actorId, cancellationToken);
            changed.Add(row);
        }

        return changed;
    }

    /// <summary>
    /// Orphans, inside the caller's transaction, the anchored comments whose clause is no longer in <paramref name="updated"/>,
    /// and logs a <c>CommentChanged</c> for each; returns them with their seq.
    /// </summary>
    internal async Task<IReadOnlyList<StoredComment>> OrphanDeletedClausesAsync(ResolutionTransaction transaction, Guid actorId, Resolution updated, CancellationToken cancellationToken)
    {
        var anchored = await transaction.QueryAsync<StoredComment>(
            $"SELECT {Columns} FROM comments WHERE resolution_id = @rid AND anchor_status = 'Anchored' ORDER BY created_at, id", new { rid = transaction.Rid }, cancellationToken);
        var rows = anchored.Where(c => c.ClauseId is { } clause && updated.Find(new ClauseId(clause)) is null).ToList();
        foreach (var row in rows)
        {
            await transaction.ExecuteAsync("UPDATE comments SET anchor_status = 'Orphaned' WHERE id = @id", new { id = row.Id }, cancellationToken);
            row.AnchorStatus = nameof(AnchorStatus.Orphaned);
            await LogChangeAsync(transaction, row, actorId, cancellationToken);
        }

        return rows;
    }

    private async Task LogChangeAsync(ResolutionTransaction transaction, StoredComment comment, Guid actorId, CancellationToken cancellationToken) =>
        comment.Seq = await transaction.AppendAsync(actorId, null, EventTypes.CommentChanged, payload(comment), cancellationToken, comment.EventAudience);
}
