using System.Threading.RateLimiting;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// Password guesses against one account are limited per user name (<c>Drafting:SignInAttemptsPerUserPerMinute</c>,
/// 10), on top of a generous per-address limit (<c>Drafting:SignInAttemptsPerMinute</c>, 120) that a whole
/// delegation behind one proxy shares.
/// </summary>
public sealed class SignInLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    /// <summary>Reads the limit from configuration.</summary>
    public SignInLimits(IConfiguration configuration)
    {
        var perUser = configuration.GetValue("Drafting:SignInAttemptsPerUserPerMinute", 10);
        limiter = PartitionedRateLimiter.Create<string, string>(userName => RateLimitPartition.GetFixedWindowLimiter(userName,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perUser, Window = TimeSpan.FromMinutes(1), AutoReplenishment = false }));
    }

    /// <summary>Takes one attempt for <paramref name="userName"/>; false, with when to retry, when none is left.</summary>
    public bool TryTake(string userName, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
