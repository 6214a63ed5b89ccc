using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Drafting.Api.Storage;

/// <summary>
/// The SQLite database: connections with foreign keys and a busy timeout, WAL journaling, and one
/// writer at a time so that every change and its event are written in one short transaction.
/// </summary>
public sealed class DraftingDatabase(string connectionString) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    static DraftingDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>The connection string in use.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>Opens a connection for reading.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        // WAL with synchronous=NORMAL: a commit survives a crash or restart of the process (the WAL is
        // written before the acknowledgement); only an OS crash or power loss can lose the last commits.
        pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Waits for the single writer slot and begins a transaction; dispose to roll back if not committed.</summary>
    public async Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var connection = await OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new WriteScope(connection, transaction, _writer);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}

/// <summary>A write transaction holding the writer slot until disposed.</summary>
public sealed class WriteScope(DbConnection connection, DbTransaction transaction, SemaphoreSlim writer) : IAsyncDisposable
{
    /// <summary>The open connection.</summary>
    public DbConnection Connection { get; } = connection;

    /// <summary>The transaction every command of this scope runs in.</summary>
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>Commits the transaction.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            writer.Release();
        }
    }
}
