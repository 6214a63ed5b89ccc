using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.LoadGenerator;

/// <summary>
/// One round of "N participants in one resolution, E of them editing": everyone arrives at once (signs in when the hub
/// needs a token, connects, joins; at most <see cref="Arriving"/> at a time, as people behind a few doors), then the
/// first E edit their own paragraph every interval. Measured: the arrival (first sign-in or connect to last join answered),
/// edit → delivery latency at every participant (the send time travels in the text), deliveries made against expected
/// (every acknowledged edit of the measured window, to every participant), failures, and the server's peak working set.
/// Bounded: it stops after warm-up + measure and a short drain.
/// </summary>
public sealed class CrowdRun(Uri hub, Guid resolutionId, IReadOnlyList<(string ClauseId, Func<Task<string?>> SignIn)> participants, int editors, TimeSpan interval, TimeSpan warmUp, TimeSpan measure, Process server)
{
    /// <summary>How many participants sign in, connect and join at the same moment.</summary>
    public const int Arriving = 64;

    public async Task<CrowdResult> RunAsync()
    {
        var failures = new ConcurrentDictionary<string, int>();
        void Fail(string what) => failures.AddOrUpdate(what.Length > 160 ? what[..160] : what, 1, (_, count) => count + 1);
        var peakMemory = 0L;
        using var stopSampling = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            while (!stopSampling.IsCancellationRequested)
            {
                server.Refresh();
                peakMemory = Math.Max(peakMemory, server.WorkingSet64);
                await Task.Delay(250, CancellationToken.None);
            }
        });

        // Deliveries: per edit (by its send timestamp), how many participants received it, and each latency.
        var receipts = new ConcurrentDictionary<long, int>();
        var latencies = new ConcurrentBag<double>();
        var slowest = new ConcurrentDictionary<long, double>();
        var measureFrom = 0L;
        var measureTo = 0L;
        var connections = new HubConnection?[participants.Count];
        var versions = new int[participants.Count];

        var arrival = Stopwatch.StartNew();
        var signInTime = new ConcurrentBag<double>();
        var lastSignedIn = TimeSpan.Zero;
        var signInGate = new object();
        await Parallel.ForEachAsync(Enumerable.Range(0, participants.Count), new ParallelOptions { MaxDegreeOfParallelism = Arriving }, async (n, cancellationToken) =>
        {
            try
            {
                var signingIn = Stopwatch.StartNew();
                var token = await participants[n].SignIn();
                signInTime.Add(signingIn.Elapsed.TotalMilliseconds);
                lock (signInGate)
                {
                    lastSignedIn = arrival.Elapsed > lastSignedIn ? arrival.Elapsed : lastSignedIn;
                }

                var connection = new HubConnectionBuilder()
                    .WithUrl(hub, options =>
                    {
                        options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                        options.SkipNegotiation = true;
                        if (token is not null)
                        {
                            options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                        }
                    })
                    .Build();
                connection.ServerTimeout = TimeSpan.FromSeconds(60);
                connection.On<JsonElement>(EventTypes.ClauseChanged, change =>
                {
                    var text = change.GetProperty("payload").GetProperty("text").GetString() ?? "";
                    var at = text.LastIndexOf(" sent ", StringComparison.Ordinal);
                    if (at >= 0 && long.TryParse(text.AsSpan(at + 6).TrimEnd(';'), NumberStyles.None, CultureInfo.InvariantCulture, out var sentAt))
                    {
                        receipts.AddOrUpdate(sentAt, 1, (_, count) => count + 1);
                        if (sentAt >= Volatile.Read(ref measureFrom) && sentAt < Volatile.Read(ref measureTo))
                        {
                            var latency = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
                            latencies.Add(latency);
                            slowest.AddOrUpdate(sentAt, latency, (_, before) => Math.Max(before, latency));
                        }
                    }
                });
                connection.Closed += e =>
                {
                    if (e is not null)
                    {
                        Fail($"connection closed: {e.Message}");
                    }

                    return Task.CompletedTask;
                };
                await connection.StartAsync(cancellationToken);
                var snapshot = await connection.InvokeAsync<JsonElement>(HubMethods.JoinResolution, resolutionId, cancellationToken);
                // The version the editor starts from (the bare relay has no text and takes any).
                versions[n] = snapshot.TryGetProperty("resolution", out var resolution)
                    ? resolution.GetProperty("operative").EnumerateArray().First(c => c.GetProperty("id").GetString() == participants[n].ClauseId).GetProperty("version").GetInt32()
                    : 1;
                connections[n] = connection;
            }
            catch (Exception e) when (e is HubException or InvalidOperationException or IOException or HttpRequestException or System.Net.WebSockets.WebSocketException or TaskCanceledException)
            {
                Fail($"join: {e.GetType().Name}: {e.Message}");
            }
        });
        var joinTime = arrival.Elapsed;
        var joined = connections.Count(c => c is not null);

        // Editing: the first E participants, each its own paragraph, every interval, from a random offset.
        var acknowledged = new ConcurrentDictionary<long, bool>();
        var editingStart = Stopwatch.GetTimestamp();
        Volatile.Write(ref measureFrom, editingStart + (long)(warmUp.TotalSeconds * Stopwatch.Frequency));
        Volatile.Write(ref measureTo, editingStart + (long)((warmUp + measure).TotalSeconds * Stopwatch.Frequency));
        var editing = Enumerable.Range(0, Math.Min(editors, participants.Count)).Where(n => connections[n] is not null).Select(n => Task.Run(async () =>
        {
            var connection = connections[n]!;
            var version = versions[n];
            var random = new Random(n);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next((int)interval.TotalMilliseconds)));
            for (var step = 0; Stopwatch.GetTimestamp() < measureTo; step++)
            {
                var sentAt = Stopwatch.GetTimestamp();
                var text = $"Requests the Secretary-General to report on paragraph {n}, revision {step}, sent {sentAt};";
                try
                {
                    var result = await connection.InvokeAsync<JsonElement>(HubMethods.EditClause, new EditCommand(resolutionId, participants[n].ClauseId, version, text, $"crowd-{n}-{step}-{Guid.NewGuid():N}"));
                    version = result.GetProperty("version").GetInt32();
                    if (sentAt >= measureFrom && sentAt < measureTo)
                    {
                        acknowledged[sentAt] = true;
                    }
                }
                catch (Exception e) when (e is HubException or InvalidOperationException or IOException)
                {
                    Fail($"edit: {e.Message}");
                }

                await Task.Delay(interval);
            }
        })).ToArray();
        await Task.WhenAll(editing);
        // Deliveries still on their way a moment after the last edit.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var made = acknowledged.Keys.Sum(sentAt => (long)receipts.GetValueOrDefault(sentAt));
        var expected = (long)acknowledged.Count * participants.Count;

        stopSampling.Cancel();
        await sampling;
        await Parallel.ForEachAsync(connections.Where(c => c is not null), new ParallelOptions { MaxDegreeOfParallelism = Arriving }, async (connection, _) => await connection!.DisposeAsync());
        return new CrowdResult(participants.Count, joined, joinTime, lastSignedIn, signInTime.IsEmpty ? 0 : signInTime.Order().ElementAt(signInTime.Count / 2), [.. latencies.Order()], acknowledged.Count, made, expected, failures.ToDictionary(), peakMemory,
            [.. slowest.Values.OrderDescending().Take(5)], slowest.IsEmpty ? double.NaN : slowest.Values.Order().ElementAt(slowest.Count / 2));
    }
}

/// <summary>What a crowd round measured.</summary>
public sealed record CrowdResult(int Participants, int Joined, TimeSpan JoinTime, TimeSpan LastSignedIn, double SignInMedianMs, double[] Latencies, int Edits, long Made, long Expected, IReadOnlyDictionary<string, int> Failures, long PeakWorkingSet, double[] SlowestEdits, double MedianEditLastDelivery)
{
    public double Percentile(double p) => NearestRank.Of(Latencies, p);

    public string Describe(string name)
    {
        var text = $"{name}: {Joined}/{Participants} joined in {JoinTime.TotalSeconds:F1} s (last signed in at {LastSignedIn.TotalSeconds:F1} s, median sign-in {SignInMedianMs:F0} ms); "
            + $"edit→delivery n={Latencies.Length} p50={Percentile(0.50):F1} ms p95={Percentile(0.95):F1} ms p99={Percentile(0.99):F1} ms; "
            + $"{Edits} edits, deliveries {Made}/{Expected}; {Failures.Values.Sum()} errors; server peak {PeakWorkingSet / (1024 * 1024)} MB; "
            + $"last delivery of an edit: median {MedianEditLastDelivery:F1} ms, slowest [{string.Join(", ", SlowestEdits.Select(l => l.ToString("F0", CultureInfo.InvariantCulture)))}] ms";
        return Failures.Count == 0 ? text : text + string.Concat(Failures.Select(f => $"\n  {f.Value} × {f.Key}"));
    }
}
