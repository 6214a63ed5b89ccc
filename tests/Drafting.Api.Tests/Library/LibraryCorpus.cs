using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Model.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// The 408 official resolutions of <c>shared/corpus/unxml</c> (Akoma Ntoso from the UNxml corpora; source: United Nations),
/// found by walking up from the test binaries (CI clones the repository beside <c>../shared</c>), and an API that has
/// imported them all as one .zip: shared by the tests of a class, which only add to it.
/// </summary>
public abstract class LibraryCorpus : IAsyncLifetime
{
    public static string Folder { get; } = Find();

    /// <summary>Every XML file of the corpus, in a fixed order, with its path under the corpus folder.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Every corpus text as the model reads it.</summary>
    public static IReadOnlyList<AdoptedText> Texts { get; } = [.. Files.Select(f => { using var s = File.OpenRead(f); return AknLibraryReader.Read(s).Text!; })];

    public DraftingApplication App { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    /// <summary>What importing the corpus answered.</summary>
    public JsonElement Report { get; private set; }

    /// <summary>The library id of each symbol.</summary>
    public Dictionary<string, Guid> Ids { get; } = [];

    protected abstract Task<DraftingApplication> StartAsync();

    /// <summary>The files imported: the whole corpus unless a fixture says otherwise.</summary>
    protected virtual IEnumerable<string> Imported => Files;

    public async ValueTask InitializeAsync()
    {
        App = await StartAsync();
        Admin = await App.AdminAsync();
        var response = await Admin.PostAsync("/api/library", Zip(Imported.Select(f => (Path.GetRelativePath(Folder, f), File.ReadAllBytes(f)))));
        response.EnsureSuccessStatusCode();
        Report = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var imported in Report.GetProperty("imported").EnumerateArray())
        {
            Ids[imported.GetProperty("symbol").GetString()!] = imported.GetProperty("id").GetGuid();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A .zip of the given files as an application/zip body.</summary>
    public static ByteArrayContent Zip(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        var body = new ByteArrayContent(buffer.ToArray());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return body;
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "unxml");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/corpus/unxml above {AppContext.BaseDirectory}: clone the repository beside ../shared.");
    }
}

/// <summary>The corpus imported into the embedded SQLite database.</summary>
public sealed class SqliteLibraryCorpus : LibraryCorpus
{
    protected override Task<DraftingApplication> StartAsync() => Task.FromResult(new DraftingApplication(connectionString: null));
}

/// <summary>The corpus imported into a fresh database on the test PostgreSQL server.</summary>
public sealed class PostgreSqlLibraryCorpus : LibraryCorpus
{
    protected override async Task<DraftingApplication> StartAsync() =>
        new(connectionString: await (await Servers.PostgreSqlServer.SharedAsync()).CreateDatabaseAsync());
}

/// <summary>
/// The Security Council's resolutions of the corpus alone (2000 to 2015: four periods of adoption), in an API that ranks
/// only the newest <see cref="RankedMatches"/> matches of a search: a first page of that size then needs that many, so
/// that this small library is read each way a library of 10,000 resolutions is (<see cref="Drafting.Api.Features.Library.LibraryReadPlan"/>).
/// </summary>
public abstract class CouncilCorpus : LibraryCorpus
{
    public const int RankedMatches = 10;

    protected override IEnumerable<string> Imported =>
        Files.Where(f => Path.GetRelativePath(Folder, f).StartsWith("sc" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    protected static DraftingApplication Ranking(DraftingApplication app)
    {
        app.Settings["Drafting:Library:RankedMatches"] = RankedMatches.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app;
    }
}

/// <summary>The Council's resolutions in the embedded SQLite database.</summary>
public sealed class SqliteCouncilCorpus : CouncilCorpus
{
    protected override Task<DraftingApplication> StartAsync() => Task.FromResult(Ranking(new DraftingApplication(connectionString: null)));
}

/// <summary>The Council's resolutions in a fresh database on the test PostgreSQL server.</summary>
public sealed class PostgreSqlCouncilCorpus : CouncilCorpus
{
    protected override async Task<DraftingApplication> StartAsync() =>
        Ranking(new DraftingApplication(connectionString: await (await Servers.PostgreSqlServer.SharedAsync()).CreateDatabaseAsync()));
}
