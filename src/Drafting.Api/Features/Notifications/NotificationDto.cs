using Drafting.Contract;

namespace Drafting.Api.Features.Notifications;

/// <summary>Turns stored notifications into the contract's <see cref="NotificationDto"/>.</summary>
public static class NotificationMapping
{
    /// <summary>A stored notification as its reader sees it.</summary>
    public static NotificationDto ToDto(this NotificationRow row) => new(
        row.Id, Guid.Parse(row.ResolutionId), row.Symbol ?? row.Title ?? $"{row.Organ} draft", row.Seq, row.Kind, row.Summary, row.CreatedAt, row.ReadAt is not null);
}

/// <summary>Marks the reader's notifications read up to and including <c>upTo</c> (a notification id), of one resolution when <c>resolutionId</c> is given.</summary>
public sealed record MarkReadRequest([property: System.ComponentModel.DataAnnotations.Required] long? UpTo = null, Guid? ResolutionId = null);

/// <summary>What is left unread after marking.</summary>
/// <param name="Unread">The reader's unread notifications, over every resolution.</param>
public sealed record UnreadDto(long Unread);
