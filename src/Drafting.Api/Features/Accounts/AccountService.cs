using Microsoft.AspNetCore.Identity;

namespace Drafting.Api.Features.Accounts;

/// <summary>Checks passwords and creates accounts with hashed passwords.</summary>
public sealed class AccountService(UserStore users, IPasswordHasher<UserAccount> hasher)
{
    /// <summary>A hash that no password matches, checked for unknown names so that they take as long as a wrong password.</summary>
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), Guid.NewGuid().ToString()));

    /// <summary>
    /// Password checks running at once, at most one per core. A check is tens of milliseconds of CPU (the Identity
    /// default, PBKDF2, is not weakened); when a crowd signs in at once, the checks beyond this wait without holding a
    /// thread, so the thread pool stays free for hub calls and the people already in keep getting their edits.
    /// </summary>
    private static readonly SemaphoreSlim Checking = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>The account when the password matches, else null.</summary>
    public async Task<UserAccount?> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await users.FindByNameAsync(userName, cancellationToken);
        await Checking.WaitAsync(cancellationToken);
        PasswordVerificationResult result;
        try
        {
            result = hasher.VerifyHashedPassword(account ?? new UserAccount(), account?.PasswordHash ?? UnknownUserHash.Value, password);
        }
        finally
        {
            Checking.Release();
        }

        if (account is null)
        {
            // The same work as for a known name (the check above, on a hash no password matches): the answer's
            // timing must not tell which names exist.
            return null;
        }

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
