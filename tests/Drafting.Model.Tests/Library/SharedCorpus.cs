namespace Drafting.Model.Tests.Library;

/// <summary>
/// The official resolutions in <c>shared/corpus/unxml</c> (Akoma Ntoso from the UNxml corpora; source: United Nations),
/// found by walking up from the test binaries: CI clones the repository beside <c>../shared</c>, as on the build machine.
/// </summary>
internal static class SharedCorpus
{
    public static string Folder { get; } = Find();

    /// <summary>Every XML file of the corpus, in a fixed order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static string Find() =>
        Import.Corpus.CorpusFolder.Find()
        ?? throw new DirectoryNotFoundException($"No shared/corpus/unxml above {AppContext.BaseDirectory} (nor {Import.Corpus.CorpusFolder.Variable}): clone the repository beside ../shared.");
}
