using System.Diagnostics;
using System.Net.Http.Headers;
using static Drafting.LoadGenerator.ChildProcesses;

namespace Drafting.LoadGenerator;

/// <summary>
/// One API process of a load scenario: the Release build (or DRAFTING_LOAD_API_DLL, say an earlier commit's), on a free
/// loopback port, over a fresh SQLite file, with the sign-in limit lifted; killed and its data deleted on dispose.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    /// <summary>The site admin's password in every scenario.</summary>
    public const string AdminPassword = "load-generator-admin";

    private readonly DirectoryInfo _data;

    private ApiServer(Process process, int port, DirectoryInfo data) => (Process, Port, _data) = (process, port, data);

    /// <summary>The API process, for its CPU time.</summary>
    public Process Process { get; }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>Where it answers.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>
    /// The API's build every scenario runs: this repository's Release build, or the one DRAFTING_LOAD_API_DLL names (a
    /// build before a change, run interleaved with the build after it).
    /// </summary>
    public static string Dll() =>
        Environment.GetEnvironmentVariable("DRAFTING_LOAD_API_DLL") is { Length: > 0 } other
            ? other
            : Path.Combine(FindRoot(), "src", "Drafting.Api", "bin", "Release", "net10.0", "Drafting.Api.dll");

    /// <summary>Starts the API once it is built, with <paramref name="settings"/> added to its environment; null (and a line on stderr) when the build is missing.</summary>
    public static ApiServer? Start(string scenario, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Dll();
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"Build the API first: dotnet build -c Release src/Drafting.Api ({dll} is missing)");
            return null;
        }

        var port = FreePort();
        var data = Directory.CreateTempSubdirectory($"drafting-{scenario}-");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls http://127.0.0.1:{port}") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.Environment["ConnectionStrings__Drafting"] = $"Data Source={Path.Combine(data.FullName, "drafting.db")}";
        start.Environment["Drafting__AdminPassword"] = AdminPassword;
        start.Environment["Drafting__ImportSample"] = "false";
        start.Environment["Drafting__SignInAttemptsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new ApiServer(ChildProcesses.Start(start, "api"), port, data);
    }

    /// <summary>A client signed in as the site admin, once the API answers.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        await WaitForHealthAsync(Port);
        var admin = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(admin, "admin", AdminPassword));
        return admin;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
        Process.Dispose();
        _data.Delete(recursive: true);
    }
}
