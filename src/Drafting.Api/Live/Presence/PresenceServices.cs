using StackExchange.Redis;

namespace Drafting.Api.Live.Presence;

/// <summary>Registers presence: on this node only without Redis, shared through Redis with it.</summary>
public static class PresenceServices
{
    /// <summary>Adds <see cref="IPresence"/>; with a Redis configuration, the Redis store and the heartbeat too.</summary>
    public static IServiceCollection AddPresence(this IServiceCollection services, IConfiguration configuration, string? redis)
    {
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton(PresenceOptions.From(configuration));
        services.AddSingleton<PresenceService>();
        services.AddSingleton<IPresence>(provider => provider.GetRequiredService<PresenceService>());
        if (string.IsNullOrEmpty(redis))
        {
            return services;
        }

        services.AddSingleton(provider => new RedisPresenceStore(ConnectAsync(redis), provider.GetRequiredService<PresenceOptions>()));
        services.AddHostedService<PresenceHeartbeat>();
        return services;
    }

    /// <summary>
    /// A connection of presence's own (the backplane's is SignalR's), tuned to fail fast: while Redis is down a command
    /// fails at once instead of queueing, and one that gets no answer gives up after a second. It does not hold up the
    /// start, succeeds even if Redis is down, and keeps reconnecting.
    /// </summary>
    private static Task<ConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.ClientName ??= "drafting-presence";
        return ConnectionMultiplexer.ConnectAsync(options);
    }
}
