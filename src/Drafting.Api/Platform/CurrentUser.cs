using System.Security.Claims;

namespace Drafting.Api.Platform;

/// <summary>The claims Drafting puts in tokens and cookies, and how to read them.</summary>
public static class CurrentUser
{
    /// <summary>Claim holding the organization (delegation, regional organization, Secretariat).</summary>
    public const string OrganizationClaim = "organization";

    /// <summary>Claim holding the display name.</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>Role claim value of site admins.</summary>
    public const string AdminRole = "admin";

    /// <summary>The signed-in account's id.</summary>
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The principal carries no user id."));

    /// <summary>The signed-in account's display name, as shown beside its words.</summary>
    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim) ?? "";

    /// <summary>The signed-in account's organization: the audience of its organization-only comments.</summary>
    public static string Organization(this ClaimsPrincipal user) => user.FindFirstValue(OrganizationClaim) ?? "";
}
