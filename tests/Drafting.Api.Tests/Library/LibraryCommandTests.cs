using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests.Library;

/// <summary><c>Drafting.Api library import &lt;folder&gt;</c> and <c>library remove &lt;symbol&gt;…</c> as an operator runs them: a separate process on a database of its own.</summary>
public class LibraryCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(int ExitCode, string Output)> RunAsync(string dataDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Drafting.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Drafting"] = $"Data Source={Path.Combine(dataDirectory, "drafting.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var errors = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task The_command_imports_a_folder_with_progress_reports_refusals_and_updates_on_a_second_run()
    {
        using var dataFolder = new TempFolder("drafting-library-cli-");
        using var filesFolder = new TempFolder("drafting-library-files-");
        var (data, folder) = (dataFolder.Path, filesFolder.Path);
        var picked = LibraryCorpus.Files.Where((_, i) => i % 100 == 0).ToList();
        foreach (var file in picked)
        {
            var target = Path.Combine(folder, Path.GetRelativePath(LibraryCorpus.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "broken.xml"), "<akomaNtoso", Cancel);

        var (exit, output) = await RunAsync(data, "library", "import", folder);
        Assert.True(exit == 2, output);
        Assert.Contains($"Importing {picked.Count + 1} files from {folder}", output, StringComparison.Ordinal);
        Assert.Contains($"{picked.Count + 1}/{picked.Count + 1} ", output, StringComparison.Ordinal);
        Assert.Contains("refused broken.xml: it is not well-formed XML", output, StringComparison.Ordinal);
        Assert.Contains($"{picked.Count} imported (0 replaced an earlier import), 1 refused", output, StringComparison.Ordinal);
        Assert.Contains("Search index merged in ", output, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "drafting.db")));
        }

        File.Delete(Path.Combine(folder, "broken.xml"));
        (exit, output) = await RunAsync(data, "library", "import", folder);
        Assert.True(exit == 0, output);
        Assert.Contains($"{picked.Count} imported ({picked.Count} replaced an earlier import), 0 refused", output, StringComparison.Ordinal);
        Assert.Contains($"The library holds {picked.Count} resolutions", output, StringComparison.Ordinal);

        await using var app = new DraftingApplication(data, connectionString: $"Data Source={Path.Combine(data, "drafting.db")};Pooling=False");
        using var admin = await app.AdminAsync();
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/library", Cancel);
        Assert.Equal(picked.Count, listed.GetArrayLength());
    }

    [Fact]
    public async Task The_command_imports_each_part_of_a_resolution_in_parts_and_names_a_file_that_replaced_another()
    {
        using var dataFolder = new TempFolder("drafting-library-cli-");
        using var filesFolder = new TempFolder("drafting-library-files-");
        var (data, folder) = (dataFolder.Path, filesFolder.Path);
        var parts = Drafting.Model.Tests.Library.AknCollection.FinancialReports(LibraryCorpus.Files);
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder, "a-parts.xml"), Drafting.Model.Tests.Library.AknCollection.Of("A/RES/77/253 A-B", parts), Cancel);
        var single = LibraryCorpus.Files.Single(f => f.Contains("A_RES_78_113", StringComparison.Ordinal));
        File.Copy(single, System.IO.Path.Combine(folder, "b-first.xml"));
        File.Copy(single, System.IO.Path.Combine(folder, "c-copy.xml"));

        var (exit, output) = await RunAsync(data, "library", "import", folder);
        Assert.True(exit == 0, output);
        Assert.Contains("replaced A/RES/78/113: the text read from b-first.xml by the one in c-copy.xml", output, StringComparison.Ordinal);
        Assert.Contains("3 imported as 4 resolutions, some in parts (1 replaced an earlier import), 0 refused", output, StringComparison.Ordinal);
        Assert.Contains("The library holds 3 resolutions", output, StringComparison.Ordinal);

        // A second run replaces each text by the same file again: nothing is said of it beyond the count.
        (exit, output) = await RunAsync(data, "library", "import", folder);
        Assert.True(exit == 0, output);
        Assert.Contains("replaced A/RES/78/113: the text read from c-copy.xml by the one in b-first.xml", output, StringComparison.Ordinal);
        Assert.DoesNotContain("replaced A/RES/77/253", output, StringComparison.Ordinal);
        Assert.Contains("3 imported as 4 resolutions, some in parts (4 replaced an earlier import), 0 refused", output, StringComparison.Ordinal);

        // Taken out by symbol, in any case, one part of a resolution in parts alone; a symbol not there is said and fails the command.
        (exit, output) = await RunAsync(data, "library", "remove", "a/res/78/113", "A/RES/77/253 B", "A/RES/99/1");
        Assert.True(exit == 2, output);
        Assert.Contains("removed A/RES/78/113 (", output, StringComparison.Ordinal);
        Assert.Contains(" paragraphs, imported from c-copy.xml); no draft paragraph or open proposal cites it", output, StringComparison.Ordinal);
        Assert.Contains("removed A/RES/77/253 B (", output, StringComparison.Ordinal);
        Assert.Contains("not in the library: A/RES/99/1", output, StringComparison.Ordinal);
        Assert.Contains("The library holds 1 resolution,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_named_and_fails_the_command()
    {
        using var data = new TempFolder("drafting-library-cli-");
        var (exit, output) = await RunAsync(data.Path, "library", "import", "/no/such/folder");
        Assert.Equal(1, exit);
        Assert.Contains("No folder '/no/such/folder'", output, StringComparison.Ordinal);
    }

    /// <summary>A folder of the test's own under the temporary folder, deleted with what it holds when the test ends.</summary>
    private sealed class TempFolder(string prefix) : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
