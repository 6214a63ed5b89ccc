using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.LoadGenerator;

/// <summary>
/// N drafters, each editing its own paragraph every interval over its own WebSocket connection; the
/// latency of an edit is from sending it to the drafter receiving its own ClauseChanged broadcast.
/// Bounded: it stops after the given duration. With several hubs (nodes), drafter n connects to hub n mod count.
/// </summary>
public sealed class LoadRun(IReadOnlyList<Uri> hubs, Guid resolutionId, IReadOnlyList<(string ClauseId, string? Token)> drafters, TimeSpan interval, TimeSpan warmUp, TimeSpan measure)
{
    public async Task<double[]> RunAsync()
    {
        var latencies = new ConcurrentBag<double>();
        var connections = new List<HubConnection>();
        foreach (var (clauseId, token) in drafters)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(hubs[connections.Count % hubs.Count], options =>
                {
                    options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                    options.SkipNegotiation = true;
                    if (token is not null)
                    {
                        options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                    }
                })
                .Build();
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("JoinResolution", resolutionId);
            connections.Add(connection);
        }

        var start = Stopwatch.GetTimestamp();
        var stopAt = warmUp + measure;
        var tasks = drafters.Select((drafter, n) => Task.Run(async () =>
        {
            var connection = connections[n];
            var pending = new ConcurrentDictionary<string, long>();
            connection.On<JsonElement>("ClauseChanged", change =>
            {
                var payload = change.GetProperty("payload");
                if (payload.GetProperty("clauseId").GetString() == drafter.ClauseId && pending.TryRemove(payload.GetProperty("text").GetString()!, out var sentAt))
                {
                    var elapsed = Stopwatch.GetElapsedTime(start);
                    if (elapsed > warmUp && elapsed < stopAt)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
                    }
                }
            });

            var version = 1;
            var random = new Random(n);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next((int)interval.TotalMilliseconds)));
            for (var step = 0; Stopwatch.GetElapsedTime(start) < stopAt; step++)
            {
                var text = $"Requests the Secretary-General to report on paragraph {n}, revision {step};";
                pending[text] = Stopwatch.GetTimestamp();
                var result = await connection.InvokeAsync<JsonElement>("EditClause", new EditCommand(resolutionId, drafter.ClauseId, version, text, $"load-{n}-{step}-{Guid.NewGuid():N}"));
                version = result.GetProperty("version").GetInt32();
                await Task.Delay(interval);
            }
        })).ToArray();

        await Task.WhenAll(tasks);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return [.. latencies.Order()];
    }

    public static string Describe(string name, double[] sorted) =>
        sorted.Length == 0
            ? $"{name}: no samples"
            : $"{name}: n={sorted.Length} p50={Percentile(sorted, 0.50):F2} ms p95={Percentile(sorted, 0.95):F2} ms p99={Percentile(sorted, 0.99):F2} ms max={sorted[^1]:F2} ms";

    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
