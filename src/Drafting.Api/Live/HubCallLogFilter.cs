using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>
/// Logs each hub call that does not succeed, once: a refusal (a <see cref="HubException"/>: not allowed, frozen, rate
/// limited…) is the caller's business and takes one line at Information with the method and the error code — never the
/// message, which may quote a private comment or clause; anything else is a fault and is logged at Error with its stack
/// trace. SignalR's own dispatcher would log both at Error with a stack trace, so its category is held at Critical
/// (see <c>ApplicationServices</c>) and this filter, the outermost, speaks instead.
/// </summary>
internal sealed class HubCallLogFilter(ILogger<HubCallLogFilter> logger) : IHubFilter
{
    /// <summary>The log category of SignalR's dispatcher, whose "Failed to invoke hub method" this filter replaces.</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refused)
        {
            logger.LogInformation("Hub call {Method} refused: {Code}", invocationContext.HubMethodName, ErrorCodes.FromHubMessage(refused.Message) ?? "refused");
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Hub call {Method} failed", invocationContext.HubMethodName);
            throw;
        }
    }
}
