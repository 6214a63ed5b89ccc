using System.Collections.Concurrent;
using System.Diagnostics;

namespace Drafting.Api.Tests.Servers;

/// <summary>
/// The API as a separate process on a free loopback port, so a test can kill it the way a crash or an
/// out-of-memory kill would: no shutdown code runs, its connections simply break.
/// </summary>
public sealed class ApiNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ApiNodeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public Uri HubUrl => new(BaseAddress, "/hubs/drafting");

    /// <summary>What the process wrote, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts <c>Drafting.Api.dll</c> from the test's output directory on the given database (and Redis) and waits until it is healthy.</summary>
    public static async Task<ApiNodeProcess> StartAsync(string connectionString, string? redis = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Drafting.Api.dll");
        var port = LocalProcess.FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ConnectionStrings__Drafting"] = connectionString;
        if (redis is not null)
        {
            start.Environment["ConnectionStrings__Redis"] = redis;
        }

        start.Environment["Drafting__AdminPassword"] = DraftingApplication.AdminPassword;
        start.Environment["Drafting__ImportSample"] = "false";
        start.Environment["Drafting__SignInAttemptsPerMinute"] = "100000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var node = new ApiNodeProcess(Process.Start(start) ?? throw new InvalidOperationException("The API did not start."), port);
        node._process.OutputDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
        node._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) node._output.Enqueue(e.Data); };
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node.WaitUntilHealthyAsync();
        return node;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API on port {Port} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The API on port {Port} did not become healthy:\n{Output}");
    }

    /// <summary>Kills the process at once (SIGKILL): no graceful shutdown, no disconnect handlers.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
