using Dapper;

namespace Drafting.Api.Storage;

/// <summary>A stored account.</summary>
public sealed class UserAccount
{
    /// <summary>The account's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The sign-in name as typed at creation.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name shown to others.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The delegation or organization, e.g. "France" or "African Union".</summary>
    public string Organization { get; set; } = "";

    /// <summary>The <c>PasswordHasher</c> hash.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Whether this is a site admin.</summary>
    public bool IsAdmin { get; set; }
}

/// <summary>Accounts; names are unique regardless of case.</summary>
public sealed class UserStore(DraftingDatabase database, TimeProvider time)
{
    private const string Columns = "id, user_name, display_name, organization, password_hash, is_admin";

    /// <summary>Finds an account by sign-in name, ignoring case.</summary>
    public async Task<UserAccount?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE user_name_key = @key", new { key = Key(userName) }, cancellationToken: cancellationToken));
    }

    /// <summary>Finds an account by id.</summary>
    public async Task<UserAccount?> FindByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE id = @id", new { id = id.ToString() }, cancellationToken: cancellationToken));
    }

    /// <summary>Whether any site admin exists.</summary>
    public async Task<bool> AnyAdminAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE is_admin = 1", cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Creates an account; false when the name is taken.</summary>
    public async Task<bool> CreateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        // ON CONFLICT rather than a check first: two nodes creating the same name at once must not both pass the check.
        var created = await scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO users (id, user_name, user_name_key, display_name, organization, password_hash, is_admin, created_at)
            VALUES (@Id, @UserName, @key, @DisplayName, @Organization, @PasswordHash, @admin, @now)
            ON CONFLICT (user_name_key) DO NOTHING
            """,
            new { user.Id, user.UserName, key = Key(user.UserName), user.DisplayName, user.Organization, user.PasswordHash, admin = user.IsAdmin ? 1 : 0, now = EventLog.Timestamp(time.GetUtcNow()) },
            scope.Transaction, cancellationToken: cancellationToken));
        await scope.CommitAsync(cancellationToken);
        return created > 0;
    }

    /// <summary>Replaces the password hash of an account, e.g. when a hash is upgraded.</summary>
    public async Task UpdatePasswordHashAsync(string id, string hash, CancellationToken cancellationToken)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @hash WHERE id = @id", new { id, hash }, scope.Transaction, cancellationToken: cancellationToken));
        await scope.CommitAsync(cancellationToken);
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();
}
