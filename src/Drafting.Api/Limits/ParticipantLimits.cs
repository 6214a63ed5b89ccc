using System.Globalization;
using System.Threading.RateLimiting;
using Drafting.Model.Participants;

namespace Drafting.Api.Limits;

/// <summary>What a participant spends with each call: one budget per kind of call, shared by REST and the hub.</summary>
public enum Budget
{
    /// <summary>Clause edits and structure changes.</summary>
    Edits,

    /// <summary>Proposals and the decisions on them.</summary>
    Proposals,

    /// <summary>Comments and replies, and changes to them.</summary>
    Comments,

    /// <summary>Focus changes (which clause one is on).</summary>
    Focus,

    /// <summary>Reads of a resolution and what belongs to it (GET), and the hub's catch-up.</summary>
    Reads,

    /// <summary>Exports and HTML diffs: a read that builds a document.</summary>
    Exports,
}

/// <summary>
/// Per-user token buckets, so that one participant cannot swamp a resolution for everyone else: a refused call stores
/// nothing and says when to retry. The same bucket serves a user's REST calls and hub calls of that kind.
/// </summary>
/// <remarks>
/// Settings (<c>Drafting:Limits:…</c>): <c>EditsPerSecond</c> (10) and <c>EditBurst</c> (30), enough for several
/// debounced typists in one account; <c>ProposalsPerMinute</c> (30); <c>CommentsPerMinute</c> (20);
/// <c>FocusPerSecond</c> (5); <c>ReadsPerSecond</c> (30) and <c>ReadBurst</c> (120), for a page that opens with a
/// handful of reads in several tabs; <c>ExportsPerMinute</c> (20). Each bucket also holds a burst of half its per-period
/// figure, at least 10. Reads have a budget because a flood of them (catch-ups from seq 0, exports) slows everyone's writes.
/// </remarks>
public sealed class ParticipantLimits : IDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(100);

    private readonly PartitionedRateLimiter<(string User, Budget Budget)> limiter;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> heldOff = new();
    private readonly TimeProvider time;

    /// <summary>Reads the limits from configuration.</summary>
    public ParticipantLimits(IConfiguration configuration, TimeProvider time)
    {
        this.time = time;
        var section = configuration.GetSection("Drafting:Limits");
        var options = new Dictionary<Budget, TokenBucketRateLimiterOptions>
        {
            [Budget.Edits] = Bucket(section.GetValue("EditsPerSecond", 10.0), TimeSpan.FromSeconds(1), section.GetValue("EditBurst", 30)),
            [Budget.Proposals] = Bucket(section.GetValue("ProposalsPerMinute", 30.0), TimeSpan.FromMinutes(1)),
            [Budget.Comments] = Bucket(section.GetValue("CommentsPerMinute", 20.0), TimeSpan.FromMinutes(1)),
            [Budget.Focus] = Bucket(section.GetValue("FocusPerSecond", 5.0), TimeSpan.FromSeconds(1)),
            [Budget.Reads] = Bucket(section.GetValue("ReadsPerSecond", 30.0), TimeSpan.FromSeconds(1), section.GetValue("ReadBurst", 120)),
            [Budget.Exports] = Bucket(section.GetValue("ExportsPerMinute", 20.0), TimeSpan.FromMinutes(1)),
        };
        limiter = PartitionedRateLimiter.Create<(string User, Budget Budget), (string User, Budget Budget)>(
            key => RateLimitPartition.GetTokenBucketLimiter(key, partition => options[partition.Budget]));
    }

    /// <summary>The budget a call with <paramref name="permission"/> and HTTP <paramref name="method"/> spends, if any.</summary>
    public static Budget? For(Permission permission, string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
        ? permission == Permission.Export ? Budget.Exports : Budget.Reads
        : permission switch
        {
            Permission.Edit => Budget.Edits,
            Permission.Comment => Budget.Comments,
            Permission.Propose or Permission.DecideProposals => Budget.Proposals,
            _ => null,
        };

    /// <summary>Takes one token of <paramref name="budget"/> for <paramref name="userId"/>; false, with when to retry, when there is none.</summary>
    public bool TryTake(string userId, Budget budget, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire((userId, budget));
        retryAfter = lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? TimeSpan.FromSeconds(1) : wait;
        return lease.IsAcquired;
    }

    /// <summary>Keeps <paramref name="userId"/>'s hub connections out for <paramref name="duration"/>.</summary>
    public void HoldOff(string userId, TimeSpan duration) => heldOff[userId] = time.GetUtcNow() + duration;

    /// <summary>Whether <paramref name="userId"/> is kept out now, and for how long still.</summary>
    public bool IsHeldOff(string userId, out TimeSpan remaining)
    {
        remaining = heldOff.TryGetValue(userId, out var until) ? until - time.GetUtcNow() : TimeSpan.Zero;
        if (remaining > TimeSpan.Zero)
        {
            return true;
        }

        heldOff.TryRemove(userId, out _);
        return false;
    }

    /// <summary>The refusal's words: what was refused and when to retry.</summary>
    public static string Refusal(Budget budget, TimeSpan retryAfter) =>
        budget is Budget.Reads or Budget.Exports
            ? string.Create(CultureInfo.InvariantCulture, $"Too many {Words(budget)} from your account. Retry in {Seconds(retryAfter)} s.")
            : string.Create(CultureInfo.InvariantCulture, $"Too many {Words(budget)} from your account; nothing was stored. Retry in {Seconds(retryAfter)} s.");

    /// <summary>Whole seconds to wait, at least one: the value of a <c>Retry-After</c> header.</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();

    private static string Words(Budget budget) => budget switch
    {
        Budget.Edits => "edits",
        Budget.Proposals => "proposals",
        Budget.Comments => "comments",
        Budget.Reads => "reads",
        Budget.Exports => "exports",
        _ => "focus changes",
    };

    private static TokenBucketRateLimiterOptions Bucket(double perPeriod, TimeSpan period, int? burst = null)
    {
        // Evenly spread tokens, so a refused caller waits a fraction of the period; refilled by the partitioned
        // limiter's own 100 ms heartbeat rather than one timer per user.
        var replenishment = TimeSpan.FromTicks(Math.Max(Heartbeat.Ticks, (long)(period.Ticks / Math.Max(perPeriod, 1e-6))));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst ?? Math.Max(10, (int)Math.Round(perPeriod / 2)),
            TokensPerPeriod = Math.Max(1, (int)Math.Round(perPeriod * replenishment.Ticks / period.Ticks)),
            ReplenishmentPeriod = replenishment,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }
}
