using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Features.Accounts;

/// <summary>Every hub call checks that the caller's session has not ended; an ended session's connection is closed.</summary>
public sealed class SessionHubFilter(Sessions sessions, OpenHubSessions open) : IHubFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (context.User is not { } user || !await sessions.IsCurrentAsync(user, context.ConnectionAborted))
        {
            context.Abort();
            throw new HubException(ErrorCodes.HubMessage(ErrorCodes.Unauthenticated, "Your session has ended (signed out, new password or account disabled); sign in again."));
        }

        return await next(invocationContext);
    }

    /// <inheritdoc />
    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        open.Add(context.Context);
        return next(context);
    }

    /// <inheritdoc />
    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        open.Remove(context.Context);
        return next(context, exception);
    }
}
