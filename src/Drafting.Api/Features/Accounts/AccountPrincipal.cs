using System.Security.Claims;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Accounts;

/// <summary>The claims of a new session, read back through <see cref="CurrentUser"/>.</summary>
public static class AccountPrincipal
{
    /// <summary>The principal for an account, starting a new session.</summary>
    public static ClaimsPrincipal For(UserAccount account, string scheme)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id),
            new(Sessions.SessionClaim, Guid.NewGuid().ToString("N")),
            new(Sessions.StampClaim, account.SecurityStamp),
            new(ClaimTypes.Name, account.UserName),
            new(CurrentUser.DisplayNameClaim, account.DisplayName),
            new(CurrentUser.OrganizationClaim, account.Organization),
        ];
        if (account.IsAdmin)
        {
            claims.Add(new Claim(ClaimTypes.Role, CurrentUser.AdminRole));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
