using Drafting.Api.Storage;

namespace Drafting.Api.Auth;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it, rather than a silent default.

/// <summary>Credentials for a token or a cookie.</summary>
public sealed record CredentialsRequest(string? UserName, string? Password);

/// <summary>A new account.</summary>
public sealed record CreateUserRequest(string? UserName, string? Password, string? DisplayName, string? Organization, bool? IsAdmin);

/// <summary>An account as others may see it.</summary>
public sealed record UserDto(string Id, string UserName, string DisplayName, string Organization, bool IsAdmin)
{
    /// <summary>The public form of an account.</summary>
    public static UserDto From(UserAccount account) => new(account.Id, account.UserName, account.DisplayName, account.Organization, account.IsAdmin);
}
