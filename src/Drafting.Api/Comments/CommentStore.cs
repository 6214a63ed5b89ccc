using System.Text.Json;
using Dapper;
using Drafting.Api.Storage;
using Drafting.Model.Comments;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Comments;

/// <summary>A stored comment row.</summary>
internal sealed class CommentRow
{
    public string Id { get; set; } = "";

    public string ResolutionId { get; set; } = "";

    public string? ParentId { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string Organization { get; set; } = "";

    public string Body { get; set; } = "";

    public string Visibility { get; set; } = "";

    public bool Resolved { get; set; }

    public string? ClauseId { get; set; }

    public string? QuoteExact { get; set; }

    public string? QuotePrefix { get; set; }

    public string? QuoteSuffix { get; set; }

    public long? AnchorStart { get; set; }

    public long? AnchorEnd { get; set; }

    public string? AnchorStatus { get; set; }

    public string CreatedAt { get; set; } = "";

    public CommentDto ToDto(long seq) => new(
        Guid.Parse(Id), Guid.Parse(ResolutionId), seq, ParentId is null ? null : Guid.Parse(ParentId),
        new AuthorDto(AuthorId, AuthorName, Organization), Body, CommentMarkdown.ToHtml(Body),
        Enum.Parse<CommentVisibility>(Visibility), Resolved, CreatedAt,
        ClauseId is null || QuoteExact is null ? null : new AnchorDto(ClauseId, new QuoteDto(QuoteExact, QuotePrefix, QuoteSuffix),
            (int)(AnchorStart ?? 0), (int)(AnchorEnd ?? 0), Enum.Parse<Model.Comments.AnchorStatus>(AnchorStatus ?? nameof(Model.Comments.AnchorStatus.Anchored))));
}

/// <summary>Comments and replies, and their re-anchoring when clauses change.</summary>
public sealed class CommentStore(DraftingDatabase database, TimeProvider time)
{
    private const string Columns =
        "id, resolution_id, parent_id, author_id, author_name, organization, body, visibility, resolved, clause_id, quote_exact, quote_prefix, quote_suffix, anchor_start, anchor_end, anchor_status, created_at";

    /// <summary>The comments of a resolution, oldest first.</summary>
    public async Task<IReadOnlyList<CommentDto>> ListAsync(Guid resolutionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CommentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM comments WHERE resolution_id = @rid ORDER BY created_at, id", new { rid = resolutionId.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDto(0)).ToList();
    }

    /// <summary>One comment, or null.</summary>
    public async Task<CommentDto?> GetAsync(Guid resolutionId, Guid commentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CommentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM comments WHERE resolution_id = @rid AND id = @id", new { rid = resolutionId.ToString(), id = commentId.ToString() }, cancellationToken: cancellationToken));
        return row?.ToDto(0);
    }

    /// <summary>Stores a comment and its <c>CommentAdded</c> event; returns it with its seq.</summary>
    public async Task<CommentDto> AddAsync(CommentDto comment, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        comment = comment with { CreatedAt = EventLog.Timestamp(now) };
        await using var scope = await database.BeginWriteAsync(comment.ResolutionId, cancellationToken);
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO comments ({Columns})
            VALUES (@id, @rid, @parentId, @authorId, @authorName, @organization, @body, @visibility, 0, @clauseId, @exact, @prefix, @suffix, @start, @end, @status, @createdAt)
            """,
            new
            {
                id = comment.Id.ToString(), rid = comment.ResolutionId.ToString(), parentId = comment.ParentId?.ToString(), authorId = comment.Author.Id,
                authorName = comment.Author.DisplayName, organization = comment.Author.Organization, body = comment.Body, visibility = comment.Visibility.ToString(),
                clauseId = comment.Anchor?.ClauseId, exact = comment.Anchor?.Quote.Exact, prefix = comment.Anchor?.Quote.Prefix, suffix = comment.Anchor?.Quote.Suffix,
                start = comment.Anchor?.Start, end = comment.Anchor?.End, status = comment.Anchor?.Status.ToString(), createdAt = comment.CreatedAt,
            },
            scope.Transaction, cancellationToken: cancellationToken));
        var seq = await EventLog.AppendAsync(scope, comment.ResolutionId, Guid.Parse(comment.Author.Id), null, "CommentAdded", Payload(comment), now, cancellationToken);
        await scope.CommitAsync(cancellationToken);
        return comment with { Seq = seq };
    }

    /// <summary>Marks a comment resolved or open and logs <c>CommentChanged</c>; returns it with its seq.</summary>
    public async Task<CommentDto> SetResolvedAsync(CommentDto comment, bool resolved, Guid actorId, CancellationToken cancellationToken)
    {
        var updated = comment with { Resolved = resolved };
        await using var scope = await database.BeginWriteAsync(comment.ResolutionId, cancellationToken);
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE comments SET resolved = @resolved WHERE id = @id", new { id = comment.Id.ToString(), resolved = resolved ? 1 : 0 }, scope.Transaction, cancellationToken: cancellationToken));
        var logged = await LogChangeAsync(scope, updated, actorId, cancellationToken);
        await scope.CommitAsync(cancellationToken);
        return logged;
    }

    /// <summary>The anchored comments of clause <c>@id</c> in resolution <c>@rid</c>, for a caller that reads them in its own batch.</summary>
    internal const string AnchoredOnClauseSql = $"SELECT {Columns} FROM comments WHERE resolution_id = @rid AND clause_id = @id AND anchor_status = 'Anchored'";

    /// <summary>
    /// Re-finds, inside the caller's transaction, the quotes of a changed clause's anchored comments (read by the
    /// caller with <see cref="AnchoredOnClauseSql"/> under the same lock), and logs a <c>CommentChanged</c> for each
    /// comment whose place or status changed; returns those comments with their seq.
    /// </summary>
    internal async Task<IReadOnlyList<CommentDto>> ReanchorAsync(WriteScope scope, IEnumerable<CommentRow> anchored, Guid actorId, ClauseId clauseId, string clauseText, CancellationToken cancellationToken)
    {
        var changed = new List<CommentDto>();
        foreach (var row in anchored)
        {
            var before = new CommentAnchor(clauseId, new TextQuote(row.QuoteExact!, row.QuotePrefix, row.QuoteSuffix), (int)(row.AnchorStart ?? 0), (int)(row.AnchorEnd ?? 0), AnchorStatus.Anchored);
            var after = before.Reanchor(clauseText);
            if (after.Start == before.Start && after.End == before.End && after.Status == before.Status)
            {
                continue;
            }

            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE comments SET anchor_start = @Start, anchor_end = @End, anchor_status = @status WHERE id = @id",
                new { after.Start, after.End, status = after.Status.ToString(), id = row.Id }, scope.Transaction, cancellationToken: cancellationToken));
            row.AnchorStart = after.Start;
            row.AnchorEnd = after.End;
            row.AnchorStatus = after.Status.ToString();
            changed.Add(await LogChangeAsync(scope, row.ToDto(0), actorId, cancellationToken));
        }

        return changed;
    }

    /// <summary>
    /// Orphans, inside the caller's transaction, the comments whose clause no longer exists, and logs a
    /// <c>CommentChanged</c> for each; returns them with their seq.
    /// </summary>
    internal async Task<IReadOnlyList<CommentDto>> OrphanDeletedClausesAsync(WriteScope scope, Guid resolutionId, Guid actorId, CancellationToken cancellationToken)
    {
        var rows = (await scope.Connection.QueryAsync<CommentRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM comments
            WHERE resolution_id = @rid AND anchor_status = 'Anchored'
              AND clause_id NOT IN (SELECT id FROM clauses WHERE resolution_id = @rid)
            """,
            new { rid = resolutionId.ToString() }, scope.Transaction, cancellationToken: cancellationToken))).ToList();
        var changed = new List<CommentDto>();
        foreach (var row in rows)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE comments SET anchor_status = 'Orphaned' WHERE id = @id", new { id = row.Id }, scope.Transaction, cancellationToken: cancellationToken));
            row.AnchorStatus = nameof(AnchorStatus.Orphaned);
            changed.Add(await LogChangeAsync(scope, row.ToDto(0), actorId, cancellationToken));
        }

        return changed;
    }

    private async Task<CommentDto> LogChangeAsync(WriteScope scope, CommentDto comment, Guid actorId, CancellationToken cancellationToken)
    {
        var seq = await EventLog.AppendAsync(scope, comment.ResolutionId, actorId, null, "CommentChanged", Payload(comment), time.GetUtcNow(), cancellationToken);
        return comment with { Seq = seq };
    }

    private static string Payload(CommentDto comment) => JsonSerializer.Serialize(comment, Extensions.ApplicationServices.Json);
}
