using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Client;

/// <summary>
/// Keeps reconnecting for as long as it takes: at once, then backing off to every 10 s, each delay
/// spread by up to half again at random, so the clients of a node that died do not all reach the
/// surviving nodes in the same instant. SignalR's default gives up after four tries (42 s), which a
/// delegate waiting out a rolling restart should not notice.
/// </summary>
public sealed class ReconnectForever : IRetryPolicy
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        if (retryContext.PreviousRetryCount == 0)
        {
            return TimeSpan.Zero;
        }

        var backoff = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, retryContext.PreviousRetryCount - 1), Longest.TotalMilliseconds));
        return backoff + (backoff * Random.Shared.NextDouble() / 2);
    }
}
