using System.Security.Claims;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Notifications;

/// <summary>The signed-in user's notifications: what needs them across their resolutions, and what they have read.</summary>
public static class NotificationsApi
{
    /// <summary>Maps <c>/api/notifications</c>.</summary>
    public static RouteGroupBuilder MapNotifications(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", List).WithSummary("Your notifications, newest first, paged (?limit, ?after); ?unread=true for the unread ones, ?resolutionId= for one resolution");
        group.MapPost("/read", MarkRead).WithSummary("Mark your notifications read up to and including upTo (a notification id)");
        return group;
    }

    private static async Task<Results<Ok<List<NotificationDto>>, ProblemHttpResult>> List(
        bool? unread, Guid? resolutionId, int? limit, string? after, HttpContext http, NotificationStore notifications, CancellationToken cancellationToken)
    {
        var (size, start, problem) = Paging.Read(limit, after);
        if (problem is not null)
        {
            return problem;
        }

        var (page, next) = await notifications.PageAsync(http.User.UserId(), unread == true, resolutionId, start, size, cancellationToken);
        Paging.LinkNext(http, next);
        return TypedResults.Ok(page.Select(NotificationMapping.ToDto).ToList());
    }

    private static async Task<Results<Ok<UnreadDto>, ProblemHttpResult>> MarkRead(MarkReadRequest request, ClaimsPrincipal user, NotificationStore notifications, CancellationToken cancellationToken)
    {
        if (request.UpTo is not { } upTo || upTo < 1)
        {
            return Refusal.Invalid("upTo: the id of the newest notification read (a whole number from 1), from GET /api/notifications.").ToProblem();
        }

        return TypedResults.Ok(new UnreadDto(await notifications.MarkReadAsync(user.UserId(), upTo, request.ResolutionId, cancellationToken)));
    }
}
