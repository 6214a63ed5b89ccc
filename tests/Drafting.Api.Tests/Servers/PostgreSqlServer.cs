using Npgsql;

namespace Drafting.Api.Tests.Servers;

/// <summary>
/// A throwaway PostgreSQL 15 cluster on a free loopback port, in a temp directory owned by <c>postgres</c>
/// (initdb refuses to run as root, and the tests run as root). Each test takes a fresh database of its own.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static PostgreSqlServer? _shared;

    private PostgreSqlServer(string directory, int port)
    {
        Directory = directory;
        Port = port;
    }

    public string Directory { get; }

    public int Port { get; }

    public bool IsRunning { get; private set; }

    /// <summary>One server for the whole test run, started on first use and stopped when the process exits.</summary>
    public static async Task<PostgreSqlServer> SharedAsync()
    {
        LocalProcess.RequireOrSkip($"{Binaries}/pg_ctl", "PostgreSQL 15");
        await SharedGate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var server = Start();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
                _shared = server;
            }

            return _shared;
        }
        finally
        {
            SharedGate.Release();
        }
    }

    /// <summary>A server of the test's own, for tests that stop it.</summary>
    public static PostgreSqlServer StartOwn()
    {
        LocalProcess.RequireOrSkip($"{Binaries}/pg_ctl", "PostgreSQL 15");
        return Start();
    }

    private static PostgreSqlServer Start()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("drafting-pg-").FullName;
        LocalProcess.Run("chown", "postgres:postgres", directory);
        var server = new PostgreSqlServer(directory, LocalProcess.FreePort());
        LocalProcess.Run("runuser", "-u", "postgres", "--", $"{Binaries}/initdb", "-D", Path.Combine(directory, "data"), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
        server.StartProcess();
        return server;
    }

    /// <summary>Starts (or restarts) the server on its port; fsync is off because the data is thrown away.</summary>
    public void StartProcess()
    {
        LocalProcess.Run("runuser", "-u", "postgres", "--", $"{Binaries}/pg_ctl", "-D", Path.Combine(Directory, "data"), "-l", Path.Combine(Directory, "log"), "-w",
            "-o", $"-p {Port} -k {Directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start");
        IsRunning = true;
    }

    /// <summary>Stops the server at once, as a crash or an outage would.</summary>
    public void Stop()
    {
        if (!IsRunning)
        {
            return;
        }

        IsRunning = false;
        LocalProcess.Run("runuser", "-u", "postgres", "--", $"{Binaries}/pg_ctl", "-D", Path.Combine(Directory, "data"), "-m", "immediate", "-w", "stop");
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=5";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync() => DatabaseAsync($"drafting_{Guid.NewGuid():N}");

    /// <summary>The connection string of the database <paramref name="name"/>, created empty unless it exists (a restart reuses it).</summary>
    public async Task<string> DatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if ((long)(await exists.ExecuteScalarAsync())! == 0)
        {
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
