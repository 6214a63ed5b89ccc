using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// Decides whether a token or cookie still stands for a live session, and ends sessions: one (sign-out, a refresh
/// token used) or all of an account's (sign out everywhere, a new password, the account disabled).
/// </summary>
/// <remarks>
/// Each check reads one row, cached for <see cref="CheckedEvery"/> so that a crowd of requests costs one query per
/// session, not one per request; a change made on this node clears its cache at once, another node's within that time.
/// </remarks>
public sealed class Sessions(UserStore users, IMemoryCache cache, TimeProvider time)
{
    /// <summary>The claim naming the session a token or cookie belongs to (new at each sign-in).</summary>
    public const string SessionClaim = "sid";

    /// <summary>The claim carrying the account's security stamp when the session began.</summary>
    public const string StampClaim = "stamp";

    /// <summary>How long a checked session is trusted before the database is asked again.</summary>
    public static readonly TimeSpan CheckedEvery = TimeSpan.FromSeconds(5);

    /// <summary>The longest any token, refresh token or cookie lives: an ended session is remembered that long.</summary>
    public static readonly TimeSpan LongestLifetime = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, CancellationTokenSource> changes = new();

    /// <summary>Raised when sessions end, here or (with Redis) on another node: the account, and the one session or null for all of them.</summary>
    public event Action<string, string?>? Ended;

    /// <summary>Raised only for the sessions ended by this node, for telling the others.</summary>
    public event Action<string, string?>? EndedHere;

    /// <summary>Whether <paramref name="user"/> belongs to a session that has not ended.</summary>
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Identify(user) is not var (userId, sessionId, stamp))
        {
            return false;
        }

        var key = (userId, sessionId);
        if (!cache.TryGetValue(key, out SessionState? state))
        {
            state = await users.SessionStateAsync(userId, sessionId, cancellationToken);
            using var entry = cache.CreateEntry(key);
            entry.Value = state;
            entry.AbsoluteExpirationRelativeToNow = CheckedEvery;
            entry.AddExpirationToken(new CancellationChangeToken(ChangesOf(userId).Token));
        }

        return state is { IsDisabled: false, Ended: false } && state.SecurityStamp == stamp;
    }

    /// <summary>
    /// Ends the session <paramref name="user"/> belongs to: its tokens, refresh token and cookie stop working. True
    /// when this call ended it, false when it had already ended (on any node): a refresh token is spent only once.
    /// </summary>
    public async Task<bool> EndAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Identify(user) is not var (userId, sessionId, _))
        {
            return false;
        }

        var ended = await users.EndSessionAsync(sessionId, userId, time.GetUtcNow() + LongestLifetime, cancellationToken);
        Changed(userId, sessionId);
        return ended;
    }

    /// <summary>Ends every session of the account, optionally with a new password hash or disabled state.</summary>
    public async Task<bool> EndAllAsync(string userId, string? passwordHash = null, bool? disabled = null, CancellationToken cancellationToken = default)
    {
        var updated = await users.UpdateAsync(userId, NewStamp(), passwordHash, disabled, cancellationToken: cancellationToken);
        Changed(userId, null);
        return updated;
    }

    /// <summary>A fresh security stamp.</summary>
    public static string NewStamp() => Guid.NewGuid().ToString("N");

    /// <summary>The account, session and stamp a principal carries, or null when it carries none (issued before sessions existed).</summary>
    public static (string UserId, string SessionId, string Stamp)? Identify(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
        && user.FindFirstValue(SessionClaim) is { } sessionId
        && user.FindFirstValue(StampClaim) is { } stamp
            ? (userId, sessionId, stamp)
            : null;

    private CancellationTokenSource ChangesOf(string userId) => changes.GetOrAdd(userId, _ => new CancellationTokenSource());

    /// <summary>Forgets what this node knows of the account's sessions, after its stamp was changed elsewhere in this process.</summary>
    public void Changed(string userId) => Changed(userId, null);

    /// <summary>Another node ended sessions of the account: forget what this node knows of them and close their connections here.</summary>
    public void EndedElsewhere(string userId, string? sessionId)
    {
        Forget(userId);
        Ended?.Invoke(userId, sessionId);
    }

    private void Changed(string userId, string? sessionId)
    {
        Forget(userId);
        Ended?.Invoke(userId, sessionId);
        EndedHere?.Invoke(userId, sessionId);
    }

    private void Forget(string userId)
    {
        if (changes.TryRemove(userId, out var source))
        {
            source.Cancel();
            source.Dispose();
        }
    }
}
