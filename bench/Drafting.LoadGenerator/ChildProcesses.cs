using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Drafting.LoadGenerator;

/// <summary>What both load scenarios need around the servers they start: loopback ports, child processes, health, tokens.</summary>
public static class ChildProcesses
{
    /// <summary>Starts a child process, showing up to 40 lines of its output prefixed with <paramref name="name"/> so a failing run says why.</summary>
    public static Process Start(ProcessStartInfo start, string name)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        var shown = 0;
        void Show(string? line)
        {
            if (line is not null && Interlocked.Increment(ref shown) <= 40)
            {
                Console.Error.WriteLine($"{name}: {line}");
            }
        }

        process.OutputDataReceived += (_, e) => Show(e.Data);
        process.ErrorDataReceived += (_, e) => Show(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until the server on <paramref name="port"/> answers /health.</summary>
    public static async Task WaitForHealthAsync(int port)
    {
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
            }

            await Task.Delay(200);
        }
    }

    /// <summary>A bearer token for the user.</summary>
    public static async Task<string> TokenAsync(HttpClient http, string userName, string password)
    {
        var response = await (await http.PostAsJsonAsync("/api/auth/token", new { userName, password })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return response.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A new account made by the admin, and a client signed in as it.</summary>
    public static async Task<HttpClient> UserAsync(HttpClient admin, Uri baseAddress, string userName)
    {
        var password = $"{userName}-password-123";
        (await admin.PostAsJsonAsync("/api/users", new { userName, password, displayName = userName, organization = userName })).EnsureSuccessStatusCode();
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenAsync(client, userName, password));
        return client;
    }

    /// <summary>A loopback port free now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The repository root (where Drafting.sln is).</summary>
    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Drafting.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
