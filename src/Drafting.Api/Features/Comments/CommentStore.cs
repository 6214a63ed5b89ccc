using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Comments;

/// <summary>Who reads a list of comments: their organization, and whether they hold the pen.</summary>
/// <param name="Organization">The reader's organization.</param>
/// <param name="Penholder">Whether the reader is a pen-holder of the resolution.</param>
public sealed record CommentReader(string Organization, bool Penholder);

/// <summary>Comments and replies: listed, added, resolved; their re-anchoring when clauses change is <see cref="CommentAnchors"/>.</summary>
public sealed class CommentStore(DraftingDatabase database, TimeProvider time, CommentAnchors anchors)
{
    private const string Columns = CommentAnchors.Columns;

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
        await anchors.LogAsync(transaction, comment, Guid.Parse(comment.AuthorId), EventTypes.CommentAdded, cancellationToken);
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

    private Task LogChangeAsync(ResolutionTransaction transaction, StoredComment comment, Guid actorId, CancellationToken cancellationToken) =>
        anchors.LogAsync(transaction, comment, actorId, EventTypes.CommentChanged, cancellationToken);
}
