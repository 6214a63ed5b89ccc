namespace Drafting.Api.Live.Presence;

/// <summary>
/// Keeps this node's presence alive in Redis and everyone's lists current: every <see cref="PresenceOptions.Tick"/>
/// it runs <see cref="PresenceService.RefreshAsync"/>. Registered only when Redis is configured.
/// </summary>
public sealed class PresenceHeartbeat(PresenceService presence, PresenceOptions options, TimeProvider time, ILogger<PresenceHeartbeat> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await presence.ListenAsync();
        using var timer = new PeriodicTimer(options.Tick, time);
        try
        {
            do
            {
                try
                {
                    await presence.RefreshAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // A failing heartbeat must not stop the host; the next one tries again.
                catch (Exception failure)
#pragma warning restore CA1031
                {
                    logger.LogWarning(failure, "Presence heartbeat failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await presence.ForgetNodeAsync();
    }
}
