using System.Globalization;
using Drafting.Model.Participants;

namespace Drafting.Api.Platform.Limits;

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
/// nothing and says when to retry. The same bucket serves a user's REST calls and hub calls of that kind, and with
/// Redis every node's: the budget is the user's, not the node's (while Redis is away, each node counts on its own).
/// </summary>
/// <remarks>
/// Settings (<c>Drafting:Limits:…</c>): <c>EditsPerSecond</c> (10) and <c>EditBurst</c> (30), enough for several
/// debounced typists in one account; <c>ProposalsPerMinute</c> (30); <c>CommentsPerMinute</c> (20);
/// <c>FocusPerSecond</c> (5); <c>ReadsPerSecond</c> (30) and <c>ReadBurst</c> (120), for a page that opens with a
/// handful of reads in several tabs; <c>ExportsPerMinute</c> (20). Each bucket also holds a burst of half its per-period
/// figure, at least 10. Reads have a budget because a flood of them (catch-ups from seq 0, exports) slows everyone's writes.
/// </remarks>
public sealed class ParticipantLimits
{
    private readonly Dictionary<Budget, BucketShape> shapes;
    private readonly LocalTokenBuckets local;
    private readonly RedisTokenBuckets? shared;
    private readonly ILogger<ParticipantLimits> logger;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> heldOff = new();
    private readonly TimeProvider time;
    private int redisFailing;

    /// <summary>Reads the limits from configuration; with <paramref name="redis"/>, counts in it for every node.</summary>
    public ParticipantLimits(IConfiguration configuration, TimeProvider time, ILogger<ParticipantLimits> logger, SharedRedis? redis = null)
    {
        this.time = time;
        this.logger = logger;
        local = new LocalTokenBuckets(time);
        shared = redis is null ? null : new RedisTokenBuckets(redis);
        var section = configuration.GetSection("Drafting:Limits");
        shapes = new Dictionary<Budget, BucketShape>
        {
            [Budget.Edits] = Bucket(section.GetValue("EditsPerSecond", 10.0), TimeSpan.FromSeconds(1), section.GetValue("EditBurst", 30)),
            [Budget.Proposals] = Bucket(section.GetValue("ProposalsPerMinute", 30.0), TimeSpan.FromMinutes(1)),
            [Budget.Comments] = Bucket(section.GetValue("CommentsPerMinute", 20.0), TimeSpan.FromMinutes(1)),
            [Budget.Focus] = Bucket(section.GetValue("FocusPerSecond", 5.0), TimeSpan.FromSeconds(1)),
            [Budget.Reads] = Bucket(section.GetValue("ReadsPerSecond", 30.0), TimeSpan.FromSeconds(1), section.GetValue("ReadBurst", 120)),
            [Budget.Exports] = Bucket(section.GetValue("ExportsPerMinute", 20.0), TimeSpan.FromMinutes(1)),
        };
    }

    /// <summary>The most calls of <paramref name="budget"/> a user can make at once (a full bucket).</summary>
    public int Burst(Budget budget) => (int)shapes[budget].Capacity;

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

    /// <summary>Takes one token of <paramref name="budget"/> for <paramref name="userId"/>; not taken, with when to retry, when there is none.</summary>
    public async ValueTask<(bool Taken, TimeSpan RetryAfter)> TryTakeAsync(string userId, Budget budget)
    {
        var take = await TakeAsync(userId, budget, 1, 1);
        return (take.Taken == 1, take.Taken == 1 ? TimeSpan.Zero : take.RetryAfter);
    }

    /// <summary>
    /// Takes as many of <paramref name="wanted"/> tokens as there are, for work that can stop part way in a stated
    /// place (a Word review's changes, in file order); with when the rest will be there.
    /// </summary>
    public ValueTask<Take> TakeUpToAsync(string userId, Budget budget, int wanted) =>
        wanted <= 0 ? ValueTask.FromResult(new Take(0, TimeSpan.Zero)) : TakeAsync(userId, budget, wanted, 0);

    private async ValueTask<Take> TakeAsync(string userId, Budget budget, int wanted, int minimum)
    {
        var key = $"{budget}:{userId}";
        var shape = shapes[budget];
        if (shared is not null)
        {
            try
            {
                if (await shared.TakeAsync(key, shape, wanted, minimum) is { } counted)
                {
                    Interlocked.Exchange(ref redisFailing, 0);
                    return counted;
                }
            }
            catch (Exception failure) when (failure is StackExchange.Redis.RedisException or TimeoutException)
            {
                if (Interlocked.Exchange(ref redisFailing, 1) == 0)
                {
                    logger.LogWarning(failure, "Redis is unavailable: per-user limits are counted on this node alone until it is back");
                }
            }
        }

        return local.Take(key, shape, wanted, minimum);
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

    private static string Words(Budget budget) => budget switch
    {
        Budget.Edits => "edits",
        Budget.Proposals => "proposals",
        Budget.Comments => "comments",
        Budget.Reads => "reads",
        Budget.Exports => "exports",
        _ => "focus changes",
    };

    private static BucketShape Bucket(double perPeriod, TimeSpan period, int? burst = null) =>
        new(burst ?? Math.Max(10, (int)Math.Round(perPeriod / 2)), Math.Max(perPeriod, 1e-6) / period.TotalSeconds);
}
