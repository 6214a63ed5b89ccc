using StackExchange.Redis;

namespace Drafting.Api.Platform;

/// <summary>
/// The nodes' shared Redis for what must agree across them (ended sessions, per-user budgets), registered only when
/// <c>ConnectionStrings:Redis</c> is set. Like presence's connection it fails fast: it does not hold up the start,
/// a command while Redis is down fails at once (callers fall back to this node's own view), and it keeps reconnecting.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    private readonly Task<ConnectionMultiplexer> connecting;

    /// <summary>Starts connecting to <paramref name="configuration"/>.</summary>
    public SharedRedis(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        options.ClientName ??= "drafting-shared";
        connecting = ConnectionMultiplexer.ConnectAsync(options);
    }

    /// <summary>The connection once it is made (it may be down for a moment; commands then fail at once).</summary>
    public Task<ConnectionMultiplexer> Connection => connecting;

    /// <summary>The database when the connection is up now, else null: the caller uses its own node's view instead.</summary>
    public IDatabase? DatabaseIfUp => connecting.IsCompletedSuccessfully && connecting.Result.IsConnected ? connecting.Result.GetDatabase() : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (connecting.IsCompletedSuccessfully)
        {
            connecting.Result.Dispose();
        }
    }
}
