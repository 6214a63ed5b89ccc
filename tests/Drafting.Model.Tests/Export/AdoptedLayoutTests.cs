using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

/// <summary>
/// An adopted resolution keeps its meeting and date from the pasted text, prints them as the official texts do in every
/// writer, and the Markdown round trip gives them back.
/// </summary>
public class AdoptedLayoutTests
{
    private const string CouncilText = """
        United Nations                                                S/RES/2417 (2018)

        Security Council                                              Distr.: General
                                                                      24 May 2018

        Resolution 2417 (2018)

        Adopted by the Security Council at its 8267th meeting, on 24 May 2018

        The Security Council,

        *Recalling* its resolutions on the protection of civilians,

        1. *Decides* to remain seized of the matter.
        """;

    private const string AssemblyText = """
        A/RES/77/230

        General Assembly

        Distr.: General
        20 December 2022

        Seventy-seventh session
        Agenda item 71 (c)

        Human rights situations and reports of special rapporteurs and representatives

        Resolution adopted by the General Assembly on 15 December 2022

        [on the report of the Third Committee (A/77/463/Add.3, para. 40)]

        77/230. Situation of human rights in a region

        The General Assembly,

        *Recalling* its previous resolutions,

        1. *Decides* to continue its consideration of the question.

        48th plenary meeting
        15 December 2022
        """;

    private static Resolution Import(string text)
    {
        var result = ResolutionImporter.Default.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Resolution!;
    }

    /// <summary>For looking at the layout by eye: DRAFTING_RENDER_OUTPUT=/tmp/x keeps the file.</summary>
    private static byte[] Keep(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("DRAFTING_RENDER_OUTPUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllBytes(Path.Combine(keep, name), bytes);
        }

        return bytes;
    }

    [Fact]
    public void The_councils_masthead_gives_the_meeting_and_date_of_adoption()
    {
        var resolution = Import(CouncilText);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal(new DecisionRecord("8267th meeting", new DateOnly(2018, 5, 24)), resolution.Decided);
        Assert.Equal("S/RES/2417 (2018)", resolution.Symbol);
    }

    [Fact]
    public void The_assemblys_sign_off_gives_the_meeting_and_its_adoption_line_the_date()
    {
        var resolution = Import(AssemblyText);
        Assert.Equal(new DecisionRecord("48th plenary meeting", new DateOnly(2022, 12, 15)), resolution.Decided);
        Assert.Equal(new DateOnly(2022, 12, 15), resolution.Date);
    }

    [Fact]
    public void A_qualified_meeting_is_kept_as_printed()
    {
        var resolution = Import(CouncilText.Replace("8267th meeting", "7782nd (closed) meeting", StringComparison.Ordinal));
        Assert.Equal("7782nd (closed) meeting", resolution.Decided?.Meeting);
    }

    [Fact]
    public void A_draft_has_no_decision_record_and_may_not_be_given_one()
    {
        var draft = Import("The Security Council,\n\n1. *Decides* to remain seized of the matter.");
        Assert.Null(draft.Decided);
        Assert.Throws<ArgumentException>(() => new Resolution(Guid.NewGuid(), Organ.SecurityCouncil, "The Security Council,", [], [],
            stage: Stage.InBlue, decided: new DecisionRecord("1st meeting", new DateOnly(2020, 1, 1))));
    }

    [Fact]
    public void Word_prints_the_councils_number_and_adoption_line_instead_of_a_sponsor_line()
    {
        using var docx = new Docx(Keep("adopted-council.docx", DocxWriter.Write(Import(CouncilText))));
        Assert.Equal("", docx.ValidationErrors());
        var texts = docx.Body.Elements<Paragraph>().Select(p => Docx.Text(p)).Where(t => t.Length > 0).ToList();
        var at = texts.IndexOf("Resolution 2417 (2018)");
        Assert.True(at >= 0, string.Join(" | ", texts));
        Assert.Equal("Adopted by the Security Council at its 8267th meeting, on 24 May 2018", texts[at + 1]);
        Assert.StartsWith("The Security Council,", texts[at + 2], StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.EndsWith("draft resolution", StringComparison.Ordinal));
    }

    [Fact]
    public void Word_prints_the_assemblys_adoption_line_numbered_title_and_sign_off()
    {
        using var docx = new Docx(Keep("adopted-assembly.docx", DocxWriter.Write(Import(AssemblyText))));
        Assert.Equal("", docx.ValidationErrors());
        var paragraphs = docx.Body.Elements<Paragraph>().Where(p => Docx.Text(p).Length > 0).ToList();
        var texts = paragraphs.Select(p => Docx.Text(p)).ToList();
        var at = texts.IndexOf("Resolution adopted by the General Assembly on 15 December 2022");
        Assert.True(at >= 0, string.Join(" | ", texts));
        Assert.Equal("77/230. Situation of human rights in a region", texts[at + 1]);
        Assert.Equal(["48th plenary meeting", "15 December 2022"], texts[^2..]);
        Assert.All(paragraphs[^2..], p => Assert.Equal(UnLayout.SignOffStyle, p.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
    }

    [Fact]
    public void Html_prints_the_adoption_line_and_the_sign_off()
    {
        var html = HtmlWriter.Write(Import(AssemblyText));
        Assert.Contains("<p class=\"adoption\">Resolution adopted by the General Assembly on 15 December 2022</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sign-off\">48th plenary meeting<br />15 December 2022</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Akoma_ntoso_writes_the_adoption_line_in_the_preface_and_the_sign_off_in_the_conclusions_and_stays_valid()
    {
        var xml = AknWriter.Write(Import(AssemblyText));
        Assert.Equal("", AknWriterTests.SchemaErrors(xml));
        var document = XDocument.Parse(xml);
        XNamespace akn = AknWriter.Namespace;
        Assert.Contains(document.Descendants(akn + "preface").Elements(akn + "p"),
            p => (string?)p.Attribute("class") == "adoption" && p.Value == "Resolution adopted by the General Assembly on 15 December 2022");
        Assert.Equal(["48th plenary meeting", "15 December 2022"], document.Descendants(akn + "conclusions").Elements(akn + "p").Select(p => p.Value));
        Assert.Equal("", AknWriterTests.SchemaErrors(AknWriter.Write(Import(CouncilText))));
    }

    [Theory]
    [InlineData(CouncilText)]
    [InlineData(AssemblyText)]
    public void The_markdown_round_trip_keeps_stage_date_meeting_and_symbol(string text)
    {
        var resolution = Import(text);
        var again = Import(MarkdownWriter.Write(resolution));
        Assert.Equal(Stage.Adopted, again.Stage);
        Assert.Equal(resolution.Decided, again.Decided);
        Assert.Equal(resolution.Symbol, again.Symbol);
        Assert.Equal(resolution.Date, again.Date);
        Assert.Equal(resolution.Operative.Select(c => c.Text), again.Operative.Select(c => c.Text));
    }

    [Fact]
    public void A_vote_reads_as_the_records_print_it()
    {
        Assert.Equal("13 votes to 2, with 1 abstention", new Vote(13, 2, 1).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Vote(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Vote(190, 2, 2));
    }
}
