using System.Globalization;
using StackExchange.Redis;

namespace Drafting.Api.Platform.Limits;

/// <summary>
/// Token buckets every node shares, in Redis: one hash per user and budget (<c>drafting:budget:{budget}:{userId}</c>,
/// its tokens and when they were counted), read, refilled and spent by one script, on Redis's clock, so two nodes
/// spending at once cannot both spend the same token. The key expires once the bucket would be full again.
/// </summary>
public sealed class RedisTokenBuckets(SharedRedis redis)
{
    private const string Script =
        """
        local capacity = tonumber(ARGV[1])
        local perMs = tonumber(ARGV[2]) / 1000
        local wanted = tonumber(ARGV[3])
        local minimum = tonumber(ARGV[4])
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1])
        local at = tonumber(state[2])
        if tokens == nil or at == nil then
          tokens = capacity
        else
          tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
        end
        local taken = math.min(wanted, math.floor(tokens))
        if taken < minimum then taken = 0 end
        tokens = tokens - taken
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
        redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
        return { taken, tostring(tokens) }
        """;

    /// <summary>Takes up to <paramref name="wanted"/> tokens, or none when fewer than <paramref name="minimum"/> are there; null when Redis is not up.</summary>
    public async Task<Take?> TakeAsync(string key, BucketShape shape, int wanted, int minimum)
    {
        if (redis.DatabaseIfUp is not { } database)
        {
            return null;
        }

        var result = (RedisResult[])(await database.ScriptEvaluateAsync(Script, [new RedisKey("drafting:budget:" + key)],
            [shape.Capacity, shape.PerSecond, wanted, minimum]))!;
        var taken = (int)result[0];
        var left = double.Parse((string)result[1]!, CultureInfo.InvariantCulture);
        return new Take(taken, shape.Wait(left, wanted - taken));
    }
}
