using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.LoadGenerator;

/// <summary>
/// N drafters, each editing its own paragraph every interval over its own WebSocket connection; the
/// latency of an edit is from sending it to the drafter receiving its own ClauseChanged broadcast.
/// Bounded: it stops after the given duration. With several hubs (nodes), drafter n connects to hub n mod count;
/// each drafter is in the resolution given with it, and sees the broadcasts of everyone in that resolution.
/// A failed edit is counted by its error and the drafter goes on, as a person retrying would. With
/// <paramref name="propose"/> each drafter proposes a replacement of its paragraph instead (hub <c>Propose</c>), and the
/// latency is to its own <c>ProposalAdded</c>. With <paramref name="typed"/>, each drafter types adopted paragraphs
/// instead, a few words at each edit (<see cref="TypedText"/>).
/// </summary>
public sealed class LoadRun(IReadOnlyList<Uri> hubs, IReadOnlyList<(Guid ResolutionId, string ClauseId, string? Token)> drafters, TimeSpan interval, TimeSpan warmUp, TimeSpan measure, bool propose = false, IReadOnlyList<string>? typed = null)
{
    /// <summary>How many words a drafter typing an adopted paragraph adds between two edits.</summary>
    public const int WordsPerEdit = 3;

    /// <summary>
    /// How many paragraphs a drafter's run sets apart for its typing: a paragraph of 24 words or more (what the load
    /// generator gives) takes 8 edits or more, so a run of up to 24 edits a drafter types no paragraph of the next run's.
    /// </summary>
    private const int ParagraphsPerRun = 3;

    private static int s_runs;

    // Each run's texts are its own: a later run on the same server sends no text an earlier one sent (whose
    // agreed-language check the server would still have).
    private readonly int _run = Interlocked.Increment(ref s_runs);

    public async Task<LoadResult> RunAsync()
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var acknowledged = 0;
        var unanswered = 0;
        var connections = new List<HubConnection>();
        var startVersions = new List<int>();
        foreach (var (resolutionId, clauseId, token) in drafters)
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
            var snapshot = await connection.InvokeAsync<JsonElement>(HubMethods.JoinResolution, resolutionId);
            connections.Add(connection);
            startVersions.Add(VersionIn(snapshot, clauseId));
        }

        var start = Stopwatch.GetTimestamp();
        var stopAt = warmUp + measure;
        var tasks = drafters.Select((drafter, n) => Task.Run(async () =>
        {
            var connection = connections[n];
            var pending = new ConcurrentDictionary<string, long>();
            connection.On<JsonElement>(propose ? EventTypes.ProposalAdded : EventTypes.ClauseChanged, change =>
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

            // A second run on the same server starts from the versions the first one left.
            var version = startVersions[n];
            var random = new Random(n);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next((int)interval.TotalMilliseconds)));
            for (var step = 0; Stopwatch.GetElapsedTime(start) < stopAt; step++)
            {
                var text = typed is null ? $"Requests the Secretary-General to report on paragraph {n}, revision {_run}.{step};" : TypedText(typed, n, step);
                pending[text] = Stopwatch.GetTimestamp();
                try
                {
                    var opId = $"load-{n}-{step}-{Guid.NewGuid():N}";
                    if (propose)
                    {
                        await connection.InvokeAsync<JsonElement>(HubMethods.Propose, drafter.ResolutionId, new ProposeCommand("replace", drafter.ClauseId, 1, text, opId));
                    }
                    else
                    {
                        var result = await connection.InvokeAsync<JsonElement>(HubMethods.EditClause, new EditCommand(drafter.ResolutionId, drafter.ClauseId, version, text, opId));
                        version = result.GetProperty("version").GetInt32();
                    }

                    Interlocked.Increment(ref acknowledged);
                }
                catch (Exception e) when (e is HubException or InvalidOperationException or IOException)
                {
                    pending.TryRemove(text, out _);
                    failures.AddOrUpdate(e.Message, 1, (_, count) => count + 1);
                }

                await Task.Delay(interval);
            }

            // Acknowledged edits whose own broadcast never came back (a second after the end).
            await Task.Delay(TimeSpan.FromSeconds(1));
            Interlocked.Add(ref unanswered, pending.Count);
        })).ToArray();

        await Task.WhenAll(tasks);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return new LoadResult([.. latencies.Order()], acknowledged, unanswered, failures.ToDictionary());
    }

    /// <summary>
    /// What drafter <paramref name="n"/> has typed at <paramref name="step"/>: an adopted paragraph's first words,
    /// <see cref="WordsPerEdit"/> more at each edit, then the next paragraph; each run starts on paragraphs of its own, so
    /// no run sends a text an earlier one sent (whose check the server would still have).
    /// </summary>
    private string TypedText(IReadOnlyList<string> paragraphs, int n, int step)
    {
        var at = n + (drafters.Count * ParagraphsPerRun * (_run - 1));
        while (true)
        {
            var words = paragraphs[at % paragraphs.Count].Split(' ');
            var edits = ((words.Length - 1) / WordsPerEdit) + 1;
            if (step < edits)
            {
                return string.Join(' ', words.Take(WordsPerEdit * (step + 1)));
            }

            step -= edits;
            at += drafters.Count;
        }
    }

    /// <summary>The clause's version in a join snapshot, or 1 when the snapshot has no resolution (the bare relay).</summary>
    private static int VersionIn(JsonElement snapshot, string clauseId) =>
        snapshot.ValueKind == JsonValueKind.Object && snapshot.TryGetProperty("resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object
            && resolution.TryGetProperty("operative", out var operative)
            ? operative.EnumerateArray().Where(c => c.GetProperty("id").GetString() == clauseId).Select(c => c.GetProperty("version").GetInt32()).DefaultIfEmpty(1).First()
            : 1;
}

/// <summary>What a run measured: sorted latencies of the measured window, acknowledged edits, broadcasts that never came, failures by message.</summary>
public sealed record LoadResult(double[] Latencies, int Acknowledged, int Unanswered, IReadOnlyDictionary<string, int> Failures)
{
    public double Percentile(double p) => NearestRank.Of(Latencies, p);

    public string Describe(string name)
    {
        var figures = Latencies.Length == 0
            ? $"{name}: no samples"
            : $"{name}: n={Latencies.Length} p50={Percentile(0.50):F2} ms p95={Percentile(0.95):F2} ms p99={Percentile(0.99):F2} ms max={Latencies[^1]:F2} ms";
        figures += $"; {Acknowledged} edits acknowledged, {Unanswered} without their broadcast, {Failures.Values.Sum()} failed";
        return Failures.Count == 0 ? figures : figures + string.Concat(Failures.Select(f => $"\n  {f.Value} × {f.Key}"));
    }
}
