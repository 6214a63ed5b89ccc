using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// The hub connections open on this node by account and session, so that ending a session closes its connections
/// at once instead of letting them listen on.
/// </summary>
public sealed class OpenHubSessions
{
    private readonly ConcurrentDictionary<string, HubCallerContext> connections = new();

    /// <summary>Follows the sessions ended on this node.</summary>
    public OpenHubSessions(Sessions sessions) => sessions.Ended += Close;

    /// <summary>Starts following a connection.</summary>
    public void Add(HubCallerContext context) => connections[context.ConnectionId] = context;

    /// <summary>Stops following a connection.</summary>
    public void Remove(HubCallerContext context) => connections.TryRemove(context.ConnectionId, out _);

    /// <summary>The connections open now.</summary>
    public IReadOnlyCollection<HubCallerContext> All => [.. connections.Values];

    /// <summary>Closes the connections of an account (of one session when <paramref name="sessionId"/> is given).</summary>
    public void Close(string userId, string? sessionId)
    {
        foreach (var context in connections.Values)
        {
            if (context.User is { } user && Sessions.Identify(user) is var (owner, session, _) && owner == userId && (sessionId is null || session == sessionId))
            {
                context.Abort();
            }
        }
    }
}
