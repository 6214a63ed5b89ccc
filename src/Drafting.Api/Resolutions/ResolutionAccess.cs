using Drafting.Api.Auth;
using Drafting.Api.Storage;

namespace Drafting.Api.Resolutions;

/// <summary>
/// Guards every endpoint under <c>/api/resolutions/{id}</c>: 404 when the resolution does not exist,
/// 403 when the caller's role on it (see <see cref="Permissions"/>) does not allow the endpoint's permission.
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
                if (!Guid.TryParse(http.GetRouteValue("id") as string, out var resolutionId))
                {
                    return TypedResults.Problem("The resolution id in the URL is not a valid id.", statusCode: StatusCodes.Status404NotFound, title: "No such resolution");
                }

                var participants = http.RequestServices.GetRequiredService<ParticipantStore>();
                var role = await participants.GetRoleAsync(resolutionId, http.User.UserId(), http.RequestAborted);
                if (role is null)
                {
                    var exists = await http.RequestServices.GetRequiredService<ResolutionStore>().ExistsAsync(resolutionId, http.RequestAborted);
                    return exists
                        ? TypedResults.Problem("You do not take part in this resolution; ask its pen-holder to add you.", statusCode: StatusCodes.Status403Forbidden, title: "Not a participant")
                        : TypedResults.Problem($"There is no resolution {resolutionId}.", statusCode: StatusCodes.Status404NotFound, title: "No such resolution");
                }

                if (!role.Value.Allows(permission))
                {
                    return TypedResults.Problem(
                        $"Your role on this resolution ({role.Value.ToString().ToLowerInvariant()}) does not allow {Describe(permission)}.",
                        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for your role");
                }

                http.Items[RoleItem] = role.Value;
                return await next(context);
            })
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The caller's role, as checked by <see cref="RequirePermission{TBuilder}"/>.</summary>
    public static ParticipantRole Role(this HttpContext http) =>
        http.Items[RoleItem] as ParticipantRole? ?? throw new InvalidOperationException("RequirePermission did not run for this endpoint.");

    /// <summary>The signed-in user's id.</summary>
    public static Guid Actor(this HttpContext http) => http.User.UserId();

    private static string Describe(Permission permission) => permission switch
    {
        Permission.Read => "reading it",
        Permission.Edit => "editing its text",
        Permission.Comment => "commenting",
        Permission.ManageSponsors => "changing its sponsors",
        Permission.ManageParticipants => "managing its participants",
        Permission.Publish => "publishing revisions",
        Permission.Export => "exporting it",
        Permission.ChangeStage => "changing its stage",
        _ => permission.ToString(),
    };
}
