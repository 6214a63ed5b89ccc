using System.Globalization;
using Dapper;

namespace Drafting.Api.Platform;

/// <summary>
/// Applies the numbered SQL files under <c>Storage/Migrations/Sqlite</c> or <c>Storage/Migrations/PostgreSql</c>
/// (per provider) that the database has not seen yet.
/// </summary>
public sealed class MigrationRunner(DraftingDatabase database, TimeProvider time, ILogger<MigrationRunner> logger)
{
    /// <summary>Any fixed number: the advisory lock that lets only one starting node migrate at a time.</summary>
    private const long MigrationLock = 0x44726166;

    private string Prefix => $"Drafting.Api.Migrations.{database.Provider}/";

    /// <summary>Brings the schema up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        }

        await using var scope = await database.BeginWriteAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Nodes starting together: the second waits here, then finds the migrations applied (DDL is transactional).
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, scope.Transaction, cancellationToken: cancellationToken));
        }

        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            transaction: scope.Transaction, cancellationToken: cancellationToken));
        var applied = (await scope.Connection.QueryAsync<int>(new CommandDefinition(
            "SELECT version FROM schema_migrations", transaction: scope.Transaction, cancellationToken: cancellationToken))).ToHashSet();

        foreach (var (version, name, sql) in Migrations().Where(m => !applied.Contains(m.Version)))
        {
            // No time limit: rebuilding a large library's index takes minutes, and a timeout would roll the migration back and keep the node from starting.
            await scope.Connection.ExecuteAsync(new CommandDefinition(sql, transaction: scope.Transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
                new { version, name, appliedAt = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
                scope.Transaction, cancellationToken: cancellationToken));
            logger.LogInformation("Applied migration {Name}", name);
        }

        await scope.CommitAsync(cancellationToken);
    }

    private IEnumerable<(int Version, string Name, string Sql)> Migrations()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = Prefix;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
