using System.Diagnostics;
using System.Text.Json;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.LoadGenerator;

/// <summary>
/// One participant trying to swamp a resolution: several loops with no pause sending edits of its own paragraph,
/// 10 KB comments and focus changes over one connection, for a bounded time. Counts what was accepted and what
/// the server refused (its per-user limits), so a run shows both the flood and what the others felt.
/// </summary>
public sealed class FloodRun(Uri hub, Guid resolutionId, string clauseId, string token, TimeSpan duration, int loops = 8)
{
    public async Task<string> RunAsync()
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>(HubMethods.JoinResolution, resolutionId);
        var accepted = 0;
        var refused = 0;
        var failed = 0;
        var reconnects = 0;
        using var reconnecting = new SemaphoreSlim(1, 1);
        var body = new string('x', 10_000);
        var stopwatch = Stopwatch.StartNew();
        var version = 1;
        var workers = Enumerable.Range(0, loops).Select(loop => Task.Run(async () =>
        {
            for (var step = 0; stopwatch.Elapsed < duration; step++)
            {
                if (connection.State == HubConnectionState.Disconnected)
                {
                    // Closed for flooding: come straight back, as an attacker would.
                    await reconnecting.WaitAsync();
                    try
                    {
                        if (connection.State == HubConnectionState.Disconnected)
                        {
                            await connection.StartAsync();
                            await connection.InvokeAsync<JsonElement>(HubMethods.JoinResolution, resolutionId);
                            Interlocked.Increment(ref reconnects);
                        }
                    }
                    catch (Exception e) when (e is HubException or InvalidOperationException or IOException or HttpRequestException or OperationCanceledException)
                    {
                        await Task.Delay(100);
                    }
                    finally
                    {
                        reconnecting.Release();
                    }
                }

                try
                {
                    switch (step % 3)
                    {
                        case 0:
                            var result = await connection.InvokeAsync<JsonElement>(HubMethods.EditClause,
                                new EditCommand(resolutionId, clauseId, Volatile.Read(ref version), $"Requests a flood, loop {loop} step {step};", $"flood-{loop}-{step}-{Guid.NewGuid():N}"));
                            if (result.TryGetProperty("version", out var v))
                            {
                                Volatile.Write(ref version, v.GetInt32());
                            }

                            break;
                        case 1:
                            await connection.InvokeAsync<JsonElement>(HubMethods.AddComment, resolutionId, new { clauseId, body });
                            break;
                        default:
                            await connection.InvokeAsync(HubMethods.SetFocus, resolutionId, step % 2 == 0 ? clauseId : null);
                            break;
                    }

                    Interlocked.Increment(ref accepted);
                }
                catch (HubException e) when (e.Message.Contains("rate-limited", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref refused);
                }
                catch (Exception e) when (e is HubException or InvalidOperationException or IOException or OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return $"flooding participant: {(accepted + refused + failed) / seconds:F0} calls/s sent, {accepted} accepted, {refused} refused as rate-limited, {failed} other failures, closed and reconnected {reconnects} times";
    }
}
