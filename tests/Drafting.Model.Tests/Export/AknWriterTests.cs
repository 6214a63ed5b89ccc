using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

public class AknWriterTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly XNamespace Akn = AknWriter.Namespace;
    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(AknWriter.Namespace, Path.Combine(AppContext.BaseDirectory, "Schemas", "akn", "akomantoso30.xsd"));
        schemas.Compile();
        return schemas;
    });

    /// <summary>Every error and warning of validating <paramref name="xml"/> against the shipped Akoma Ntoso 3.0 schema.</summary>
    internal static string SchemaErrors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        return string.Join("\n", errors.Take(20));
    }

    [Fact]
    public void The_schema_check_refuses_an_invalid_document()
    {
        Assert.NotEqual("", SchemaErrors($"<akomaNtoso xmlns=\"{AknWriter.Namespace}\"><statement name=\"x\"><mainBody/></statement></akomaNtoso>"));
    }

    [Theory]
    [InlineData("seed-000-regional-partnerships.md")]
    [InlineData("seed-001-peacekeepers-safety.md")]
    public void Every_fixture_is_valid_Akoma_Ntoso(string fixture)
    {
        var xml = AknWriter.Write(DocxWriterTests.Import(fixture));
        Assert.Equal("", SchemaErrors(xml));
    }

    [Fact]
    public void Generated_resolutions_are_valid_Akoma_Ntoso()
    {
        ResolutionGenerator.Resolutions.Sample(resolution =>
        {
            var xml = AknWriter.Write(resolution);
            Assert.Equal("", SchemaErrors(xml));
        }, seed: Seed, iter: 60, print: MarkdownWriter.Write);
    }

    [Fact]
    public void Seed_000_has_AKN4UN_structure()
    {
        var resolution = DocxWriterTests.Import("seed-000-regional-partnerships.md");
        var document = XDocument.Parse(AknWriter.Write(resolution));
        var statement = document.Root!.Element(Akn + "statement")!;
        Assert.Equal("resolutionDraft", (string?)statement.Attribute("name"));
        Assert.NotNull(statement.Element(Akn + "meta")!.Element(Akn + "identification")!.Element(Akn + "FRBRWork"));

        var preamble = statement.Element(Akn + "preamble")!;
        Assert.Equal(resolution.Formula, preamble.Element(Akn + "formula")!.Value);
        var containers = preamble.Elements(Akn + "container").ToList();
        Assert.Equal(resolution.Preambular.Length, containers.Count);
        Assert.All(containers, c => Assert.Equal("preambularParagraph", (string?)c.Attribute("name")));
        Assert.Equal("preamble__container_1", (string?)containers[0].Attribute("eId"));
        Assert.Equal(resolution.Preambular[0].Opening, containers[0].Descendants(Akn + "i").Single().Value);

        var paragraphs = statement.Element(Akn + "mainBody")!.Elements(Akn + "paragraph").ToList();
        Assert.Equal(resolution.Operative.Length, paragraphs.Count);
        Assert.Equal("para_1", (string?)paragraphs[0].Attribute("eId"));
        Assert.Equal("1.", paragraphs[0].Element(Akn + "num")!.Value);
        Assert.Equal(resolution.Operative[0].Text, paragraphs[0].Element(Akn + "content")!.Value);

        var withPoints = resolution.Operative.Select((c, i) => (c, i)).First(t => t.c.SubParagraphs.Length > 0);
        var paragraph = paragraphs[withPoints.i];
        var firstPoint = paragraph.Element(Akn + "list")!.Elements(Akn + "point").First();
        Assert.Equal($"para_{withPoints.i + 1}__list_1__point_{ClauseLabels.For(withPoints.c.SubParagraphStyle!.Value, 0).Trim('(', ')', '.')}", (string?)firstPoint.Attribute("eId"));
        Assert.Equal(withPoints.c.SubParagraphs[0].Text, firstPoint.Element(Akn + "content")?.Value ?? firstPoint.Element(Akn + "intro")!.Value);
    }

    [Fact]
    public void Preface_names_symbol_title_and_every_sponsor()
    {
        var seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var resolution = new Resolution(seed.Id, seed.Organ, seed.Formula, seed.Preambular, seed.Operative, seed.Sponsors, "S/2020/123", null, null, seed.Date, Stage.Adopted);
        var xml = AknWriter.Write(resolution);
        Assert.Equal("", SchemaErrors(xml));
        var statement = XDocument.Parse(xml).Root!.Element(Akn + "statement")!;
        Assert.Equal("resolution", (string?)statement.Attribute("name"));
        var preface = statement.Element(Akn + "preface")!;
        Assert.Equal("S/2020/123", preface.Descendants(Akn + "docNumber").Single().Value);
        Assert.Equal("Resolution", preface.Descendants(Akn + "docTitle").Single().Value);
        var proponents = preface.Descendants(Akn + "docProponent").Select(p => p.Value).ToList();
        Assert.Equal(seed.Sponsors.Select(s => s.Name), proponents);
        Assert.Contains("Bosnia and Herzegovina", proponents);
        Assert.EndsWith("Uruguay and Viet Nam: draft resolution", proponents.Count > 0 ? preface.Elements(Akn + "p").Single(p => (string?)p.Attribute("class") == "sponsors").Value : "", StringComparison.Ordinal);
    }
}
