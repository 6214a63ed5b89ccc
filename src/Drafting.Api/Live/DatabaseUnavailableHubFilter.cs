using Drafting.Api.Platform;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>
/// The hub's counterpart of the REST 503: a hub call that finds the database unreachable, its pool
/// exhausted or a statement timed out tells the caller so, and that nothing was stored and the call may be
/// repeated (with the same opId), instead of SignalR's bare "unexpected error".
/// </summary>
internal sealed class DatabaseUnavailableHubFilter(ILogger<DatabaseUnavailableHubFilter> logger) : IHubFilter
{
    /// <summary>The message a caller gets; clients may match on its start.</summary>
    public const string Message = ErrorCodes.Unavailable + ": Database unavailable: nothing was stored. Try again shortly with the same opId.";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception exception) when (DatabaseUnavailableExceptionHandler.IsUnavailable(exception))
        {
            logger.LogWarning(exception, "The database is unavailable for hub method {Method}", invocationContext.HubMethodName);
            throw new HubException(Message);
        }
    }
}
