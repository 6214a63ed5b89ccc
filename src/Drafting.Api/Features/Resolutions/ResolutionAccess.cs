using Drafting.Api.Platform;
using Drafting.Api.Platform.Limits;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// Guards every endpoint under <c>/api/resolutions/{id}</c>: 404 when the resolution does not exist,
/// 403 when the caller's role on it (see <see cref="Permissions"/>) does not allow the endpoint's permission,
/// 429 when a writing call would overspend the caller's <see cref="ParticipantLimits">budget</see>.
/// </summary>
public static class ResolutionAccess
{
    private const string RoleItem = "Drafting.ParticipantRole";

    /// <summary>Requires <paramref name="permission"/> on the resolution named by the route's <c>id</c>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .WithMetadata(permission)
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                // Routing answers 404 to an id that is not a GUID: every such endpoint's route constrains it ({id:guid}).
                var resolutionId = Guid.Parse((string)http.GetRouteValue("id")!, System.Globalization.CultureInfo.InvariantCulture);
                var participants = http.RequestServices.GetRequiredService<ParticipantStore>();
                var role = await participants.GetRoleAsync(resolutionId, http.User.UserId(), http.RequestAborted);
                if (role is null && !await http.RequestServices.GetRequiredService<ResolutionStore>().ExistsAsync(resolutionId, http.RequestAborted))
                {
                    return Refusal.NotFound($"There is no resolution {resolutionId}.").ToProblem();
                }

                // A site admin can always appoint a pen-holder, so that no resolution is left without one to manage it.
                var adminAppoints = permission == Permission.ManageParticipants && http.User.IsInRole(CurrentUser.AdminRole);
                if (!adminAppoints && Permissions.Check(role, permission) is { } refusal)
                {
                    return refusal.ToProblem();
                }

                if (ParticipantLimits.For(permission, http.Request.Method) is { } budget
                    && await http.RequestServices.GetRequiredService<ParticipantLimits>().TryTakeAsync(http.User.UserId().ToString(), budget) is (false, var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ParticipantLimits.Seconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return ErrorResponses.Problem(ParticipantLimits.Refusal(budget, retryAfter), StatusCodes.Status429TooManyRequests, "Too many requests", Contract.ErrorCodes.RateLimited);
                }

                http.Items[RoleItem] = role ?? ParticipantRole.Penholder;
                return await next(context);
            })
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The caller's role, as checked by <see cref="RequirePermission{TBuilder}"/>.</summary>
    public static ParticipantRole Role(this HttpContext http) =>
        http.Items[RoleItem] as ParticipantRole? ?? throw new InvalidOperationException("RequirePermission did not run for this endpoint.");

    /// <summary>The signed-in user's id.</summary>
    public static Guid Actor(this HttpContext http) => http.User.UserId();
}
