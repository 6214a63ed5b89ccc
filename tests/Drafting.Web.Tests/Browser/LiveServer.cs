using System.Net;
using System.Net.Sockets;
using Drafting.Api.Tests;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// The real API on Kestrel at a fixed loopback port, so a browser can reach it and a restart on the same
/// data directory and port looks to the browser like a dropped connection to a node that came back.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly string? _connectionString;

    private LiveServer(int port, string dataDirectory, string? connectionString)
    {
        Port = port;
        DataDirectory = dataDirectory;
        _connectionString = connectionString;
        App = Start(port, dataDirectory, connectionString);
    }

    public int Port { get; }

    public string DataDirectory { get; }

    public DraftingApplication App { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Starts on SQLite in a new data directory, or on the given (PostgreSQL) database.</summary>
    public static LiveServer Start(string? connectionString = null) => new(FreePort(), Directory.CreateTempSubdirectory("drafting-web-tests-").FullName, connectionString);

    /// <summary>Stops the host, dropping every connection.</summary>
    public async Task StopAsync() => await App.DisposeAsync();

    /// <summary>Starts the host again on the same port and database.</summary>
    public void Restart() => App = Start(Port, DataDirectory, _connectionString);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    private static DraftingApplication Start(int port, string dataDirectory, string? connectionString)
    {
        var app = new DraftingApplication(dataDirectory, connectionString);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        app.StartServer();
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
