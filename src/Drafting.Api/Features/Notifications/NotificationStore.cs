using System.Globalization;
using Dapper;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Notifications;

/// <summary>
/// Each user's notifications (written by <see cref="NotificationWriter"/> with their events) and their read state. A
/// notification is shown only while its reader still takes part in its resolution: whoever was removed no longer hears
/// of it.
/// </summary>
public sealed class NotificationStore(DraftingDatabase database, TimeProvider time)
{
    private const string Select =
        """
        SELECT n.id, n.user_id, n.resolution_id, n.seq, n.kind, n.summary, n.created_at, n.read_at, r.organ, r.symbol, r.title
        FROM notifications n
        JOIN participants p ON p.resolution_id = n.resolution_id AND p.user_id = n.user_id
        JOIN resolutions r ON r.id = n.resolution_id
        """;

    /// <summary>
    /// At most <paramref name="size"/> of a user's notifications after <paramref name="after"/>, newest first, only the
    /// unread ones or those of one resolution when asked, with the cursor of the next page if there is one.
    /// </summary>
    public async Task<(IReadOnlyList<NotificationRow> Rows, PageCursor? Next)> PageAsync(
        Guid userId, bool unreadOnly, Guid? resolutionId, PageCursor? after, int size, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<NotificationRow>(new CommandDefinition(
            $"""
            {Select}
            WHERE n.user_id = @userId AND (@all OR n.read_at IS NULL) AND (@rid IS NULL OR n.resolution_id = @rid)
              AND (@afterId IS NULL OR n.id < @afterId)
            ORDER BY n.id DESC LIMIT @take
            """,
            new { userId = userId.ToString(), all = !unreadOnly, rid = resolutionId?.ToString(), afterId = AfterId(after), take = (long)size + 1 },
            cancellationToken: cancellationToken))).AsList();
        return (rows, PageCursor.CutToPage(rows, size, row => new PageCursor(row.CreatedAt, row.Id.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>
    /// Marks a user's notifications up to <paramref name="upTo"/> (an id) read, of one resolution when given; a
    /// notification read before keeps its first read time. Returns how many of theirs stay unread.
    /// </summary>
    public async Task<long> MarkReadAsync(Guid userId, long upTo, Guid? resolutionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { userId = userId.ToString(), upTo, rid = resolutionId?.ToString(), now = EventLog.Timestamp(time.GetUtcNow()) };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE notifications SET read_at = @now
            WHERE user_id = @userId AND id <= @upTo AND read_at IS NULL AND (@rid IS NULL OR resolution_id = @rid)
            """,
            parameters, cancellationToken: cancellationToken));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM ({Select} WHERE n.user_id = @userId AND n.read_at IS NULL) unread", parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The notifications an event wrote, for sending each to its reader.</summary>
    public async Task<IReadOnlyList<NotificationRow>> OfEventAsync(Guid resolutionId, long seq, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<NotificationRow>(new CommandDefinition(
            $"{Select} WHERE n.resolution_id = @rid AND n.seq = @seq ORDER BY n.id",
            new { rid = resolutionId.ToString(), seq }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The id a page cursor names; a cursor whose id is no number starts nowhere (an empty page).</summary>
    private static long? AfterId(PageCursor? after) =>
        after is null ? null : long.TryParse(after.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
}

/// <summary>One stored notification with the names of its resolution.</summary>
public sealed class NotificationRow
{
    /// <summary>Its id, increasing: what "read up to" names.</summary>
    public long Id { get; set; }

    /// <summary>Its reader.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The resolution it is about.</summary>
    public string ResolutionId { get; set; } = "";

    /// <summary>The seq of the event it tells of.</summary>
    public long Seq { get; set; }

    /// <summary>One of <see cref="NotificationKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>One sentence for the reader.</summary>
    public string Summary { get; set; } = "";

    /// <summary>When the event happened, as stored.</summary>
    public string CreatedAt { get; set; } = "";

    /// <summary>When its reader read it; null while unread.</summary>
    public string? ReadAt { get; set; }

    /// <summary>The resolution's organ.</summary>
    public string Organ { get; set; } = "";

    /// <summary>The resolution's symbol, once assigned.</summary>
    public string? Symbol { get; set; }

    /// <summary>The resolution's title, if any.</summary>
    public string? Title { get; set; }
}
