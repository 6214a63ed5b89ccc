using Drafting.Api.Platform;
using Drafting.Api.Platform.Limits;
using Drafting.Contract;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Drafting.Api.Features.Accounts;

/// <summary>Sessions: bearer tokens for API clients, a cookie for the browser; refresh, sign-out, password change.</summary>
public static class AuthApi
{
    /// <summary>Name of the rate-limiting policy on password checks.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Maps <c>/api/auth</c>.</summary>
    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/token", IssueToken).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Exchange a user name and password for a bearer token (1 hour) and a refresh token");
        group.MapPost("/refresh", Refresh).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Exchange a refresh token for new tokens; the old pair stops working");
        group.MapPost("/sign-in", SignInWithCookie).AllowAnonymous().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Sign the browser in with a cookie");
        group.MapPost("/sign-out", SignOut).RequireAuthorization()
            .WithSummary("End this session (its token, refresh token, cookie and hub connections); ?everywhere=true ends every session of the account");
        group.MapPost("/password", ChangePassword).RequireAuthorization().RequireRateLimiting(SignInRateLimit)
            .WithSummary("Change your password; every other session of the account ends");
        return group;
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(
        CredentialsRequest request, AccountService accounts, SignInLimits limits, HttpContext http, CancellationToken cancellationToken)
    {
        if (Validate(request, limits, http) is { } invalid)
        {
            return invalid;
        }

        var account = await accounts.VerifyAsync(request.UserName!, request.Password!, cancellationToken);
        return Refuse(account) ?? (Results<SignInHttpResult, ProblemHttpResult>)TypedResults.SignIn(
            AccountPrincipal.For(account!, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, Sessions sessions, UserStore users, TimeProvider time, CancellationToken cancellationToken)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : bearer.Get(BearerTokenDefaults.AuthenticationScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || !await sessions.IsCurrentAsync(ticket.Principal, cancellationToken)
            || await users.FindByIdAsync(ticket.Principal.UserId(), cancellationToken) is not { IsDisabled: false } account
            // Rotation: the refresh token just used, and the access token issued with it, stop working. Ending the
            // session is the atomic step: of two uses at once, on any nodes, only the one that ended it gets tokens.
            || !await sessions.EndAsync(ticket.Principal, cancellationToken))
        {
            return ErrorResponses.Problem("The refresh token is unknown, expired or already used, or its session has ended; sign in again.",
                StatusCodes.Status401Unauthorized, "Refresh refused", ErrorCodes.Unauthenticated);
        }

        return TypedResults.SignIn(AccountPrincipal.For(account, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> SignInWithCookie(
        CredentialsRequest request, AccountService accounts, SignInLimits limits, HttpContext http, CancellationToken cancellationToken)
    {
        if (Validate(request, limits, http) is { } invalid)
        {
            return invalid;
        }

        var account = await accounts.VerifyAsync(request.UserName!, request.Password!, cancellationToken);
        if (Refuse(account) is { } refused)
        {
            return refused;
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(account!, CookieAuthenticationDefaults.AuthenticationScheme));
        return TypedResults.Ok(UserDto.From(account!));
    }

    private static async Task<NoContent> SignOut(HttpContext http, Sessions sessions, bool? everywhere, CancellationToken cancellationToken)
    {
        if (everywhere == true)
        {
            await sessions.EndAllAsync(http.User.UserId().ToString(), cancellationToken: cancellationToken);
        }
        else
        {
            await sessions.EndAsync(http.User, cancellationToken);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, HttpContext http, AccountService accounts, UserStore users, Sessions sessions, CancellationToken cancellationToken)
    {
        if (AccountRules.PasswordProblem(request.NewPassword) is { } problem)
        {
            return ErrorResponses.Problem(problem.Replace("password", "newPassword", StringComparison.Ordinal), StatusCodes.Status400BadRequest, "Invalid password", ErrorCodes.InvalidRequest);
        }

        var current = await users.FindByIdAsync(http.User.UserId(), cancellationToken);
        if (current is null || string.IsNullOrEmpty(request.CurrentPassword)
            || await accounts.VerifyAsync(current.UserName, request.CurrentPassword, cancellationToken) is null)
        {
            return ErrorResponses.Problem("currentPassword is not the account's password.", StatusCodes.Status400BadRequest, "Wrong password", ErrorCodes.InvalidRequest);
        }

        await sessions.EndAllAsync(current.Id, accounts.Hash(current, request.NewPassword!), cancellationToken: cancellationToken);
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            // The browser that changed the password stays signed in, on a new session.
            var renewed = await users.FindByIdAsync(http.User.UserId(), cancellationToken);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(renewed!, CookieAuthenticationDefaults.AuthenticationScheme));
        }

        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? Validate(CredentialsRequest request, SignInLimits limits, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Both userName and password are required.", statusCode: StatusCodes.Status400BadRequest, title: "Missing credentials");
        }

        if (!limits.TryTake(request.UserName, out var retryAfter))
        {
            var seconds = ParticipantLimits.Seconds(retryAfter);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ErrorResponses.Problem($"Too many sign-in attempts for this account; try again in {seconds} s.", StatusCodes.Status429TooManyRequests, "Too many attempts", ErrorCodes.RateLimited);
        }

        return null;
    }

    /// <summary>Why a verified account may not sign in, or null when it may.</summary>
    private static ProblemHttpResult? Refuse(UserAccount? account) => account switch
    {
        null => TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed"),
        { IsDisabled: true } => ErrorResponses.Problem("This account is disabled; ask the site administrator.", StatusCodes.Status403Forbidden, "Account disabled", ErrorCodes.Forbidden),
        _ => null,
    };
}
