using System.Text.Json;
using Drafting.Api.Platform;
using StackExchange.Redis;

namespace Drafting.Api.Live.Presence;

/// <summary>
/// Every node's presence in Redis. A hash per resolution (<c>drafting:presence:{resolutionId}</c>) holds one field per
/// connection (<c>{nodeId}/{connectionId}</c>, value the JSON of its <see cref="StampedPresence"/>); a node's fields
/// count only while its liveness key <c>drafting:node:{nodeId}</c> exists, which expires a TTL after its last heartbeat.
/// So a node that dies, and cannot clean up, has its fields ignored and then deleted by whoever reads them next.
/// </summary>
/// <param name="connecting">The connection being made: the node starts serving without waiting for it, and until the
/// first attempt is over every command fails at once, as it does while Redis is down.</param>
/// <param name="options">The TTL of a node's liveness.</param>
public sealed class RedisPresenceStore(Task<ConnectionMultiplexer> connecting, PresenceOptions options) : IDisposable
{
    private static readonly RedisChannel Changes = RedisChannel.Literal("drafting:presence:changed");

    /// <summary>This process's id: a node that restarts is a new node, and its old fields die with the old id.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    private IDatabase Database => Redis.GetDatabase();

    private ConnectionMultiplexer Redis => connecting.IsCompletedSuccessfully
        ? connecting.Result
        : throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Presence is not connected to Redis yet.", connecting.Exception);

    /// <summary>Renews this node's liveness for one TTL.</summary>
    public Task MarkAliveAsync() => Database.StringSetAsync(NodeKey(NodeId), "alive", options.Ttl);

    /// <summary>Deletes this node's liveness key, so the others drop its people at their next read (graceful shutdown).</summary>
    public Task ForgetNodeAsync() => Database.KeyDeleteAsync(NodeKey(NodeId));

    /// <summary>Writes (or re-writes) connections' entries; <paramref name="announce"/> tells the other nodes to recompute.</summary>
    public Task SetAsync(Guid resolutionId, IReadOnlyCollection<KeyValuePair<string, StampedPresence>> connections, bool announce)
    {
        var database = Database;
        var key = PresenceKey(resolutionId);
        var commands = new List<Task>
        {
            // Liveness goes first on the same connection, so no reader finds a field of a node whose key is not there yet
            // (after a Redis restart the first write brings both back).
            database.StringSetAsync(NodeKey(NodeId), "alive", options.Ttl),
        };
        if (connections.Count > 0)
        {
            commands.Add(database.HashSetAsync(key, connections.Select(c => new HashEntry(Field(c.Key), JsonSerializer.Serialize(c.Value, DraftingJson.Options))).ToArray()));
            // Every node with people in the resolution renews this each tick, so only a hash nobody is in runs out.
            commands.Add(database.KeyExpireAsync(key, options.Ttl));
        }

        if (announce)
        {
            commands.Add(AnnounceAsync(database, resolutionId));
        }

        return Task.WhenAll(commands);
    }

    /// <summary>Removes connections' entries; <paramref name="announce"/> tells the other nodes to recompute.</summary>
    public Task RemoveAsync(Guid resolutionId, IReadOnlyCollection<string> connectionIds, bool announce)
    {
        var database = Database;
        var removal = database.HashDeleteAsync(PresenceKey(resolutionId), connectionIds.Select(c => (RedisValue)Field(c)).ToArray());
        return announce ? Task.WhenAll(removal, AnnounceAsync(database, resolutionId)) : removal;
    }

    /// <summary>
    /// The entries of the other nodes that are alive, and the ids of the connections this node has there (the caller
    /// knows its own better than Redis does). Fields of dead nodes, and any that cannot be read, are deleted on the way.
    /// </summary>
    public async Task<SharedPresenceView> ReadAsync(Guid resolutionId)
    {
        var database = Database;
        var key = PresenceKey(resolutionId);
        var fields = await database.HashGetAllAsync(key);
        var own = new List<string>();
        var others = new List<(RedisValue Field, string Node, RedisValue Value)>();
        var unusable = new List<RedisValue>();
        foreach (var field in fields)
        {
            var name = field.Name.ToString();
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                unusable.Add(field.Name);
            }
            else if (name.AsSpan(0, slash).SequenceEqual(NodeId))
            {
                own.Add(name[(slash + 1)..]);
            }
            else
            {
                others.Add((field.Name, name[..slash], field.Value));
            }
        }

        var nodes = others.Select(o => o.Node).Distinct(StringComparer.Ordinal).ToArray();
        var liveness = nodes.Length == 0 ? [] : await database.StringGetAsync(nodes.Select(NodeKey).ToArray());
        var alive = nodes.Where((_, i) => liveness[i].HasValue).ToHashSet(StringComparer.Ordinal);
        var entries = new List<StampedPresence>();
        foreach (var (field, node, value) in others)
        {
            if (alive.Contains(node) && Parse(value) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                unusable.Add(field);
            }
        }

        if (unusable.Count > 0)
        {
            // Whoever reads first cleans up; if this is lost, the next reader does it.
            _ = database.HashDeleteAsync(key, unusable.ToArray(), CommandFlags.FireAndForget);
        }

        return new SharedPresenceView(entries, own);
    }

    /// <summary>Calls <paramref name="changedElsewhere"/> when another node announces a change in a resolution.</summary>
    /// <remarks>
    /// Waits for the first connection attempt. Subscribed once: the multiplexer keeps the handler, even when Redis is
    /// down now, and subscribes again after every reconnect.
    /// </remarks>
    public async Task SubscribeAsync(Action<Guid> changedElsewhere) =>
        await (await connecting).GetSubscriber().SubscribeAsync(Changes, (_, message) =>
        {
            var text = message.ToString();
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && text[(slash + 1)..] != NodeId && Guid.TryParse(text.AsSpan(0, slash), out var resolutionId))
            {
                changedElsewhere(resolutionId);
            }
        });

    /// <inheritdoc />
    public void Dispose() =>
        connecting.ContinueWith(connected => connected.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private Task<long> AnnounceAsync(IDatabase database, Guid resolutionId) => database.PublishAsync(Changes, $"{resolutionId:N}/{NodeId}");

    private string Field(string connectionId) => $"{NodeId}/{connectionId}";

    private static RedisKey PresenceKey(Guid resolutionId) => $"drafting:presence:{resolutionId:N}";

    private static RedisKey NodeKey(string nodeId) => $"drafting:node:{nodeId}";

    private static StampedPresence? Parse(RedisValue value)
    {
        try
        {
            return JsonSerializer.Deserialize<StampedPresence>(value.ToString(), DraftingJson.Options) is { Entry: not null } entry ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What Redis holds for a resolution: the live entries of the other nodes, and this node's connection ids there.</summary>
public sealed record SharedPresenceView(IReadOnlyList<StampedPresence> Others, IReadOnlyList<string> OwnConnections);
