using System.Security.Cryptography;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// <c>dotnet run --project src/Drafting.Api -- reset-admin-password</c>: gives the account named "admin" a new password
/// (<c>Drafting__AdminPassword</c>, or a random one printed once), enables it and ends its sessions, then exits.
/// For the day the one-time password printed at first start is lost.
/// </summary>
public static class AdminPasswordReset
{
    /// <summary>The command-line argument that runs the reset instead of the service.</summary>
    public const string Command = "reset-admin-password";

    /// <summary>Resets the admin password and prints it (or says it came from configuration).</summary>
    public static async Task ResetAdminPasswordAsync(this WebApplication app)
    {
        string? password;
        try
        {
            password = await ResetAsync(app.Services, app.Configuration["Drafting:AdminPassword"], app.Lifetime.ApplicationStopping);
        }
        catch (InvalidOperationException failure)
        {
            Console.Error.WriteLine($"The admin password was not reset: {failure.Message}");
            Environment.ExitCode = 1;
            return;
        }

        Console.WriteLine(password is null
            ? "Admin account: password set from Drafting__AdminPassword; every session of the account has ended."
            : $"Admin account: user name 'admin', new password '{password}' (shown once); every session of the account has ended.");
    }

    /// <summary>Sets the new password; returns it when it was generated, null when it was configured.</summary>
    public static async Task<string?> ResetAsync(IServiceProvider services, string? configured, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        if (!string.IsNullOrEmpty(configured) && AccountRules.PasswordProblem(configured) is { } problem)
        {
            throw new InvalidOperationException($"Drafting__AdminPassword: {problem}");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserStore>();
        var admin = await users.FindByNameAsync("admin", cancellationToken) ?? throw new InvalidOperationException("There is no account named 'admin' in this database.");
        var password = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20) : configured;
        var hash = scope.ServiceProvider.GetRequiredService<AccountService>().Hash(admin, password);
        await scope.ServiceProvider.GetRequiredService<Sessions>().EndAllAsync(admin.Id, hash, disabled: false, cancellationToken);
        return string.IsNullOrEmpty(configured) ? password : null;
    }
}
