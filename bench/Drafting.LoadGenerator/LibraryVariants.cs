using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Drafting.LoadGenerator;

/// <summary>
/// A library of any size built from the real corpus by systematic variation (issue 32's benchmark): resolution n is
/// the corpus text n mod 408 as published for the first pass, then, for pass k = n / 408 ≥ 1, the same text k years
/// earlier under a symbol of its own (S/RES/2136 (2014) → S/RES/12136 (2013); A/RES/78/113 → A/RES/77/1113), its
/// session k earlier, and about a quarter of its paragraphs lightly edited (a word replaced, dropped or swapped with
/// the next). So the documents are distinct, series keep their titles across "years" as real ones do, and the words
/// stay those of real resolutions. Everything follows from the seed.
/// </summary>
public static partial class LibraryVariants
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    // Words that negotiators swap for one another, so edited paragraphs read like real amendments.
    private static readonly string[] Replacements =
    [
        "strongly", "deeply", "further", "also", "fully", "urgently", "all", "relevant", "international", "regional",
        "national", "effective", "continued", "full", "timely", "appropriate", "including", "particular", "concern", "support",
    ];

    /// <summary>Writes <paramref name="count"/> resolutions under <paramref name="target"/>; returns operative paragraphs of the originals for a draft.</summary>
    public static List<string> Write(string corpus, string target, int count, int seed)
    {
        var files = Files(corpus);
        var originals = files.Select(Load).ToList();
        for (var n = 0; n < count; n++)
        {
            var k = n / files.Count;
            var document = new XDocument(originals[n % files.Count]);
            if (k > 0)
            {
                Vary(document, k, new Random(HashCode.Combine(seed, n)));
            }

            var folder = Path.Combine(target, $"pass{k:D2}");
            Directory.CreateDirectory(folder);
            document.Save(Path.Combine(folder, Path.GetFileName(files[n % files.Count])), SaveOptions.DisableFormatting);
        }

        return OperativeParagraphs(originals, 12);
    }

    /// <summary>The operative paragraphs of the resolutions under <paramref name="corpus"/> of <paramref name="words"/> words or more, in file order.</summary>
    public static List<string> OperativeParagraphs(string corpus, int words) => OperativeParagraphs(Files(corpus).Select(Load), words);

    private static List<string> Files(string corpus) => [.. Directory.EnumerateFiles(corpus, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static XDocument Load(string file) => XDocument.Load(file, LoadOptions.PreserveWhitespace);

    private static List<string> OperativeParagraphs(IEnumerable<XDocument> documents, int words) =>
        [.. documents
            .SelectMany(d => d.Descendants(Akn + "mainBody").Descendants(Akn + "paragraph").Elements(Akn + "content").Elements(Akn + "p"))
            .Select(PlainText)
            .Where(t => t.Split(' ').Length >= words)];

    /// <summary><paramref name="text"/> with one word replaced and two neighbours swapped: "lightly edited" agreed language.</summary>
    public static string Edit(string text, Random random)
    {
        var words = text.Split(' ');
        if (words.Length < 6)
        {
            return text;
        }

        var replaced = random.Next(1, words.Length);
        words[replaced] = Replacements[random.Next(Replacements.Length)];
        var swapped = random.Next(1, words.Length - 1);
        (words[swapped], words[swapped + 1]) = (words[swapped + 1], words[swapped]);
        return string.Join(' ', words);
    }

    private static void Vary(XDocument document, int k, Random random)
    {
        foreach (var number in document.Descendants(Akn + "docNumber"))
        {
            number.Value = Symbol(number.Value.Trim(), k);
        }

        foreach (var dated in document.Descendants().Where(e => e.Attribute("date") is not null))
        {
            if (DateOnly.TryParseExact((string)dated.Attribute("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year > 1900)
            {
                dated.SetAttributeValue("date", date.AddYears(-k).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        foreach (var session in document.Descendants(Akn + "session"))
        {
            if (int.TryParse((string?)session.Attribute("value"), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > k)
            {
                session.SetAttributeValue("value", (value - k).ToString(CultureInfo.InvariantCulture));
            }
        }

        var paragraphs = document.Descendants(Akn + "preamble").Concat(document.Descendants(Akn + "mainBody"))
            .Descendants(Akn + "p").Where(p => !p.Ancestors(Akn + "authorialNote").Any()).ToList();
        foreach (var p in paragraphs)
        {
            // The paragraph's own longest run of text (never a footnote's), so its markup stays as published.
            if (random.NextDouble() >= 0.25 || p.Nodes().OfType<XText>().MaxBy(t => t.Value.Length) is not { } longest)
            {
                continue;
            }

            // Split on single spaces, so the spaces around the run (after an italic opening) stay where they were.
            var words = longest.Value.Split(' ');
            if (words.Count(w => w.Length > 0) < 4)
            {
                continue;
            }

            var at = random.Next(1, words.Length - 1);
            if (words[at].Length == 0 || words[at + 1].Length == 0)
            {
                continue;
            }

            switch (random.Next(3))
            {
                case 0:
                    words[at] = Replacements[random.Next(Replacements.Length)];
                    break;
                case 1:
                    words[at] = null!;
                    break;
                default:
                    (words[at], words[at + 1]) = (words[at + 1], words[at]);
                    break;
            }

            longest.Value = string.Join(' ', words.Where(w => w is not null));
        }
    }

    /// <summary>A symbol no real resolution of the corpus has, k years earlier.</summary>
    private static string Symbol(string symbol, int k)
    {
        if (SecurityCouncil().Match(symbol) is { Success: true } sc)
        {
            return string.Create(CultureInfo.InvariantCulture, $"S/RES/{int.Parse(sc.Groups[1].Value, CultureInfo.InvariantCulture) + (10_000 * k)} ({int.Parse(sc.Groups[2].Value, CultureInfo.InvariantCulture) - k})");
        }

        if (GeneralAssembly().Match(symbol) is { Success: true } ga)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A/RES/{int.Parse(ga.Groups[1].Value, CultureInfo.InvariantCulture) - k}/{int.Parse(ga.Groups[2].Value, CultureInfo.InvariantCulture) + (1_000 * k)}{ga.Groups[3].Value}");
        }

        return $"{symbol} (variant {k})";
    }

    private static string PlainText(XElement p) =>
        string.Join(' ', string.Concat(p.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors(Akn + "authorialNote").Any()).Select(t => t.Value))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^S/RES/(\d+) \((\d{4})\)$")]
    private static partial Regex SecurityCouncil();

    [GeneratedRegex(@"^A/RES/(\d+)/(\d+)(.*)$")]
    private static partial Regex GeneralAssembly();
}
