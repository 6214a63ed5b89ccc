using Drafting.Api.Live;

namespace Drafting.Api.Features.Notifications;

/// <summary>
/// Sends each notification an event wrote to its reader's own connections (SignalR's user group), wherever they are in
/// the application; read back from the database, so exactly the stored audience hears of it.
/// </summary>
public sealed class NotificationSender(LiveClients hub, NotificationStore notifications) : ILiveFollower
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
            await hub.Clients.User(row.UserId).NotificationAdded(row.ToDto());
        }
    }
}
