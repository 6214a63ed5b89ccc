
namespace Drafting.Api.Features.Accounts;

/// <summary>
/// Closes open hub connections whose session ended on another node (signed out, signed out everywhere, a new password,
/// the account disabled) when no message said so (no Redis, or Redis was down): two queries for all the connections
/// here, every <c>Drafting:EndedSessionSweepSeconds</c> (10 s).
/// </summary>
public sealed class EndedSessionSweep(OpenHubSessions open, UserStore users, TimeProvider time, IConfiguration configuration, ILogger<EndedSessionSweep> logger) : BackgroundService
{
    /// <summary>How often open connections are checked.</summary>
    public TimeSpan Every { get; } = TimeSpan.FromSeconds(configuration.GetValue("Drafting:EndedSessionSweepSeconds", 10.0));

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

    /// <summary>One sweep: closes the connections whose account's stamp changed, is disabled, or whose own session ended.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var connected = open.All
            .Select(context => (context, identity: context.User is { } user ? Sessions.Identify(user) : null))
            .ToList();
        foreach (var batch in connected.Where(entry => entry.identity is not null).Chunk(500))
        {
            var stamps = await users.StampsAsync([.. batch.Select(entry => entry.identity!.Value.UserId).Distinct()], cancellationToken);
            var ended = await users.EndedAmongAsync([.. batch.Select(entry => entry.identity!.Value.SessionId).Distinct()], cancellationToken);
            foreach (var (context, identity) in batch)
            {
                if (identity is var (userId, sessionId, stamp) && (!stamps.TryGetValue(userId, out var current) || current != stamp || ended.Contains(sessionId)))
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
