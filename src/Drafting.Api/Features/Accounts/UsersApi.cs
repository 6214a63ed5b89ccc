using System.Security.Claims;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Participants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Accounts;

/// <summary>Accounts: the site admin creates, lists, renames, disables them and resets passwords; everyone sees who they are.</summary>
public static class UsersApi
{
    /// <summary>Maps <c>/api/users</c>.</summary>
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization();
        var admin = group.MapGroup("").RequireAuthorization(policy => policy.RequireRole(CurrentUser.AdminRole));
        admin.MapPost("/", CreateUser).WithSummary("Create an account (site admin)");
        admin.MapGet("/", List).WithSummary("Every account (site admin)");
        admin.MapPatch("/{id:guid}", Update)
            .WithSummary("Rename, move to another organization, disable or enable an account, or reset its password (site admin); a disable, a new password or a new organization ends its sessions");
        group.MapGet("/me", Me).WithSummary("The signed-in account");
        routes.MapGet("/api/organizations", ListOrganizations).RequireAuthorization().WithTags("Users")
            .WithSummary("The organizations accounts belong to: Member and observer States, regional organizations, the Secretariat, and any other in use");
        return group;
    }

    private static async Task<Ok<List<string>>> ListOrganizations(UserStore users, CancellationToken cancellationToken)
    {
        var inUse = (await users.ListAsync(cancellationToken)).Select(account => account.Organization);
        return TypedResults.Ok(Organizations.Known.Concat(inUse.Where(name => !Organizations.Known.Contains(name)).Distinct().Order()).ToList());
    }

    private static async Task<Results<Created<UserDto>, ProblemHttpResult>> CreateUser(CreateUserRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        string?[] problems =
        [
            AccountRules.UserNameProblem(request.UserName), AccountRules.PasswordProblem(request.Password),
            AccountRules.DisplayNameProblem(request.DisplayName), AccountRules.OrganizationProblem(request.Organization),
        ];
        if (problems.Any(problem => problem is not null))
        {
            return TypedResults.Problem(string.Join(" ", problems.OfType<string>()), statusCode: StatusCodes.Status400BadRequest, title: "Invalid account");
        }

        var (organization, organizationProblem) = ResolveOrganization(request.Organization!);
        if (organizationProblem is not null)
        {
            return organizationProblem;
        }

        var account = await accounts.CreateAsync(request.UserName!, request.Password!, request.DisplayName!, organization!, request.IsAdmin ?? false, cancellationToken);
        return account is null
            ? TypedResults.Problem($"The user name '{request.UserName!.Trim()}' is taken.", statusCode: StatusCodes.Status409Conflict, title: "User name taken")
            : TypedResults.Created($"/api/users/{account.Id}", UserDto.From(account));
    }

    private static async Task<Ok<List<UserDto>>> List(UserStore users, CancellationToken cancellationToken) =>
        TypedResults.Ok((await users.ListAsync(cancellationToken)).Select(UserDto.From).ToList());

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> Update(
        Guid id, UpdateUserRequest request, ClaimsPrincipal caller, UserStore users, AccountService accounts, Sessions sessions, CancellationToken cancellationToken)
    {
        string?[] problems =
        [
            request.DisplayName is null ? null : AccountRules.DisplayNameProblem(request.DisplayName),
            request.Organization is null ? null : AccountRules.OrganizationProblem(request.Organization),
            request.Password is null ? null : AccountRules.PasswordProblem(request.Password),
        ];
        if (problems.Any(problem => problem is not null))
        {
            return ErrorResponses.Problem(string.Join(" ", problems.OfType<string>()), StatusCodes.Status400BadRequest, "Invalid account", ErrorCodes.InvalidRequest);
        }

        if (request.Disabled == true && id == caller.UserId())
        {
            return ErrorResponses.Problem("You cannot disable your own account; another site admin can.", StatusCodes.Status409Conflict, "Own account", ErrorCodes.Conflict);
        }

        if (await users.FindByIdAsync(id, cancellationToken) is not { } account)
        {
            return ErrorResponses.Problem($"There is no account {id}.", StatusCodes.Status404NotFound, "No such account", ErrorCodes.NotFound);
        }

        string? organization = null;
        if (request.Organization is not null)
        {
            (organization, var organizationProblem) = ResolveOrganization(request.Organization);
            if (organizationProblem is not null)
            {
                return organizationProblem;
            }
        }

        var endsSessions = request.Disabled == true || request.Password is not null || (organization is not null && organization != account.Organization);
        await users.UpdateAsync(account.Id, endsSessions ? Sessions.NewStamp() : null,
            request.Password is null ? null : accounts.Hash(account, request.Password), request.Disabled, request.DisplayName?.Trim(), organization, cancellationToken);
        if (endsSessions)
        {
            sessions.Changed(account.Id);
        }

        return TypedResults.Ok(UserDto.From((await users.FindByIdAsync(id, cancellationToken))!));
    }

    /// <summary>The official spelling of an organization, or the refusal of a near miss naming the organization meant.</summary>
    private static (string? Name, ProblemHttpResult? Problem) ResolveOrganization(string organization)
    {
        var (name, didYouMean) = Organizations.Resolve(organization);
        return didYouMean is null
            ? (name, null)
            : (null, ErrorResponses.Problem($"organization '{organization.Trim()}' is not one Drafting knows; did you mean '{didYouMean}'? (GET /api/organizations lists them.)",
                StatusCodes.Status400BadRequest, "Unknown organization", ErrorCodes.InvalidRequest));
    }

    private static async Task<Results<Ok<UserDto>, NotFound>> Me(ClaimsPrincipal user, UserStore users, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(user.UserId(), cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(UserDto.From(account));
    }
}
