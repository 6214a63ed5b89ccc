using Dapper;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Accounts;

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

    /// <summary>Changes whenever every session of the account must end (sign out everywhere, new password, disabled).</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>Whether the site admin has disabled the account: it cannot sign in and its sessions have ended.</summary>
    public bool IsDisabled { get; set; }
}

/// <summary>What decides whether a session is still good: the account's stamp and state, and whether it was ended.</summary>
/// <param name="SecurityStamp">The account's current stamp.</param>
/// <param name="IsDisabled">Whether the account is disabled.</param>
/// <param name="Ended">Whether this session was ended on its own (signed out, refresh token used).</param>
public sealed record SessionState(string SecurityStamp, bool IsDisabled, bool Ended);

/// <summary>Accounts; names are unique regardless of case.</summary>
public sealed class UserStore(DraftingDatabase database, TimeProvider time)
{
    private const string Columns = "id, user_name, display_name, organization, password_hash, is_admin, security_stamp, is_disabled";

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
            INSERT INTO users (id, user_name, user_name_key, display_name, organization, password_hash, is_admin, created_at, security_stamp)
            VALUES (@Id, @UserName, @key, @DisplayName, @Organization, @PasswordHash, @admin, @now, @SecurityStamp)
            ON CONFLICT (user_name_key) DO NOTHING
            """,
            new { user.Id, user.UserName, key = Key(user.UserName), user.DisplayName, user.Organization, user.PasswordHash, user.SecurityStamp, admin = user.IsAdmin ? 1 : 0, now = EventLog.Timestamp(time.GetUtcNow()) },
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

    /// <summary>Every account, by name, for the site admin.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<UserAccount>(new CommandDefinition(
            $"SELECT {Columns} FROM users ORDER BY user_name_key", cancellationToken: cancellationToken))];
    }

    /// <summary>The state that decides whether session <paramref name="sessionId"/> of account <paramref name="userId"/> is still good; null for no such account.</summary>
    public async Task<SessionState?> SessionStateAsync(string userId, string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Stamp, long Disabled, long Ended)>(new CommandDefinition(
            """
            SELECT security_stamp, is_disabled, (SELECT COUNT(*) FROM ended_sessions WHERE session_id = @sessionId)
            FROM users WHERE id = @userId
            """,
            new { userId, sessionId }, cancellationToken: cancellationToken));
        return row.Stamp is null ? null : new SessionState(row.Stamp, row.Disabled != 0, row.Ended > 0);
    }

    /// <summary>The current stamps of the given accounts (disabled ones get none), for checking open connections in one query.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StampsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Stamp)>(new CommandDefinition(
            $"SELECT id, security_stamp FROM users WHERE {AnyOf("id", "userIds")} AND is_disabled = 0", new { userIds = userIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Id, row => row.Stamp);
    }

    /// <summary>Which of the given sessions were ended one by one (signed out, refresh token used).</summary>
    public async Task<IReadOnlySet<string>> EndedAmongAsync(IReadOnlyCollection<string> sessionIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT session_id FROM ended_sessions WHERE {AnyOf("session_id", "sessionIds")}", new { sessionIds = sessionIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// "column is one of @list": Dapper spells <c>IN @list</c> out as one parameter per item on SQLite, but hands Npgsql
    /// the array whole, where only <c>= ANY(@list)</c> reads it.
    /// </summary>
    private string AnyOf(string column, string parameter) =>
        database.Provider == DatabaseProvider.PostgreSql ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";

    /// <summary>Changes what is given: a new stamp (ending every session), password hash, disabled state or display name.</summary>
    public async Task<bool> UpdateAsync(string id, string? newStamp, string? passwordHash = null, bool? disabled = null, string? displayName = null, string? organization = null, CancellationToken cancellationToken = default)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        var updated = await scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE users SET security_stamp = COALESCE(@newStamp, security_stamp),
                password_hash = COALESCE(@passwordHash, password_hash),
                is_disabled = COALESCE(@disabled, is_disabled),
                display_name = COALESCE(@displayName, display_name),
                organization = COALESCE(@organization, organization)
            WHERE id = @id
            """,
            new { id, newStamp, passwordHash, disabled = disabled is { } flag ? (flag ? 1 : 0) : (int?)null, displayName, organization }, scope.Transaction, cancellationToken: cancellationToken));
        await scope.CommitAsync(cancellationToken);
        return updated > 0;
    }

    /// <summary>
    /// Ends one session until <paramref name="expiresAt"/>, when no token of it can be valid any more; forgets sessions
    /// past theirs. True when this call ended it: of two nodes ending the same session at once, one gets true.
    /// </summary>
    public async Task<bool> EndSessionAsync(string sessionId, string userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        // The row's key decides: a second insert of the same session waits for the first and then inserts nothing.
        var ended = await scope.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ended_sessions (session_id, user_id, expires_at) VALUES (@sessionId, @userId, @expires) ON CONFLICT (session_id) DO NOTHING",
            new { sessionId, userId, expires = EventLog.Timestamp(expiresAt) }, scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM ended_sessions WHERE expires_at < @now", new { now = EventLog.Timestamp(time.GetUtcNow()) }, scope.Transaction, cancellationToken: cancellationToken));
        await scope.CommitAsync(cancellationToken);
        return ended > 0;
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();
}
