using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// Treats a request whose token or cookie belongs to an ended session as anonymous, so every endpoint answers 401:
/// signed out, refreshed, password changed, or account disabled. A stale cookie is also removed from the browser.
/// </summary>
public sealed class EndedSessionGuard(RequestDelegate next, Sessions sessions)
{
    /// <summary>Checks the signed-in user's session, then passes the request on.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true && !await sessions.IsCurrentAsync(http.User, http.RequestAborted))
        {
            if (http.User.Identity.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
            {
                http.Response.Cookies.Delete(ApplicationCookie.Name);
            }

            http.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(http);
    }
}

/// <summary>The browser's session cookie.</summary>
public static class ApplicationCookie
{
    /// <summary>Its name.</summary>
    public const string Name = "drafting";
}
