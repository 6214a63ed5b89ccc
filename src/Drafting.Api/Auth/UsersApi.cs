using System.Security.Claims;
using Drafting.Api.Resolutions;
using Drafting.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Auth;

/// <summary>Accounts: the site admin creates them; everyone can see who they are signed in as.</summary>
public static class UsersApi
{
    /// <summary>Maps <c>/api/users</c>.</summary>
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization();
        group.MapPost("/", CreateUser).RequireAuthorization(policy => policy.RequireRole(CurrentUser.AdminRole))
            .WithSummary("Create an account (site admin)");
        group.MapGet("/me", Me).WithSummary("The signed-in account");
        return group;
    }

    private static async Task<Results<Created<UserDto>, ProblemHttpResult>> CreateUser(CreateUserRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 100 || request.UserName.Any(char.IsControl))
        {
            problems.Add("userName is required: 1 to 100 characters, no control characters.");
        }

        if (request.Password is null || request.Password.Length < 10 || request.Password.Length > 200)
        {
            problems.Add("password is required: 10 to 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 200)
        {
            problems.Add("displayName is required: 1 to 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(request.Organization) || request.Organization.Length > 200)
        {
            problems.Add("organization is required (a delegation, regional organization or the Secretariat): 1 to 200 characters.");
        }

        if (problems.Count > 0)
        {
            return TypedResults.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid account");
        }

        var account = await accounts.CreateAsync(request.UserName!, request.Password!, request.DisplayName!, request.Organization!, request.IsAdmin ?? false, cancellationToken);
        return account is null
            ? TypedResults.Problem($"The user name '{request.UserName!.Trim()}' is taken.", statusCode: StatusCodes.Status409Conflict, title: "User name taken")
            : TypedResults.Created($"/api/users/{account.Id}", UserDto.From(account));
    }

    private static async Task<Results<Ok<UserDto>, NotFound>> Me(ClaimsPrincipal user, UserStore users, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(user.UserId(), cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(UserDto.From(account));
    }
}
