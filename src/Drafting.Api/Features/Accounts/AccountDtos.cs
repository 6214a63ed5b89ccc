using System.ComponentModel.DataAnnotations;

namespace Drafting.Api.Features.Accounts;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it, rather than a silent default.

/// <summary>Credentials for a token or a cookie.</summary>
public sealed record CredentialsRequest([property: Required] string? UserName = null, [property: Required] string? Password = null);

/// <summary>A refresh token from <c>/api/auth/token</c> or <c>/api/auth/refresh</c>.</summary>
public sealed record RefreshRequest([property: Required] string? RefreshToken = null);

/// <summary>A password change by the account's owner.</summary>
public sealed record ChangePasswordRequest([property: Required] string? CurrentPassword = null, [property: Required] string? NewPassword = null);

/// <summary>What the site admin changes on an account; members left out stay as they are.</summary>
public sealed record UpdateUserRequest(string? DisplayName = null, string? Organization = null, bool? Disabled = null, string? Password = null);

/// <summary>A new account.</summary>
public sealed record CreateUserRequest([property: Required] string? UserName = null, [property: Required] string? Password = null, [property: Required] string? DisplayName = null, [property: Required] string? Organization = null, bool? IsAdmin = null);

/// <summary>An account as others may see it.</summary>
public sealed record UserDto(string Id, string UserName, string DisplayName, string Organization, bool IsAdmin, bool IsDisabled)
{
    /// <summary>The public form of an account.</summary>
    public static UserDto From(UserAccount account) => new(account.Id, account.UserName, account.DisplayName, account.Organization, account.IsAdmin, account.IsDisabled);
}
