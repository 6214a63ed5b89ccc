using BenchmarkDotNet.Attributes;
using Drafting.Model.Library;

namespace Drafting.Benchmarks;

/// <summary>
/// What a library search does to every hit it answers: mark the matched words of 21 official paragraphs (a page and
/// one more), for a phrase, two words and a prefix, as the bench's never-asked searches ask them. Paragraphs from the
/// shared corpus (../shared/corpus/unxml), the longest 21 of the General Assembly's 76th session.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SearchMarkBenchmarks
{
    private List<string> _paragraphs = [];
    private SearchQuery _phrase = null!;
    private SearchQuery _words = null!;
    private SearchQuery _prefix = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(CorpusRoot(), "ga", "76session");
        _paragraphs = [.. Directory.EnumerateFiles(folder, "*.xml")
            .SelectMany(file =>
            {
                using var xml = File.OpenRead(file);
                return AknLibraryReader.Read(xml).Texts.SelectMany(t => t.Clauses.Select(c => c.Text)).ToList();
            })
            .OrderByDescending(text => text.Length)
            .Take(21)];
        _phrase = SearchQuery.Parse("\"the secretary-general to report\"").Query!;
        _words = SearchQuery.Parse("assembly development").Query!;
        _prefix = SearchQuery.Parse("nation*").Query!;
    }

    [Benchmark]
    public int MarkPhrase() => _paragraphs.Sum(p => _phrase.Mark(p).Length);

    [Benchmark]
    public int MarkWords() => _paragraphs.Sum(p => _words.Mark(p).Length);

    [Benchmark]
    public int MarkPrefix() => _paragraphs.Sum(p => _prefix.Mark(p).Length);

    private static string CorpusRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "..", "shared", "corpus", "unxml");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("../shared/corpus/unxml was not found above the benchmark's folder.");
    }
}
