using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

/// <summary>Every writer shows the headings of the operative part, unnumbered, and numbering runs on across them.</summary>
public class HeadingExportTests
{
    private const string Text = """
        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations,

        Arms embargo

        1. *Decides* to renew the arms embargo;

        2. *Calls upon* all Member States to inspect vessels;

        Assets freeze

        3. *Decides* that the assets freeze shall apply:

            (a) to the individuals designated by the Committee;

            (b) to entities acting on their behalf;

        4. *Decides* to remain seized of the matter.
        """;

    private static Resolution Resolution() => ResolutionImporter.Default.Import(Text).Resolution!;

    [Fact]
    public void Markdown_writes_headings_as_atx_headings_and_reimports_them()
    {
        var resolution = Resolution();
        var markdown = MarkdownWriter.Write(resolution);
        Assert.Contains("\n### Arms embargo\n\n1. *Decides*", markdown, StringComparison.Ordinal);
        Assert.Contains(";\n\n### Assets freeze\n\n3. *Decides*", markdown, StringComparison.Ordinal);
        var reimported = ResolutionImporter.Default.Import(markdown);
        ResolutionAssert.SameContent(resolution, reimported.Resolution!);
        Assert.Empty(reimported.Warnings);
    }

    [Fact]
    public void Html_writes_a_heading_before_its_paragraph()
    {
        var resolution = Resolution();
        var html = HtmlWriter.Write(resolution);
        var heading = resolution.Headings[1];
        var at = html.IndexOf($"<h3 class=\"heading\" data-heading-id=\"{heading.Id}\">Assets freeze</h3>", StringComparison.Ordinal);
        Assert.True(at > 0);
        Assert.True(at < html.IndexOf(resolution.Operative[2].Id.Value, StringComparison.Ordinal));
        Assert.True(at > html.IndexOf(resolution.Operative[1].Id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Akoma_ntoso_groups_paragraphs_in_heading_containers_and_keeps_numbering()
    {
        var resolution = Resolution();
        var xml = AknWriter.Write(resolution);
        Assert.Equal("", AknWriterTests.SchemaErrors(xml));
        XNamespace akn = AknWriter.Namespace;
        var containers = XDocument.Parse(xml).Descendants(akn + "hcontainer").ToList();
        Assert.Equal(2, containers.Count);
        Assert.All(containers, c => Assert.Equal("heading", (string?)c.Attribute("name")));
        Assert.Equal(["Arms embargo", "Assets freeze"], containers.Select(c => c.Element(akn + "heading")!.Value));
        Assert.Equal(["1.", "2."], containers[0].Elements(akn + "paragraph").Select(p => p.Element(akn + "num")!.Value));
        Assert.Equal(["3.", "4."], containers[1].Elements(akn + "paragraph").Select(p => p.Element(akn + "num")!.Value));
        Assert.Equal(resolution.Headings[0].Id.Value, (string?)containers[0].Attribute("GUID"));
    }

    [Fact]
    public void Word_writes_unnumbered_bold_heading_paragraphs_in_their_own_style()
    {
        var resolution = Resolution();
        using var docx = new Docx(DocxWriter.Write(resolution));
        Assert.Equal("", docx.ValidationErrors());
        var headings = docx.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "UNHeading").ToList();
        Assert.Equal(["Arms embargo", "Assets freeze"], headings.Select(p => Docx.Text(p)));
        Assert.NotNull(docx.Style("UNHeading").StyleRunProperties!.Bold);
        Assert.StartsWith("3.\t", Docx.Text((Paragraph)headings[1].NextSibling()!), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_paragraph_removes_its_heading_and_moving_takes_it_along()
    {
        var resolution = Resolution();
        var moved = resolution.MoveClause(resolution.Operative[2].Id, 0);
        Assert.Equal(["1|Assets freeze", "2|Arms embargo"], ResolutionAssert.DescribeHeadings(moved));
        var removed = resolution.RemoveClause(resolution.Operative[0].Id);
        Assert.Equal(["2|Assets freeze"], ResolutionAssert.DescribeHeadings(removed));
    }

    [Fact]
    public void A_heading_must_stand_before_a_top_level_paragraph_of_its_resolution()
    {
        var resolution = Resolution();
        Assert.Throws<ArgumentException>(() => resolution.WithHeadings([new Heading(ClauseId.New(), "Stray", ClauseId.New())]));
        var withSubParagraph = resolution.Operative.FirstOrDefault(c => !c.SubParagraphs.IsEmpty);
        if (withSubParagraph is not null)
        {
            Assert.Throws<ArgumentException>(() => resolution.WithHeadings([new Heading(ClauseId.New(), "In a list", withSubParagraph.SubParagraphs[0].Id)]));
        }

        Assert.Throws<ArgumentException>(() => resolution.WithHeadings(
            [new Heading(ClauseId.New(), "One", resolution.Preambular[0].Id), new Heading(ClauseId.New(), "Two", resolution.Preambular[0].Id)]));
        Assert.Throws<ArgumentException>(() => resolution.WithHeadings([new Heading(resolution.Operative[1].Id, "Reused id", resolution.Operative[1].Id)]));
        Assert.Throws<ArgumentException>(() => new Heading(ClauseId.New(), "Two\nlines", resolution.Operative[0].Id));
    }
}

/// <summary>Footnotes become Word footnotes and AKN authorial notes, both valid.</summary>
public class FootnoteExportTests
{
    private static Resolution Resolution() => ResolutionImporter.Default.Import(Import.FootnoteImportTests.WithFootnotes).Resolution!;

    [Fact]
    public void Word_writes_a_valid_footnotes_part_with_references_at_the_markers()
    {
        using var docx = new Docx(DocxWriter.Write(Resolution()));
        Assert.Equal("", docx.ValidationErrors());
        var notes = docx.Main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id! > 0).ToList();
        Assert.Equal(["United Nations, Treaty Series, vol. 2349, No. 42146.", "Ibid., vol. 1577, No. 27531.", "See A/78/469, para. 12."],
            notes.Select(f => f.InnerText.Trim()));
        var child = docx.ClauseParagraphs.ElementAt(1);
        var reference = child.Descendants<FootnoteReference>().Single();
        Assert.Equal(2, reference.Id!.Value);
        Assert.EndsWith("Rights of the Child", string.Concat(reference.Parent!.ElementsBefore().SelectMany(e => e.Descendants<Text>()).Select(t => t.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Akoma_ntoso_writes_authorial_notes_inline()
    {
        var xml = AknWriter.Write(Resolution());
        XNamespace akn = AknWriter.Namespace;
        var notes = XDocument.Parse(xml).Descendants(akn + "authorialNote").ToList();
        Assert.Equal(3, notes.Count);
        Assert.Equal("Ibid., vol. 1577, No. 27531.", notes[1].Value);
        Assert.Equal(" and the Optional Protocols thereto,", ((XText)notes[1].NextNode!).Value);
        Assert.Equal("", AknWriterTests.SchemaErrors(xml));
    }
}

/// <summary>Footnotes survive the Markdown round trip as Markdown footnotes.</summary>
public class FootnoteMarkdownTests
{
    [Fact]
    public void Markdown_writes_footnote_references_and_definitions_and_reimports_them()
    {
        var original = ResolutionImporter.Default.Import(Import.FootnoteImportTests.WithFootnotes).Resolution!;
        var markdown = MarkdownWriter.Write(original);
        Assert.Contains("*Recalling* the United Nations Convention against Corruption,[^1]\n", markdown, StringComparison.Ordinal);
        Assert.Contains("the Rights of the Child[^2] and", markdown, StringComparison.Ordinal);
        Assert.EndsWith("[^3]: See A/78/469, para. 12.\n", markdown, StringComparison.Ordinal);

        var reimported = ResolutionImporter.Default.Import(markdown);
        Assert.True(reimported.Succeeded, string.Join("\n", reimported.Diagnostics));
        ResolutionAssert.SameContent(original, reimported.Resolution!);
        Assert.Equal(
            original.AllClauses.SelectMany(c => c.Notes.Select(n => $"{n.Offset}|{n.Text}")),
            reimported.Resolution!.AllClauses.SelectMany(c => c.Notes.Select(n => $"{n.Offset}|{n.Text}")));
        Assert.Empty(reimported.Warnings);
    }
}

/// <summary>A heading in the preamble ("Current situation") is written by every writer before its preambular paragraph.</summary>
public class PreambleHeadingExportTests
{
    private const string Text = """
        The Security Council,

        *Recalling* its previous resolutions on Libya,

        Current situation

        *Expressing* grave concern at the situation in Libya,

        Arms embargo

        1. *Decides* to renew the arms embargo;

        2. *Decides* to remain seized of the matter.
        """;

    private static Resolution Resolution() => ResolutionImporter.Default.Import(Text).Resolution!;

    [Fact]
    public void The_import_places_it_before_the_second_preambular_paragraph()
    {
        var resolution = Resolution();
        Assert.Equal(["p2|Current situation", "1|Arms embargo"], ResolutionAssert.DescribeHeadings(resolution));
    }

    [Fact]
    public void Markdown_writes_it_as_an_atx_heading_between_the_preambular_paragraphs_and_reimports_it()
    {
        var resolution = Resolution();
        var markdown = MarkdownWriter.Write(resolution);
        Assert.Contains("Libya,\n\n### Current situation\n\n*Expressing*", markdown, StringComparison.Ordinal);
        var reimported = ResolutionImporter.Default.Import(markdown);
        ResolutionAssert.SameContent(resolution, reimported.Resolution!);
        Assert.Empty(reimported.Warnings);
    }

    [Fact]
    public void Html_writes_it_inside_the_preamble_before_its_paragraph()
    {
        var resolution = Resolution();
        var html = HtmlWriter.Write(resolution);
        var at = html.IndexOf($"<h3 class=\"heading\" data-heading-id=\"{resolution.Headings[0].Id}\">Current situation</h3>", StringComparison.Ordinal);
        Assert.True(at > html.IndexOf(resolution.Preambular[0].Id.Value, StringComparison.Ordinal));
        Assert.True(at < html.IndexOf(resolution.Preambular[1].Id.Value, StringComparison.Ordinal));
        Assert.True(at < html.IndexOf("<section class=\"operative\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Akoma_ntoso_writes_a_heading_container_in_the_preamble_and_stays_valid()
    {
        var resolution = Resolution();
        var xml = AknWriter.Write(resolution);
        Assert.Equal("", AknWriterTests.SchemaErrors(xml));
        XNamespace akn = AknWriter.Namespace;
        var preamble = XDocument.Parse(xml).Descendants(akn + "preamble").Single();
        var containers = preamble.Elements(akn + "container").ToList();
        Assert.Equal(["preambularParagraph", "heading", "preambularParagraph"], containers.Select(c => (string?)c.Attribute("name")));
        Assert.Equal("Current situation", containers[1].Value);
        Assert.Equal(resolution.Headings[0].Id.Value, (string?)containers[1].Attribute("GUID"));
        Assert.Equal(["preamble__container_1", "preamble__heading_1", "preamble__container_2"], containers.Select(c => (string?)c.Attribute("eId")));
    }

    [Fact]
    public void Word_writes_it_in_the_heading_style_before_the_preambular_paragraph()
    {
        var resolution = Resolution();
        using var docx = new Docx(DocxWriter.Write(resolution));
        Assert.Equal("", docx.ValidationErrors());
        var headings = docx.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "UNHeading").ToList();
        Assert.Equal(["Current situation", "Arms embargo"], headings.Select(p => Docx.Text(p)));
        Assert.StartsWith("Expressing grave concern", Docx.Text((Paragraph)headings[0].NextSibling()!).TrimStart(), StringComparison.Ordinal);
    }
}
