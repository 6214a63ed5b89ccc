using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Drafting.Model.Library;

namespace Drafting.Model.Tests.Library;

/// <summary>
/// Every one of the 408 official resolutions of the shared corpus read by <see cref="AknLibraryReader"/> and checked
/// against a second, independent walk of the same XML in document order: each paragraph's kind, number, depth and text.
/// </summary>
public partial class AknLibraryReaderCorpusTests
{
    private static readonly XNamespace Akn = AknLibraryReader.Namespace;

    [Fact]
    public void The_shared_corpus_holds_the_408_resolutions()
    {
        Assert.Equal(408, SharedCorpus.Files.Count);
    }

    [Fact]
    public void Every_paragraph_of_every_corpus_resolution_matches_its_xml_in_kind_number_depth_and_text()
    {
        var mismatches = new List<string>();
        var paragraphs = 0;
        foreach (var file in SharedCorpus.Files)
        {
            using var stream = File.OpenRead(file);
            var reading = AknLibraryReader.Read(stream);
            Assert.True(reading.Text is not null, $"{file}: {reading.Refusal}");
            var expected = Expected(XDocument.Load(file));
            var actual = reading.Text.Paragraphs.Select(p => (p.Kind, p.Number, p.Depth, p.Text)).ToList();
            paragraphs += actual.Count;
            if (!expected.SequenceEqual(actual))
            {
                var at = expected.Zip(actual).TakeWhile(pair => pair.First == pair.Second).Count();
                mismatches.Add($"{Path.GetFileName(file)}: {expected.Count} expected, {actual.Count} read; first difference at {at}: " +
                    $"{(at < expected.Count ? expected[at] : "none")} / {(at < actual.Count ? actual[at] : "none")}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        // 14,864 headings and paragraphs in the 408 texts (annexes left out), measured 2026-12-06.
        Assert.True(paragraphs > 14_000, $"Only {paragraphs} paragraphs read.");
    }

    [Fact]
    public void Symbol_organ_date_session_title_and_agenda_item_come_from_the_metadata_of_every_corpus_resolution()
    {
        var councilItems = 0;
        foreach (var file in SharedCorpus.Files)
        {
            var xml = XDocument.Load(file);
            using var stream = File.OpenRead(file);
            var text = AknLibraryReader.Read(stream).Text!;
            var cover = xml.Root!.Elements().First().Element(Akn + "coverPage")!;
            Assert.Equal(Squash(cover.Descendants(Akn + "docNumber").First().Value), text.Symbol);
            var adoption = xml.Root!.Elements().First().Descendants(Akn + "FRBRWork").First().Elements(Akn + "FRBRdate").Single(d => (string?)d.Attribute("name") == "adoption");
            // Two Security Council files carry the placeholder 0001-01-01 there; their cover page states the adoption date.
            var stated = (string)adoption.Attribute("date")! is var value && value.StartsWith("0001", StringComparison.Ordinal)
                ? (string)cover.Descendants(Akn + "docDate").Single(d => (string?)d.Attribute("refersTo") == "#adoptionDate").Attribute("date")!
                : value;
            Assert.Equal(DateOnly.ParseExact(stated, "yyyy-MM-dd", CultureInfo.InvariantCulture), text.AdoptedOn);
            var folder = Path.GetFileName(Path.GetDirectoryName(file)!);
            if (file.Contains("/ga/", StringComparison.Ordinal))
            {
                Assert.Equal("General Assembly", text.Organ);
                Assert.Equal(int.Parse(folder[..2], CultureInfo.InvariantCulture), text.Session);
                Assert.StartsWith("A/RES/", text.Symbol, StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(text.Title), $"{file}: no title");
                Assert.True(text.AgendaItem is { } item && AgendaItem().IsMatch(item), $"{file}: agenda item '{text.AgendaItem}'");
            }
            else
            {
                Assert.Equal("Security Council", text.Organ);
                // The year in the symbol, "S/RES/2195 (2014)", is the year of adoption (the corpus folder is the year of publication).
                Assert.EndsWith($"({text.AdoptedOn!.Value.Year})", text.Symbol, StringComparison.Ordinal);
                Assert.StartsWith("S/RES/", text.Symbol, StringComparison.Ordinal);
                // The Council's item by its title, from the classification ("S/"); its "[102]" numbers are subjects of a dictionary.
                var item = xml.Descendants(Akn + "keyword").FirstOrDefault(k => (string?)k.Attribute("refersTo") == "agenda" && (string?)k.Attribute("dictionary") == "S/");
                Assert.Equal(item is null ? null : Squash((string)item.Attribute("showAs")!).TrimEnd('.'), text.AgendaItem);
                councilItems += item is null ? 0 : 1;
            }

            Assert.StartsWith("The ", text.Formula, StringComparison.Ordinal);
        }

        // Every one of the 208 Council texts names its item (counted 2026-12-07).
        Assert.Equal(208, councilItems);
    }

    [Fact]
    public void Sub_paragraphs_nest_two_deep_and_headings_and_sections_are_read_where_the_corpus_has_them()
    {
        var texts = SharedCorpus.Files.Select(f => { using var s = File.OpenRead(f); return AknLibraryReader.Read(s).Text!; }).ToList();
        Assert.Contains(texts, t => t.Paragraphs.Any(p => p.Depth == 2 && p.Reference.Contains("OP", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Paragraphs.Any(p => p.Kind == LibraryParagraphKind.Heading));
        Assert.Contains(texts, t => t.Paragraphs.Any(p => p.Reference.StartsWith("section II, OP 1", StringComparison.Ordinal)));
        var universal = texts.Single(t => t.Symbol == "A/RES/78/113");
        Assert.Equal("84", universal.AgendaItem);
        // Stated only in the cover page's words, "Agenda item 130 (d)"; and "74 (b)" as printed, not the classification's "74b".
        Assert.Equal("130 (d)", texts.Single(t => t.Symbol == "A/RES/75/11").AgendaItem);
        Assert.Equal("74 (b)", texts.Single(t => t.Symbol == "A/RES/76/157").AgendaItem);
        Assert.Equal("The scope and application of the principle of universal jurisdiction", universal.Title);
        Assert.Equal("PP 2", universal.Paragraphs[1].Reference);
        Assert.Equal("Recalling", universal.Paragraphs[1].Opening);
        // The footnote of PP 3 is not part of its text.
        Assert.EndsWith("on the scope and application of universal jurisdiction,", universal.Paragraphs[2].Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The paragraphs as a second reader sees them, walking every element in document order: a preamble container,
    /// an operative paragraph, a point or item (depth: how many lists hold it), a heading.
    /// </summary>
    private static List<(LibraryParagraphKind, string, int, string)> Expected(XDocument xml)
    {
        var statement = xml.Root!.Elements().First();
        var expected = new List<(LibraryParagraphKind, string, int, string)>();
        foreach (var element in statement.Descendants().Where(e => !e.Ancestors().Any(a => a.Name.LocalName == "attachments")))
        {
            var name = element.Name.LocalName;
            var parent = element.Parent!.Name.LocalName;
            if ((name is "container" or "p" && parent == "preamble") || name == "crossHeading" && (string?)element.Attribute("refersTo") == "#preamble")
            {
                var text = OwnText(element, "p", "listIntroduction", "blockList");
                if (text.Length > 0)
                {
                    expected.Add((LibraryParagraphKind.Preambular, "", 0, text));
                }
            }
            else if (name == "paragraph" && element.Elements().Any(e => e.Name.LocalName is "content" or "intro" or "list"))
            {
                expected.Add((LibraryParagraphKind.Operative, Num(element), 0, OwnText(element, "content", "intro", "wrapUp")));
            }
            else if (name is "point" or "item")
            {
                var depth = element.Ancestors().Count(a => a.Name.LocalName is "list" or "sublist" or "blockList");
                expected.Add((LibraryParagraphKind.SubParagraph, Num(element), depth, OwnText(element, "content", "p")));
            }
            else if (name is "heading" or "subheading" && parent == "paragraph")
            {
                expected.Add((LibraryParagraphKind.Heading, "", 0, Squash(element.Value)));
            }
            else if (name == "section")
            {
                var heading = element.Elements().FirstOrDefault(e => e.Name.LocalName is "heading" or "subheading");
                expected.Add((LibraryParagraphKind.Heading, "", 0, $"{Num(element).TrimEnd('.')}. {Squash(heading?.Value ?? "")}".TrimEnd(' ', '.')));
            }
        }

        return expected;
    }

    /// <summary>The text of the named children, footnotes and numbers removed from a copy, nested lists left out.</summary>
    private static string OwnText(XElement element, params string[] children)
    {
        var copy = new XElement(element);
        copy.Descendants().Where(e => e.Name.LocalName is "authorialNote" or "num" or "list" or "sublist" or "point" or "item").ToList().ForEach(e => e.Remove());
        copy.Descendants().Where(e => e.Name.LocalName == "decoration").ToList().ForEach(e => e.Remove());
        var own = copy.Name.LocalName is "crossHeading" or "p" ? [copy] : copy.Elements().Where(e => children.Contains(e.Name.LocalName));
        return Squash(string.Join(' ', own.Select(e => e.Value)));
    }

    private static string Num(XElement element) => Squash(element.Elements(Akn + "num").FirstOrDefault()?.Value ?? "");

    private static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>An agenda item as printed: "84", "74 (b)", "130 (d)", "20 and 116".</summary>
    [GeneratedRegex(@"^\d+( \([a-z]{1,2}\))?( and \d+( \([a-z]{1,2}\))?)*$")]
    private static partial Regex AgendaItem();
}
