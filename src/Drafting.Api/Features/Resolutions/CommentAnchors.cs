using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Comments;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// What a change of clauses does to the comments anchored on them, inside the change's own transaction: quotes found
/// again in a changed clause, comments of a deleted clause orphaned, each with its <c>CommentChanged</c> event.
/// </summary>
/// <param name="payload">The comment's event payload, as the comments feature shapes it.</param>
public sealed class CommentAnchors(CommentEventPayload payload)
{
    /// <summary>The columns of the comments table, in the order of its inserts.</summary>
    internal const string Columns =
        "id, resolution_id, parent_id, author_id, author_name, organization, body, visibility, resolved, clause_id, quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end, anchor_status, created_at, audience";

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

    /// <summary>Logs <paramref name="eventType"/> for <paramref name="comment"/> with its audience, and sets its seq.</summary>
    internal async Task LogAsync(ResolutionTransaction transaction, StoredComment comment, Guid actorId, string eventType, CancellationToken cancellationToken) =>
        comment.Seq = await transaction.AppendAsync(actorId, null, eventType, payload(comment), cancellationToken, comment.EventAudience);

    private Task LogChangeAsync(ResolutionTransaction transaction, StoredComment comment, Guid actorId, CancellationToken cancellationToken) =>
        LogAsync(transaction, comment, actorId, EventTypes.CommentChanged, cancellationToken);
}
