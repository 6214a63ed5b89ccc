using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Drafting.Api.Tests;

/// <summary>
/// A participant whose connection joins a resolution and then never reads again (a laptop closed, a network gone quiet),
/// though it keeps sending pings so the server does not time it out: a raw WebSocket speaking SignalR's JSON protocol,
/// with a receive buffer of a few kilobytes.
/// </summary>
internal sealed class StalledReader : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker _invoker;
    private readonly CancellationTokenSource _stop = new();
    private Task _pinging = Task.CompletedTask;

    private StalledReader(ClientWebSocket socket, HttpMessageInvoker invoker) => (_socket, _invoker) = (socket, invoker);

    public static async Task<StalledReader> JoinAsync(Uri hubUrl, HttpClient signedIn, Guid resolutionId)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {signedIn.DefaultRequestHeaders.Authorization!.Parameter}");
        var invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
                await tcp.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(tcp, ownsSocket: true);
            },
        });
        var reader = new StalledReader(socket, invoker);
        await socket.ConnectAsync(new UriBuilder(hubUrl) { Scheme = "ws" }.Uri, invoker, cancellationToken);
        await reader.SendAsync("""{"protocol":"json","version":1}""", cancellationToken);
        await reader.ReadUntilAsync(_ => true, cancellationToken);
        await reader.SendAsync($$"""{"type":1,"invocationId":"join","target":"JoinResolution","arguments":["{{resolutionId}}"]}""", cancellationToken);
        await reader.ReadUntilAsync(message => message.Contains("\"invocationId\":\"join\"", StringComparison.Ordinal), cancellationToken);
        reader._pinging = reader.PingAsync();
        return reader;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pinging.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        _stop.Dispose();
    }

    private async Task PingAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await SendAsync("""{"type":6}""", _stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
        }
    }

    private Task SendAsync(string message, CancellationToken cancellationToken) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message + Separator), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>Reads messages until one satisfies <paramref name="done"/>; what came after it in the same frame is left unread.</summary>
    private async Task ReadUntilAsync(Func<string, bool> done, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var pending = new StringBuilder();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellationToken);
            pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            var messages = pending.ToString().Split(Separator);
            if (messages[..^1].Any(done))
            {
                return;
            }

            pending.Clear().Append(messages[^1]);
        }
    }
}
