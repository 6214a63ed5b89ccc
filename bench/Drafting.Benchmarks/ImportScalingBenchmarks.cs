using BenchmarkDotNet.Attributes;
using Drafting.Model.Import;

namespace Drafting.Benchmarks;

/// <summary>
/// The importer on pastes built to be slow (<see cref="PathologicalPastes"/>) at doubling sizes up to the 1,000,000
/// characters it accepts (ResolutionLimits.MaxCharacters): each doubling should at most about double the time, and the largest should import or be
/// refused within a second.
/// </summary>
[ShortRunJob]
public class ImportScalingBenchmarks
{
    private string _text = "";

    /// <summary>The shape of the paste.</summary>
    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "";

    /// <summary>Its length in characters.</summary>
    [Params(125_000, 250_000, 500_000, 999_000)]
    public int Characters { get; set; }

    /// <summary>Every shape.</summary>
    public static IEnumerable<string> Shapes => PathologicalPastes.Shapes;

    [GlobalSetup]
    public void Setup() => _text = PathologicalPastes.Make(Shape, Characters);

    [Benchmark]
    public ImportResult Import() => ResolutionImporter.Default.Import(_text);
}
