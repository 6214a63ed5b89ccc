namespace Drafting.Api.Features.Accounts;

/// <summary>What an account's fields must be, in one place for creation, renaming and password changes.</summary>
public static class AccountRules
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 10;

    /// <summary>Why a user name is refused, or null.</summary>
    public static string? UserNameProblem(string? userName) =>
        string.IsNullOrWhiteSpace(userName) || userName.Length > 100 || userName.Any(char.IsControl)
            ? "userName is required: 1 to 100 characters, no control characters."
            : null;

    /// <summary>Why a password is refused, or null.</summary>
    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinimumPasswordLength || password.Length > 200
            ? $"password is required: {MinimumPasswordLength} to 200 characters."
            : null;

    /// <summary>Why a display name is refused, or null.</summary>
    public static string? DisplayNameProblem(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName.Length > 200 || displayName.Any(char.IsControl)
            ? "displayName is required: 1 to 200 characters on one line."
            : null;

    /// <summary>Why an organization is refused, or null.</summary>
    public static string? OrganizationProblem(string? organization) =>
        string.IsNullOrWhiteSpace(organization) || organization.Length > 200 || organization.Any(char.IsControl)
            ? "organization is required (a delegation, regional organization or the Secretariat): 1 to 200 characters on one line."
            : null;
}
