using System.Text;
using System.Xml.Linq;
using Drafting.Model.Library;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Library;

/// <summary>
/// A resolution in parts published as one file (a <c>documentCollection</c>: A/RES/75/101 A-B in the UNxml corpora)
/// is read as one text per part, cited as the United Nations cite it ("A/RES/75/101 B"); a text in another language is refused.
/// </summary>
public class AknLibraryReaderCollectionTests
{
    private const int Seed = 77_253;
    private static readonly XNamespace Akn = AknLibraryReader.Namespace;

    private static AknReading Read(string xml) => AknLibraryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    private static AdoptedText Alone(string file)
    {
        using var stream = File.OpenRead(file);
        return AknLibraryReader.Read(stream).Text!;
    }

    private static IEnumerable<(LibraryParagraphKind, string, int, string, string)> Paragraphs(AdoptedText text) =>
        text.Paragraphs.Select(p => (p.Kind, p.Number, p.Depth, p.Reference, p.Text));

    [Fact]
    public void A_resolution_in_parts_becomes_a_text_per_part_as_each_part_reads_alone()
    {
        var files = AknCollection.FinancialReports(SharedCorpus.Files);
        var xml = AknCollection.Of("A/RES/77/253 A-B", files);
        Assert.Equal("", string.Join("\n", AknWriterTests.SchemaErrors(xml).Split('\n').Where(e => e.Length > 0 && !e.Contains("Could not find schema information for the element 'http://un.org/akn4un:", StringComparison.Ordinal))));

        var reading = Read(xml);
        Assert.True(reading.Texts.Count == 2, reading.Refusal);
        Assert.Null(reading.Text);
        var (a, b) = (Alone(files[0]), Alone(files[1]));
        Assert.Equal(["A/RES/77/253 A", "A/RES/77/253 B"], reading.Texts.Select(t => t.Symbol));
        Assert.Equal(Paragraphs(a), Paragraphs(reading.Texts[0]));
        Assert.Equal(Paragraphs(b), Paragraphs(reading.Texts[1]));
        Assert.Equal([a.Title, b.Title], reading.Texts.Select(t => t.Title));
        // Each part keeps its own adoption (B was adopted six months after A); the cover page's organ, session and agenda item are the collection's.
        Assert.Equal([new DateOnly(2022, 12, 30), new DateOnly(2023, 6, 30)], reading.Texts.Select(t => t.AdoptedOn));
        Assert.All(reading.Texts, t => Assert.Equal((a.Organ, a.Session, a.AgendaItem, a.Formula), (t.Organ, t.Session, t.AgendaItem, t.Formula)));
    }

    [Fact]
    public void Every_part_of_collections_of_random_corpus_resolutions_reads_as_its_file_alone()
    {
        var random = new Random(Seed);
        var general = SharedCorpus.Files.Where(f => f.Contains($"{Path.DirectorySeparatorChar}ga{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        for (var round = 0; round < 20; round++)
        {
            var files = Enumerable.Range(0, random.Next(2, 5)).Select(_ => general[random.Next(general.Count)]).Distinct().ToList();
            var reading = Read(AknCollection.Of("A/RES/99/1 A-D", files));
            var context = $"seed {Seed}, round {round}: {string.Join(", ", files.Select(Path.GetFileName))}";
            Assert.True(reading.Texts.Count == files.Count, $"{context}: {reading.Refusal}");
            for (var i = 0; i < files.Count; i++)
            {
                Assert.True($"A/RES/99/1 {AknCollection.Letter(i)}" == reading.Texts[i].Symbol, context);
                Assert.True(Paragraphs(Alone(files[i])).SequenceEqual(Paragraphs(reading.Texts[i])), $"{context}: part {AknCollection.Letter(i)}");
            }
        }
    }

    [Fact]
    public void Parts_are_read_in_the_order_the_collection_lists_them_each_under_its_own_letter()
    {
        var files = AknCollection.FinancialReports(SharedCorpus.Files);
        var document = XDocument.Parse(AknCollection.Of("A/RES/77/253 A-B", files));
        var body = document.Descendants(Akn + "collectionBody").Single();
        body.ReplaceNodes(body.Elements().Reverse().ToList());
        Assert.Equal(["A/RES/77/253 B", "A/RES/77/253 A"], Read(document.ToString()).Texts.Select(t => t.Symbol));
    }

    [Fact]
    public void A_part_without_an_operative_part_refuses_the_whole_file_naming_the_part()
    {
        var document = XDocument.Parse(AknCollection.Of("A/RES/77/253 A-B", AknCollection.FinancialReports(SharedCorpus.Files)));
        document.Descendants(Akn + "mainBody").Last().Remove();
        var reading = Read(document.ToString());
        Assert.Empty(reading.Texts);
        Assert.Equal("A/RES/77/253 B holds no resolution: its component has no <mainBody> (the operative part).", reading.Refusal);
    }

    [Fact]
    public void A_part_referring_to_no_component_refuses_the_file_rather_than_leave_it_out()
    {
        var document = XDocument.Parse(AknCollection.Of("A/RES/77/253 A-B", AknCollection.FinancialReports(SharedCorpus.Files)));
        document.Descendants(Akn + "components").Elements(Akn + "component").Last().Remove();
        var reading = Read(document.ToString());
        Assert.Empty(reading.Texts);
        Assert.Equal("A/RES/77/253 A-B: its part Resolution B refers to 'comp_1', which is no component holding a document.", reading.Refusal);
    }

    [Fact]
    public void Two_parts_under_one_letter_refuse_the_file()
    {
        var file = AknCollection.FinancialReports(SharedCorpus.Files)[0];
        var document = XDocument.Parse(AknCollection.Of("A/RES/77/253 A-B", file, file));
        foreach (var letter in document.Descendants(Akn + "component").Descendants(Akn + "docNumber").Where(n => n.Value == "B"))
        {
            letter.Value = "A";
        }

        foreach (var reference in document.Descendants(Akn + "documentRef"))
        {
            reference.SetAttributeValue("showAs", "Resolution A");
        }

        Assert.Equal("A/RES/77/253 A-B: two of its parts are both A/RES/77/253 A.", Read(document.ToString()).Refusal);
    }

    [Fact]
    public void A_collection_without_components_is_refused()
    {
        var document = XDocument.Parse(AknCollection.Of("A/RES/77/253 A-B", AknCollection.FinancialReports(SharedCorpus.Files)[0]));
        document.Root!.Element(Akn + "components")!.Remove();
        document.Descendants(Akn + "collectionBody").Single().RemoveNodes();
        Assert.Equal("A/RES/77/253 A-B holds no resolution: none of its components is a document with a <mainBody> (the operative part).", Read(document.ToString()).Refusal);
    }

    [Theory]
    [InlineData("fra", "French (FRBRlanguage 'fra')")]
    [InlineData("spa", "Spanish (FRBRlanguage 'spa')")]
    [InlineData("xyz", "language 'xyz'")]
    public void A_text_in_another_language_is_refused_naming_it(string code, string named)
    {
        var file = AknCollection.FinancialReports(SharedCorpus.Files)[0];
        var document = XDocument.Load(file);
        document.Descendants(Akn + "FRBRExpression").First().Element(Akn + "FRBRlanguage")!.SetAttributeValue("language", code);
        var reading = Read(document.ToString());
        Assert.Empty(reading.Texts);
        Assert.Equal($"A/RES/77/253 is in {named}: the library holds the English texts, which drafts are searched and checked against.", reading.Refusal);

        var collection = XDocument.Parse(AknCollection.Of("A/RES/77/253 A-B", file));
        collection.Root!.Elements().First().Descendants(Akn + "FRBRlanguage").First().SetAttributeValue("language", code);
        Assert.StartsWith($"A/RES/77/253 A-B is in {named}", Read(collection.ToString()).Refusal, StringComparison.Ordinal);
    }
}
