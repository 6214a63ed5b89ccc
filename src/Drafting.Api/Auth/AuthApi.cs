using Drafting.Api.Resolutions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Auth;

/// <summary>Sign-in: bearer tokens for API clients, a cookie for the browser.</summary>
public static class AuthApi
{
    /// <summary>Name of the rate-limiting policy on password checks.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Maps <c>/api/auth</c>.</summary>
    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/token", IssueToken).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Exchange a user name and password for a bearer token");
        group.MapPost("/sign-in", SignInWithCookie).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Sign the browser in with a cookie");
        group.MapPost("/sign-out", (Delegate)SignOut).RequireAuthorization()
            .WithSummary("Sign the browser out");
        return group;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(CredentialsRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var account = await accounts.VerifyAsync(request.UserName!, request.Password!, cancellationToken);
        return account is null
            ? WrongCredentials()
            : TypedResults.SignIn(CurrentUser.Principal(account, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> SignInWithCookie(CredentialsRequest request, AccountService accounts, HttpContext http, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var account = await accounts.VerifyAsync(request.UserName!, request.Password!, cancellationToken);
        if (account is null)
        {
            return WrongCredentials();
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CurrentUser.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return TypedResults.Ok(UserDto.From(account));
    }

    private static async Task<NoContent> SignOut(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? Validate(CredentialsRequest request) =>
        string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password)
            ? TypedResults.Problem("Both userName and password are required.", statusCode: StatusCodes.Status400BadRequest, title: "Missing credentials")
            : null;

    private static ProblemHttpResult WrongCredentials() =>
        TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
}
