using System.Text.Json;
using Drafting.Api.Platform;
using StackExchange.Redis;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// With Redis, tells every node at once when sessions end here (sign-out, sign-out everywhere, a new password, an
/// account disabled), so each closes its own hub connections of them and forgets its cached checks, instead of
/// waiting for the <see cref="EndedSessionSweep"/>. Pub/sub is at most once: a message lost while Redis is down is
/// covered by that sweep and by the check on every call.
/// </summary>
public sealed class SessionEndBroadcast(SharedRedis redis, Sessions sessions, ILogger<SessionEndBroadcast> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("drafting:sessions:ended");

    private readonly string node = Guid.NewGuid().ToString("N");

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        sessions.EndedHere += Publish;
        try
        {
            var connection = await redis.Connection.WaitAsync(cancellationToken);
            await connection.GetSubscriber().SubscribeAsync(Channel, (_, message) => Received(message));
        }
#pragma warning disable CA1031 // Redis may be down at start; the multiplexer keeps the handler and subscribes once it is back.
        catch (Exception failure) when (failure is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(failure, "Redis is unavailable: sessions ended on other nodes close connections here at the next sweep");
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        sessions.EndedHere -= Publish;
        return Task.CompletedTask;
    }

    private void Publish(string userId, string? sessionId)
    {
        var message = JsonSerializer.Serialize(new EndedMessage(node, userId, sessionId), EndedMessageContext.Default.EndedMessage);
        _ = PublishAsync(message);
    }

    private async Task PublishAsync(string message)
    {
        try
        {
            var connection = await redis.Connection;
            await connection.GetSubscriber().PublishAsync(Channel, message);
        }
#pragma warning disable CA1031 // Ending the session is stored already; the other nodes' sweep closes their connections.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            logger.LogWarning(failure, "Could not tell the other nodes that a session ended; their sweep will close its connections");
        }
    }

    private void Received(RedisValue value)
    {
        EndedMessage? message = null;
        try
        {
            message = JsonSerializer.Deserialize(value.ToString(), EndedMessageContext.Default.EndedMessage);
        }
        catch (JsonException failure)
        {
            logger.LogWarning(failure, "Ignored an unreadable ended-session message");
        }

        if (message is { UserId: { Length: > 0 } userId } && message.Node != node)
        {
            sessions.EndedElsewhere(userId, message.SessionId);
        }
    }
}

/// <summary>One ended-session message: the node that sent it, the account, and the one session or null for all.</summary>
/// <param name="Node">The sending node (it has closed its own connections already).</param>
/// <param name="UserId">The account.</param>
/// <param name="SessionId">The session, or null for every session of the account.</param>
public sealed record EndedMessage(string Node, string UserId, string? SessionId);

/// <summary>Source-generated JSON for <see cref="EndedMessage"/>.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(EndedMessage))]
internal sealed partial class EndedMessageContext : System.Text.Json.Serialization.JsonSerializerContext;
