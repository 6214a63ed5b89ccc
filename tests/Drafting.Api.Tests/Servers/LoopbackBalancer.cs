using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Drafting.Api.Tests.Servers;

/// <summary>
/// A TCP load balancer on a free loopback port, standing in for the one in front of a deployment: each
/// incoming connection goes to the first backend that accepts it, in the order given (failover, as a
/// health-checked balancer does), and bytes are relayed both ways until either side closes. When a
/// backend dies its relayed connections break, and clients reconnecting through the balancer land on the next one.
/// </summary>
public sealed class LoopbackBalancer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<int> _backendPorts;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, int> _routed = new();
    private readonly ConcurrentBag<Task> _relays = [];
    private readonly ConcurrentDictionary<Socket, CancellationTokenSource> _open = new();
    private readonly Task _accepting;

    private LoopbackBalancer(IReadOnlyList<int> backendPorts)
    {
        _backendPorts = backendPorts;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public static LoopbackBalancer Start(params int[] backendPorts) => new(backendPorts);

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public Uri HubUrl => new(BaseAddress, "/hubs/drafting");

    /// <summary>Breaks every relayed connection, as a network blip between clients and nodes would; the nodes stay up.</summary>
    public void DropAll()
    {
        foreach (var relay in _open.Values)
        {
            relay.Cancel();
        }
    }

    /// <summary>How many connections have been sent to the backend on <paramref name="port"/> so far.</summary>
    public int RoutedTo(int port) => _routed.GetValueOrDefault(port);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket incoming;
            try
            {
                incoming = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _relays.Add(RelayAsync(incoming));
        }
    }

    private async Task RelayAsync(Socket incoming)
    {
        using (incoming)
        {
            using var outgoing = await ConnectToFirstLiveBackendAsync();
            if (outgoing is null)
            {
                return;
            }

            // Whichever direction ends first (a backend killed, a client gone) ends the other: shutting
            // both sockets down is what a client sees of a dead node behind a balancer.
            using var either = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            _open[incoming] = either;
            var up = CopyAsync(incoming, outgoing, either.Token);
            var down = CopyAsync(outgoing, incoming, either.Token);
            await Task.WhenAny(up, down);
            await either.CancelAsync();
            _open.TryRemove(incoming, out _);
            incoming.Close();
            outgoing.Close();
            await Task.WhenAll(up, down);
        }
    }

    private async Task<Socket?> ConnectToFirstLiveBackendAsync()
    {
        foreach (var port in _backendPorts)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), _stop.Token);
                _routed.AddOrUpdate(port, 1, (_, count) => count + 1);
                return socket;
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                return null;
            }
        }

        return null;
    }

    private static async Task CopyAsync(Socket from, Socket to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, cancellationToken);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_relays);
        _stop.Dispose();
    }
}
