using Drafting.Api.Platform;
using Drafting.Api.Platform.Limits;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Live;

/// <summary>
/// Hub calls spend the same per-user budgets as their REST twins; a refused call stores nothing. A connection that
/// keeps calling regardless (<see cref="RefusalsBeforeClosing"/> refusals within <see cref="RefusalWindow"/>) is
/// closed, and its user may not reconnect for that window: answering a flood one refusal at a time would still cost
/// everyone else the server's time.
/// </summary>
public sealed class ParticipantLimitsHubFilter(ParticipantLimits limits, TimeProvider time, ILogger<ParticipantLimitsHubFilter> logger) : IHubFilter
{
    /// <summary>Refusals a connection may collect within <see cref="RefusalWindow"/> before it is closed.</summary>
    public const int RefusalsBeforeClosing = 200;

    /// <summary>The window in which refusals are counted.</summary>
    public static readonly TimeSpan RefusalWindow = TimeSpan.FromSeconds(10);

    private const string RefusalsItem = "Drafting.Refusals";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (BudgetOf(invocationContext.HubMethodName) is { } budget && context.User is { } user
            && await limits.TryTakeAsync(user.UserId().ToString(), budget) is (false, var retryAfter))
        {
            if (CountRefusal(context) > RefusalsBeforeClosing)
            {
                logger.LogWarning("Closing the hub connection of user {UserId}: it kept calling {Method} while refused", user.UserId(), invocationContext.HubMethodName);
                limits.HoldOff(user.UserId().ToString(), RefusalWindow);
                context.Abort();
            }

            throw new HubException(ErrorCodes.HubMessage(ErrorCodes.RateLimited, ParticipantLimits.Refusal(budget, retryAfter)));
        }

        return await next(invocationContext);
    }

    /// <inheritdoc />
    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        // A connection closed for flooding does not come straight back: its user waits out the window.
        if (context.Context.User is { } user && limits.IsHeldOff(user.UserId().ToString(), out var remaining))
        {
            throw new HubException(ErrorCodes.HubMessage(ErrorCodes.RateLimited,
                $"This account's connection was closed for sending too many refused calls; reconnect in {ParticipantLimits.Seconds(remaining)} s."));
        }

        return next(context);
    }

    /// <summary>The budget a hub method spends: named here so that a new writing method is a visible decision.</summary>
    public static Budget? BudgetOf(string hubMethodName) => hubMethodName switch
    {
        HubMethods.EditClause => Budget.Edits,
        HubMethods.Propose => Budget.Proposals,
        HubMethods.AddComment => Budget.Comments,
        HubMethods.SetFocus => Budget.Focus,
        HubMethods.CatchUp or HubMethods.JoinResolution => Budget.Reads,
        _ => null,
    };

    private int CountRefusal(HubCallerContext context)
    {
        var now = time.GetUtcNow();
        var (since, count) = context.Items.TryGetValue(RefusalsItem, out var item) && item is (DateTimeOffset start, int seen) && now - start < RefusalWindow
            ? (start, seen)
            : (now, 0);
        context.Items[RefusalsItem] = (since, count + 1);
        return count + 1;
    }
}
