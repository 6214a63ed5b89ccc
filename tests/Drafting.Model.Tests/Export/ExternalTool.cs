using System.Diagnostics;

namespace Drafting.Model.Tests.Export;

/// <summary>
/// Runs command-line tools (LibreOffice, Poppler) for rendering tests. A missing tool skips the test, unless
/// DRAFTING_REQUIRE_ALL_SERVERS=1 (CI), where it fails.
/// </summary>
internal static class ExternalTool
{
    public static string Require(string name)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        var message = $"'{name}' is not installed (apt-get install libreoffice-writer-nogui poppler-utils).";
        if (Environment.GetEnvironmentVariable("DRAFTING_REQUIRE_ALL_SERVERS") == "1")
        {
            Assert.Fail(message + " DRAFTING_REQUIRE_ALL_SERVERS=1 requires it.");
        }

        Assert.Skip(message);
        return name;
    }

    /// <summary>Runs the tool and returns its standard output; fails the test on a non-zero exit or after the timeout.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(tool)} did not finish within {timeout.TotalSeconds:N0} s.");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(tool)} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    /// <summary>Converts a .docx to PDF with LibreOffice in a profile of its own, so parallel runs don't share one.</summary>
    public static string ConvertToPdf(string docxPath, string outputDirectory)
    {
        var soffice = Require("soffice");
        var profile = Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}");
        try
        {
            Run(soffice, [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outputDirectory, docxPath], TimeSpan.FromMinutes(3));
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}.");
        return pdf;
    }
}
