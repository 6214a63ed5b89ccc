using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// Pass counts of the corpus test, by path ("text", "text messy", "Word") and within each path by organ ("GA", "SC",
/// "all") and by shape category; and the floor committed beside the test (<c>corpus-floor.json</c>) they are held to.
/// </summary>
internal sealed class CorpusRates
{
    private readonly SortedDictionary<string, (int Passed, int Total)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one document's result on one path.</summary>
    public void Add(string path, AknCorpusDocument document, bool passed)
    {
        foreach (var group in document.Categories.Select(c => "shape " + c).Append(document.Organ).Append("all"))
        {
            var (p, t) = _counts.GetValueOrDefault($"{path}/{group}");
            _counts[$"{path}/{group}"] = (p + (passed ? 1 : 0), t + 1);
        }
    }

    /// <summary>Each rate, rounded down to three decimals so that the same run always meets the floor it printed.</summary>
    public IReadOnlyDictionary<string, double> Rates =>
        _counts.ToDictionary(c => c.Key, c => Math.Floor(1000.0 * c.Value.Passed / c.Value.Total) / 1000.0, StringComparer.Ordinal);

    /// <summary>One line per rate: "text/SC  150/208  72.1 %".</summary>
    public string Report()
    {
        var text = new StringBuilder();
        foreach (var (key, (passed, total)) in _counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key,-45} {passed,4}/{total,-4} {100.0 * passed / total,6:F1} %\n");
        }

        return text.ToString();
    }

    /// <summary>The rates as the floor file holds them, to commit when they rise.</summary>
    public string FloorJson() => JsonSerializer.Serialize(new SortedDictionary<string, double>(Rates.ToDictionary(), StringComparer.Ordinal), Indented);

    /// <summary>The rates that fall below <paramref name="floor"/>, one line each; a rate the floor does not name is not held to one.</summary>
    public List<string> Below(IReadOnlyDictionary<string, double> floor)
    {
        var rates = Rates;
        return floor.Where(f => rates.GetValueOrDefault(f.Key) < f.Value - 1e-9)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}: {rates.GetValueOrDefault(f.Key):P1} is below the floor {f.Value:P1}"))
            .ToList();
    }

    /// <summary>Reads the committed floor (copied beside the test binaries).</summary>
    public static IReadOnlyDictionary<string, double> ReadFloor() =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus-floor.json")))!;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
