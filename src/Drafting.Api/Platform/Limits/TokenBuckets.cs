namespace Drafting.Api.Platform.Limits;

/// <summary>The shape of one budget: how many calls may come at once, and how fast they come back.</summary>
/// <param name="Capacity">The burst: tokens a full bucket holds.</param>
/// <param name="PerSecond">Tokens added back each second, spread evenly.</param>
public sealed record BucketShape(double Capacity, double PerSecond)
{
    /// <summary>How long until <paramref name="needed"/> tokens are there again when <paramref name="left"/> are (at most a full bucket's worth).</summary>
    public TimeSpan Wait(double left, double needed) =>
        TimeSpan.FromSeconds(Math.Max(0, (Math.Min(needed, Capacity) - left) / PerSecond));
}

/// <summary>What a take got: how many tokens, and when the ones it did not get will be there.</summary>
/// <param name="Taken">Tokens taken (0 when fewer than the minimum were there).</param>
/// <param name="RetryAfter">When the tokens not taken will be there.</param>
public readonly record struct Take(int Taken, TimeSpan RetryAfter);

/// <summary>
/// Token buckets in this process: the budgets of one node, and every node's fallback while Redis is away. The
/// same arithmetic as <see cref="RedisTokenBuckets"/>, so a user sees the same limit either way.
/// </summary>
public sealed class LocalTokenBuckets(TimeProvider time)
{
    private readonly Dictionary<string, (double Tokens, long At)> buckets = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Takes up to <paramref name="wanted"/> tokens of <paramref name="key"/>'s bucket, or none when fewer than <paramref name="minimum"/> are there.</summary>
    public Take Take(string key, BucketShape shape, int wanted, int minimum)
    {
        var now = time.GetTimestamp();
        lock (gate)
        {
            var tokens = buckets.TryGetValue(key, out var state)
                ? Math.Min(shape.Capacity, state.Tokens + (time.GetElapsedTime(state.At, now).TotalSeconds * shape.PerSecond))
                : shape.Capacity;
            var taken = (int)Math.Min(wanted, Math.Floor(tokens));
            taken = taken < minimum ? 0 : taken;
            tokens -= taken;
            buckets[key] = (tokens, now);
            if (buckets.Count > 100_000)
            {
                Prune(now, shape);
            }

            return new Take(taken, shape.Wait(tokens, wanted - taken));
        }
    }

    /// <summary>Forgets buckets that have filled up again: a full bucket and no bucket are the same.</summary>
    private void Prune(long now, BucketShape shape)
    {
        foreach (var (key, state) in buckets.ToList())
        {
            if (time.GetElapsedTime(state.At, now).TotalSeconds * shape.PerSecond >= shape.Capacity)
            {
                buckets.Remove(key);
            }
        }
    }
}
