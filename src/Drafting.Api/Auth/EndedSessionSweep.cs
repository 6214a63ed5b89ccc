using Drafting.Api.Storage;

namespace Drafting.Api.Auth;

/// <summary>
/// Closes open hub connections whose account was signed out everywhere, given a new password or disabled on
/// another node: one query for all the accounts connected here, every <see cref="Every"/>.
/// </summary>
public sealed class EndedSessionSweep(OpenHubSessions open, UserStore users, TimeProvider time, ILogger<EndedSessionSweep> logger) : BackgroundService
{
    /// <summary>How often open connections are checked.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The database may be away for a moment; the next sweep (and every hub call) checks again.
                logger.LogWarning(failure, "Checking open connections for ended sessions failed");
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var connected = open.All
            .Select(context => (context, identity: context.User is { } user ? Sessions.Identify(user) : null))
            .ToList();
        foreach (var batch in connected.Where(entry => entry.identity is not null).Select(entry => entry.identity!.Value.UserId).Distinct().Chunk(500))
        {
            var stamps = await users.StampsAsync(batch, cancellationToken);
            foreach (var (context, identity) in connected)
            {
                if (identity is var (userId, _, stamp) && batch.Contains(userId) && (!stamps.TryGetValue(userId, out var current) || current != stamp))
                {
                    context.Abort();
                }
            }
        }

        foreach (var (context, identity) in connected.Where(entry => entry.identity is null))
        {
            context.Abort();
        }
    }
}
