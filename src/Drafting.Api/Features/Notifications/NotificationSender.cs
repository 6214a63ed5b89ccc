using Drafting.Api.Live;

namespace Drafting.Api.Features.Notifications;

/// <summary>
/// Sends each notification an event wrote to its reader's own connections (SignalR's user group), wherever they are in
/// the application; read back from the database, so exactly the stored audience hears of it.
/// </summary>
public sealed class NotificationSender(LiveClients hub, NotificationStore notifications, ILogger<NotificationSender> logger) : ILiveFollower
{
    /// <inheritdoc />
    public async Task PublishedAsync(Guid resolutionId, long seq, string type)
    {
        if (!NotificationWriter.Notifies(type))
        {
            return;
        }

        foreach (var row in await notifications.OfEventAsync(resolutionId, seq, CancellationToken.None))
        {
            // Handed to the reader's connections, not waited for until each took it, as LiveBroadcaster hands events:
            // one reader's stalled connection holds up neither the others' notifications nor the change that caused them.
            _ = SendAsync(row);
        }
    }

    private async Task SendAsync(NotificationRow row)
    {
        try
        {
            await hub.Clients.User(row.UserId).NotificationAdded(row.ToDto());
        }
#pragma warning disable CA1031 // The notification is stored; the reader's page reads it at its next load or catch-up.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogWarning(failure, "Notification {NotificationId} could not be sent", row.Id);
        }
    }
}
