using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Drafting.Api.Platform;

/// <summary>
/// The database, SQLite or PostgreSQL. On SQLite (WAL, busy timeout) one writer at a time inside this process
/// serializes every change with its event. On PostgreSQL several nodes share the server, so a process-wide
/// lock would prove nothing: a write scope that names its resolution locks that resolution's row instead,
/// and every later read in the scope sees the state no other writer can change before the commit. Writers of
/// one resolution on this node also queue here, in memory, before taking a connection: a busy session then
/// holds one pooled connection per node waiting on the row lock instead of the whole pool.
/// </summary>
public sealed class DraftingDatabase : IDisposable
{
    private static readonly object Configured = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();

    private readonly SemaphoreSlim? _writer;
    private readonly NpgsqlDataSource? _postgres;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, SemaphoreSlim> _resolutionWriters = new();

    static DraftingDatabase() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>Uses PostgreSQL when the connection string starts with <c>Host=</c>, otherwise a SQLite file.</summary>
    public DraftingDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        Provider = connectionString.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            _postgres = PostgresDataSource(connectionString);
        }
        else
        {
            _writer = new SemaphoreSlim(1, 1);
        }
    }

    /// <summary>
    /// PostgreSQL's sessions without JIT compilation (<c>-c jit=off</c> in their startup options) unless the connection
    /// string sets <c>Options</c> itself: the agreed-language check's statements, each reading the candidates of 50
    /// paragraphs, are planned above <c>jit_above_cost</c>, and compiling each took 10-15 ms, more than most of them
    /// take to run. No statement of the service runs long enough for compiled code to pay for itself.
    /// </summary>
    private static NpgsqlDataSource PostgresDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Options ??= "-c jit=off";
        return builder.Build();
    }

    /// <summary>The connection string in use.</summary>
    public string ConnectionString { get; }

    /// <summary>The engine behind <see cref="ConnectionString"/>.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file holds every draft and password hash: readable and writable by the service's user only (0600).</summary>
    public void KeepFilePrivate()
    {
        if (Provider != DatabaseProvider.Sqlite || OperatingSystem.IsWindows())
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>What every resolution transaction writes after its events, before it commits (see <see cref="IEventFollower"/>).</summary>
    public IReadOnlyList<IEventFollower> Followers { get; init; } = [];

    /// <summary>
    /// A snapshot to read several statements from as of one moment, on a connection from <see cref="OpenAsync"/>: on
    /// SQLite a deferred transaction (Microsoft.Data.Sqlite's default is IMMEDIATE, which would take the write lock),
    /// on PostgreSQL a REPEATABLE READ one. Dispose it without committing.
    /// </summary>
    public static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>Opens a connection for reading.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Pooled connections keep their settings: configure each physical connection once, not on every open.
        if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
        {
            await using var pragmas = connection.CreateCommand();
            // WAL with synchronous=NORMAL: a commit survives a crash or restart of the process (the WAL is
            // written before the acknowledgement); only an OS crash or power loss can lose the last commits.
            pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            _configured.AddOrUpdate(handle, Configured);
        }

        return connection;
    }

    /// <summary>Opens a connection synchronously, for the few framework callbacks that are not async (data-protection keys).</summary>
    public DbConnection Open()
    {
        if (_postgres is not null)
        {
            return _postgres.OpenConnection();
        }

        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Begins a write transaction that touches no existing resolution (accounts, a new resolution).</summary>
    public Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken) => BeginWriteAsync(null, cancellationToken);

    /// <summary>
    /// Begins a write transaction; dispose to roll back if not committed. With <paramref name="resolutionId"/> on
    /// PostgreSQL, the resolution's row is locked first, so load → decide → store runs on a state no other node can
    /// change meanwhile (the same row lock later serializes its <c>seq</c>).
    /// </summary>
    public async Task<WriteScope> BeginWriteAsync(Guid? resolutionId, CancellationToken cancellationToken)
    {
        var writer = _writer ?? (resolutionId is { } queued ? _resolutionWriters.GetOrAdd(queued, _ => new SemaphoreSlim(1, 1)) : null);
        if (writer is not null)
        {
            await writer.WaitAsync(cancellationToken);
        }

        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (_postgres is not null && resolutionId is { } id)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT id FROM resolutions WHERE id = @rid FOR UPDATE", new { rid = id.ToString() }, transaction, cancellationToken: cancellationToken));
            }

            return new WriteScope(connection, transaction, writer);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            writer?.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer?.Dispose();
        _postgres?.Dispose();
        foreach (var writer in _resolutionWriters.Values)
        {
            writer.Dispose();
        }
    }
}

/// <summary>A write transaction holding the writer slot (SQLite, or the resolution's on this node) and its row locks (PostgreSQL) until disposed.</summary>
public sealed class WriteScope(DbConnection connection, DbTransaction transaction, SemaphoreSlim? writer) : IAsyncDisposable
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
            writer?.Release();
        }
    }
}
