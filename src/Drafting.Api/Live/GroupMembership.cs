using System.Collections.Concurrent;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Drafting.Api.Live;

/// <summary>
/// Adds connections to hub groups so that a join either works or visibly fails. With the Redis backplane,
/// the first member of a group on a node makes the node subscribe to the group's channel; if Redis is down
/// that subscription fails, yet SignalR keeps the connection recorded in the group, and every later join of
/// that group on this node would "succeed" without a subscription, deaf even after Redis is back. So a
/// failed add is undone and reported as unavailable (the client joins again), and adds of one group on this
/// node run one at a time, so no other join slips in between the failure and the undo.
/// </summary>
public sealed class GroupMembership(ILogger<GroupMembership> logger)
{
    /// <summary>The message a caller gets while groups cannot be joined; clients retry on "unavailable:".</summary>
    public const string Unavailable = ErrorCodes.Unavailable + ": Live delivery unavailable: the message bus cannot be reached. Join again shortly.";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _adding = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="connectionId"/> to <paramref name="group"/>, or leaves it out and throws <see cref="HubException"/>.</summary>
    public async Task AddAsync(IGroupManager groups, string connectionId, string group, CancellationToken cancellationToken)
    {
        var gate = _adding.GetOrAdd(group, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await groups.AddToGroupAsync(connectionId, group, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            logger.LogWarning(e, "Joining group {Group} failed; the backplane is unavailable", group);
            await RemoveAsync(groups, connectionId, group);
            throw new HubException(Unavailable);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Removes a connection from a group. The connection is out of the group on this node even when Redis
    /// refuses the unsubscribe; the channel then stays subscribed with nobody behind it, which costs nothing.
    /// </summary>
    public async Task RemoveAsync(IGroupManager groups, string connectionId, string group)
    {
        try
        {
            await groups.RemoveFromGroupAsync(connectionId, group);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            logger.LogWarning(e, "Unsubscribing from group {Group} failed; the backplane is unavailable", group);
        }
    }
}
