namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// Finds the official corpus: the folder named by <c>DRAFTING_UNXML_DIR</c> when set, else <c>shared/corpus/unxml</c>
/// beside the repository (the sibling <c>../shared</c> of its root), found by walking up from the test binaries.
/// </summary>
internal static class CorpusFolder
{
    /// <summary>The environment variable that names another corpus folder.</summary>
    public const string Variable = "DRAFTING_UNXML_DIR";

    /// <summary>The corpus folder, or null when there is none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return Directory.Exists(named) ? named : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "unxml");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every resolution of the corpus, in file-name order (the read is cached: several tests share it).</summary>
    public static IReadOnlyList<AknCorpusDocument> Documents(string folder) =>
        Cache.GetOrAdd(folder, f => Directory.EnumerateFiles(f, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => AknCorpusDocument.Read(Path.GetRelativePath(f, path), File.ReadAllText(path)))
            .OfType<AknCorpusDocument>()
            .ToList());

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<AknCorpusDocument>> Cache = new(StringComparer.Ordinal);
}
