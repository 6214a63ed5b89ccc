using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Drafting.Api.Tests.Servers;

/// <summary>What the server fixtures share: free loopback ports, running a tool to completion, skipping when a server is missing.</summary>
internal static class LocalProcess
{
    /// <summary>A port nobody listens on right now (the system picks it; it is released before the server binds it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a command and returns its output; throws with the output when it fails.</summary>
    public static string Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output.Result}{error.Result}");
        }

        return output.Result;
    }

    /// <summary>
    /// Skips the test when a server's binaries are missing, except in CI (<c>DRAFTING_REQUIRE_ALL_SERVERS=1</c>),
    /// where a missing server is a failure: the suite must run everything there.
    /// </summary>
    public static void RequireOrSkip(string binary, string server)
    {
        if (File.Exists(binary))
        {
            return;
        }

        var reason = $"{server} is not installed ({binary} is missing).";
        if (Environment.GetEnvironmentVariable("DRAFTING_REQUIRE_ALL_SERVERS") == "1")
        {
            Assert.Fail(reason + " DRAFTING_REQUIRE_ALL_SERVERS=1 requires it.");
        }

        Assert.Skip(reason);
    }
}
