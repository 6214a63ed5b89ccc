using Drafting.Api.Auth;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Limits;

/// <summary>Hub calls spend the same per-user budgets as their REST twins; a refused call stores nothing.</summary>
public sealed class ParticipantLimitsHubFilter(ParticipantLimits limits) : IHubFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (BudgetOf(invocationContext.HubMethodName) is { } budget && invocationContext.Context.User is { } user
            && !limits.TryTake(user.UserId().ToString(), budget, out var retryAfter))
        {
            throw new HubException(ErrorCodes.HubMessage(ErrorCodes.RateLimited, ParticipantLimits.Refusal(budget, retryAfter)));
        }

        return next(invocationContext);
    }

    /// <summary>The budget a hub method spends: named here so that a new writing method is a visible decision.</summary>
    public static Budget? BudgetOf(string hubMethodName) => hubMethodName switch
    {
        "EditClause" => Budget.Edits,
        "Propose" => Budget.Proposals,
        "AddComment" => Budget.Comments,
        "SetFocus" => Budget.Focus,
        _ => null,
    };
}
