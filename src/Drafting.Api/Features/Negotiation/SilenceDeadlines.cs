using Drafting.Api.Live;
using Drafting.Contract;
using Drafting.Contract.Events;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// Announces each silence whose deadline has come (<c>SilenceChanged</c>, status passed), once across all nodes and
/// after restarts: it sleeps until the earliest deadline (at most <see cref="PollInterval"/>, so that deadlines set on
/// other nodes are seen), and the store marks each silence passed with a conditional write under its resolution's lock.
/// Reads never wait for it: whether a silence runs is decided from its stored deadline every time.
/// </summary>
public sealed class SilenceDeadlines(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<SilenceDeadlines> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>The longest sleep between two looks at the database.</summary>
    public TimeSpan PollInterval { get; } = TimeSpan.FromSeconds(configuration.GetValue("Drafting:SilencePollSeconds", 15));

    /// <summary>A silence was started on this node: look again now, its deadline may be the next.</summary>
    public void WakeUp()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Woken already.
            }
        }
    }

    /// <summary>Announces the silences due now; returns how many this call announced.</summary>
    public async Task<int> AnnounceDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var silences = scope.ServiceProvider.GetRequiredService<SilenceStore>();
        var live = scope.ServiceProvider.GetRequiredService<LiveBroadcaster>();
        var announced = await silences.AnnounceDueAsync(cancellationToken);
        foreach (var silence in announced)
        {
            var payload = EventPayloads.ToJson(EventTypes.SilenceChanged, silence.ToDto(time.GetUtcNow()).ToPayload());
            await live.PublishAsync(Guid.Parse(silence.ResolutionId), silence.Seq, EventTypes.SilenceChanged, Guid.Parse(silence.StartedBy), payload);
        }

        return announced.Count;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = PollInterval;
            try
            {
                await AnnounceDueAsync(stoppingToken);
                using var scope = scopes.CreateScope();
                if (await scope.ServiceProvider.GetRequiredService<SilenceStore>().NextDeadlineAsync(stoppingToken) is { } next)
                {
                    var until = next - time.GetUtcNow();
                    sleep = until < TimeSpan.Zero ? TimeSpan.Zero : until < sleep ? until : sleep;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database may be down for a while: the next round tries again; reads decide from the deadline anyway.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                logger.LogWarning(failure, "Announcing silence deadlines failed; trying again in {Interval}", PollInterval);
            }

            using var timeout = new CancellationTokenSource(sleep, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
            try
            {
                await _wake.WaitAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The sleep ended: look again.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
