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
    private LiveServer(int port, string dataDirectory)
    {
        Port = port;
        DataDirectory = dataDirectory;
        App = Start(port, dataDirectory);
    }

    public int Port { get; }

    public string DataDirectory { get; }

    public DraftingApplication App { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static LiveServer Start() => new(FreePort(), Directory.CreateTempSubdirectory("drafting-web-tests-").FullName);

    /// <summary>Stops the host, dropping every connection.</summary>
    public async Task StopAsync() => await App.DisposeAsync();

    /// <summary>Starts the host again on the same port and database.</summary>
    public void Restart() => App = Start(Port, DataDirectory);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    private static DraftingApplication Start(int port, string dataDirectory)
    {
        var app = new DraftingApplication(dataDirectory);
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
