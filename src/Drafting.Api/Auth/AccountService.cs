using Drafting.Api.Storage;
using Microsoft.AspNetCore.Identity;

namespace Drafting.Api.Auth;

/// <summary>Checks passwords and creates accounts with hashed passwords.</summary>
public sealed class AccountService(UserStore users, IPasswordHasher<UserAccount> hasher)
{
    /// <summary>A hash that no password matches, checked for unknown names so that they take as long as a wrong password.</summary>
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString()));

    /// <summary>The account when the password matches, else null.</summary>
    public async Task<UserAccount?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await users.FindByNameAsync(userName, cancellationToken);
        if (account is null)
        {
            // The same work as for a known name: the answer's timing must not tell which names exist.
            hasher.VerifyHashedPassword(new UserAccount(), UnknownUserHash.Value, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.UpdatePasswordHashAsync(account.Id, hasher.HashPassword(account, password), cancellationToken);
        }

        return result == PasswordVerificationResult.Failed ? null : account;
    }

    /// <summary>The hash to store for a new password of <paramref name="account"/>.</summary>
    public string Hash(UserAccount account, string password) => hasher.HashPassword(account, password);

    /// <summary>Creates an account; null when the name is taken.</summary>
    public async Task<UserAccount?> CreateAsync(string userName, string password, string displayName, string organization, bool isAdmin, CancellationToken cancellationToken)
    {
        var account = new UserAccount
        {
            Id = Guid.NewGuid().ToString(),
            UserName = userName.Trim(),
            DisplayName = displayName.Trim(),
            Organization = organization.Trim(),
            IsAdmin = isAdmin,
            SecurityStamp = Sessions.NewStamp(),
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        return await users.CreateAsync(account, cancellationToken) ? account : null;
    }
}
