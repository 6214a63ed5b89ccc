using Drafting.Api.Live;

namespace Drafting.Api.Features.Notifications;

/// <summary>The feature's place in the host: its services and its endpoints, called from Program.cs.</summary>
public static class NotificationsFeature
{
    /// <summary>Registers the services of notifications.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<ILiveFollower, NotificationSender>();
        return services;
    }

    /// <summary>Maps the endpoints of notifications.</summary>
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapNotifications();
        return routes;
    }
}
