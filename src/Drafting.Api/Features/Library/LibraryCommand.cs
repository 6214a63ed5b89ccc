using System.Diagnostics;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Library;

/// <summary>
/// <c>dotnet run --project src/Drafting.Api -- library import &lt;folder&gt;</c>: imports every Akoma Ntoso file under a
/// folder (a copy of the UNxml corpora, any depth) into the configured database, with a progress bar, then exits.
/// Each file is stored on its own, so an interrupted run keeps what it imported and a second run updates, never duplicates.
/// <c>library remove &lt;symbol&gt;…</c> takes texts out, as <c>DELETE /api/library/{id}</c> does.
/// </summary>
public static class LibraryCommand
{
    /// <summary>The first command-line argument.</summary>
    public const string Command = "library";

    /// <summary>The second: import a folder.</summary>
    public const string Import = "import";

    /// <summary>Or: remove texts by their symbols.</summary>
    public const string Remove = "remove";

    /// <summary>Takes the texts of <paramref name="symbols"/> out of the library and says what went; a symbol not in it is said too (exit code 2).</summary>
    public static async Task RemoveFromLibraryAsync(this WebApplication app, IReadOnlyList<string> symbols)
    {
        var cancellation = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellation);
        var store = app.Services.GetRequiredService<LibraryStore>();
        var missing = 0;
        foreach (var symbol in symbols)
        {
            if (await store.FindAsync(symbol, cancellation) is { } id && await store.RemoveAsync(id, cancellation) is { } removed)
            {
                var cited = removed.Cited == 0 ? "no draft paragraph or open proposal cites it"
                    : $"{removed.Cited:N0} draft paragraphs and open proposals cite it and keep its symbol as their source";
                Console.WriteLine($"removed {removed.Symbol} ({removed.Paragraphs:N0} paragraphs, imported from {removed.File}); {cited}");
            }
            else
            {
                Console.WriteLine($"not in the library: {symbol}");
                missing++;
            }
        }

        var (documents, paragraphs) = await store.CountAsync(cancellation);
        Console.WriteLine(Holds(documents, paragraphs));
        Environment.ExitCode = missing == 0 ? 0 : 2;
    }

    /// <summary>Imports <paramref name="folder"/> and prints what was imported and refused.</summary>
    public static async Task ImportLibraryAsync(this WebApplication app, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No folder '{folder}': give a folder holding Akoma Ntoso .xml files (any depth).");
            Environment.ExitCode = 1;
            return;
        }

        var cancellation = app.Lifetime.ApplicationStopping;
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellation);
        // The command may be the first to create the SQLite file, which holds every draft: private from the start.
        app.Services.GetRequiredService<Platform.DraftingDatabase>().KeepFilePrivate();
        var total = Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Count();
        Console.WriteLine($"Importing {total:N0} files from {Path.GetFullPath(folder)} (source of the texts: United Nations).");
        var clock = Stopwatch.StartNew();
        var report = await app.Services.GetRequiredService<LibraryImport>().ImportAsync(
            LibraryImport.Folder(folder), (done, file) => Progress(done, total, file), cancellation);
        Console.WriteLine();
        foreach (var refused in report.Refused)
        {
            Console.WriteLine($"refused {refused.File}: {refused.Reason}");
        }

        // Another file holding a symbol already imported replaces its text: said, never silent (a file imported again is not listed).
        foreach (var replaced in report.Imported.Where(i => i.ReplacedFile is { } earlier && earlier != i.File))
        {
            Console.WriteLine($"replaced {replaced.Symbol}: the text read from {replaced.ReplacedFile} by the one in {replaced.File}");
        }

        if (report.Imported.Count > 0)
        {
            var merging = Stopwatch.StartNew();
            var steps = await LibraryIndexMerge.MergeAsync(app.Services.GetRequiredService<Platform.DraftingDatabase>(), cancellation);
            if (steps > 0)
            {
                Console.WriteLine($"Search index merged in {steps:N0} steps, {merging.Elapsed.TotalSeconds:N1} s.");
            }
        }

        var store = app.Services.GetRequiredService<LibraryStore>();
        await store.AnalyzeAsync(cancellation);
        var (documents, paragraphs) = await store.CountAsync(cancellation);
        var files = report.Imported.Select(i => i.File).Distinct().Count();
        var parts = files == report.Imported.Count ? "" : $" as {report.Imported.Count:N0} resolutions, some in parts";
        Console.WriteLine($"{files:N0} imported{parts} ({report.Imported.Count(i => i.Replaced):N0} replaced an earlier import), {report.Refused.Count:N0} refused, " +
            $"in {clock.Elapsed.TotalSeconds:N1} s. {Holds(documents, paragraphs)}");
        Environment.ExitCode = report.Refused.Count == 0 ? 0 : 2;
    }

    private static string Holds(long documents, long paragraphs) =>
        $"The library holds {documents:N0} resolution{(documents == 1 ? "" : "s")}, {paragraphs:N0} paragraphs and headings.";

    /// <summary>A bar redrawn in place on a terminal; a line every 50 files when the output is a file or a pipe.</summary>
    private static void Progress(int done, int total, string file)
    {
        if (Console.IsOutputRedirected)
        {
            if (done % 50 == 0 || done == total)
            {
                Console.WriteLine($"{done:N0}/{total:N0} {file}");
            }

            return;
        }

        const int width = 30;
        var filled = total == 0 ? width : done * width / Math.Max(total, 1);
        var name = file.Length > 40 ? "…" + file[^39..] : file;
        Console.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {done:N0}/{total:N0} {name,-40}");
    }
}
