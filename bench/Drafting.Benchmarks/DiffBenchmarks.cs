using BenchmarkDotNet.Attributes;
using Drafting.Model.Diff;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Benchmarks;

/// <summary>
/// The compare of two versions of a generated 700-paragraph draft with 5 % of its clauses changed, and the
/// word diff of one 1,000-character clause with a few words changed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DiffBenchmarks
{
    private Resolution _current = null!;
    private Resolution _older = null!;
    private string _clause = "";
    private string _clauseEdited = "";

    [GlobalSetup]
    public void Setup()
    {
        _current = ResolutionImporter.Default.Import(GeneratedDraft.Text()).Resolution!;
        var clauses = _current.Preambular.Concat(_current.Operative).ToList();
        _older = _current;
        // Every 20th clause worded differently in the older version: 35 of 700, 5 %.
        for (var i = 0; i < clauses.Count; i += 20)
        {
            _older = _older.WithClauseText(clauses[i].Id, clauses[i].Text.Replace(" the ", " all the ", StringComparison.Ordinal) + " as appropriate", clauses[i].Opening);
        }

        var changed = ResolutionComparison.Compare(_older, _current).All.Count(c => c.Change != ClauseChangeKind.Unchanged);
        if (changed != 35)
        {
            throw new InvalidOperationException($"Expected 35 changed clauses, got {changed}.");
        }

        var words = string.Join(' ', clauses.Select(c => c.Text)).Split(' ');
        _clause = string.Join(' ', words.Take(600))[..1000].TrimEnd();
        var edited = _clause.Split(' ');
        for (var i = 5; i < edited.Length; i += 40)
        {
            edited[i] = "amended";
        }

        _clauseEdited = string.Join(' ', edited);
    }

    [Benchmark]
    public ResolutionComparison Compare700Paragraphs5PercentChanged() => ResolutionComparison.Compare(_older, _current);

    [Benchmark]
    public int WordDiff1000CharacterClause() => WordDiff.Compare(_clause, _clauseEdited).Length;
}
