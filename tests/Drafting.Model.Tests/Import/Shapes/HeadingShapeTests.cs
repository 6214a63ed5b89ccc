using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// Shape 3 of issue 16: headings between operative paragraphs in every printed form (long, wrapped, ending in a colon,
/// an acronym, stacked lines, a label above or before a title) and in the preamble; each is one heading, never a paragraph.
/// </summary>
public class HeadingShapeTests
{
    /// <summary>Composed in the style of a sanctions resolution copied from the PDF, headings in every printed form.</summary>
    internal const string Sanctions = """
        The Security Council,

        *Recalling* its previous resolutions on Libya,

        Current situation

        *Expressing* grave concern at the situation in Libya,

        *Acting* under Chapter VII of the Charter of the United Nations,

        Prevention of illicit exports of petroleum, including crude oil and refined petroleum products

        1. *Decides* to extend the authorizations provided by resolution 2146 (2014);

        Reports:

        2. *Requests* the Panel to report to the Council;

        UNSMIL

        3. *Decides* to extend the mandate of the Mission;

        UNMISS
        Protection of civilians

        4. *Requests* the Mission to deter violence against civilians;

        I

        Achieving sustainable fisheries

        5. *Calls upon* all States to conserve fish stocks;

        A.
        Targeted sanctions

        6. *Decides* that the measures shall apply to listed individuals;

        B. Travel ban

        7. *Decides* that all Member States shall prevent the entry of listed individuals;

        Mandate of the Panel of Experts on the Democratic Republic of the Congo established
        pursuant to resolution 1533 (2004)

        8. *Decides* to remain actively seized of the matter.
        """;

    [Fact]
    public void Every_printed_form_is_one_heading_before_its_paragraph()
    {
        var resolution = Imported(Sanctions, out var result);
        Assert.Equal(
            [
                "p2|Current situation",
                "1|Prevention of illicit exports of petroleum, including crude oil and refined petroleum products",
                "2|Reports:",
                "3|UNSMIL",
                "4|UNMISS \u2013 Protection of civilians",
                "5|I. Achieving sustainable fisheries",
                "6|A. Targeted sanctions",
                "7|B. Travel ban",
                "8|Mandate of the Panel of Experts on the Democratic Republic of the Congo established pursuant to resolution 1533 (2004)",
            ],
            ResolutionAssert.DescribeHeadings(resolution));
        Assert.Equal(8, resolution.Operative.Length);
        Assert.Equal("Requests the Mission to deter violence against civilians;", resolution.Operative[3].Text);
        Assert.Equal("Calls upon all States to conserve fish stocks;", resolution.Operative[4].Text);
        Assert.Equal("Decides to remain actively seized of the matter.", resolution.Operative[7].Text);
        Assert.DoesNotContain(result.Warnings, w => w.Code is "unnumbered-operative" or "joined-paragraph" or "heading-without-paragraph");
    }

    [Fact]
    public void A_heading_in_the_preamble_is_a_heading_before_the_next_preambular_paragraph()
    {
        var resolution = Imported(Sanctions, out var result);
        Assert.Equal(
            ["Recalling its previous resolutions on Libya,", "Expressing grave concern at the situation in Libya,", "Acting under Chapter VII of the Charter of the United Nations,"],
            resolution.Preambular.Select(c => c.Text));
        var heading = resolution.HeadingBefore(resolution.Preambular[1].Id);
        Assert.Equal("Current situation", heading?.Text);
        Assert.Null(resolution.HeadingBefore(resolution.Preambular[0].Id));
        Assert.DoesNotContain(result.Warnings, w => w.Code is "preamble-heading" or "heading-without-paragraph");
    }

    [Fact]
    public void A_markdown_heading_in_the_preamble_survives_the_markdown_round_trip()
    {
        var resolution = Imported(Sanctions, out _);
        var again = Imported(Drafting.Model.Export.MarkdownWriter.Write(resolution), out var result);
        Assert.Equal(ResolutionAssert.DescribeHeadings(resolution), ResolutionAssert.DescribeHeadings(again));
        Assert.Equal(resolution.Preambular.Select(c => c.Text), again.Preambular.Select(c => c.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Code is "heading-without-paragraph" or "unnumbered-operative");
    }

    [Fact]
    public void A_heading_above_the_single_unnumbered_operative_paragraph_moves_with_it()
    {
        var resolution = Imported("""
            The General Assembly,

            *Noting* that a vacancy has occurred in the International Court of Justice,

            Election

            *Decides* that the election to fill the vacancy shall take place at its seventy-ninth session.
            """, out var result);
        Assert.Single(resolution.Preambular);
        var operative = Assert.Single(resolution.Operative);
        Assert.Equal("Election", resolution.HeadingBefore(operative.Id)?.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "heading-without-paragraph");
    }

    [Fact]
    public void No_line_is_lost()
    {
        var resolution = Imported(Sanctions, out _);
        NothingDropped(resolution, "Libya,", "Chapter VII", "crude oil", "Reports:", "UNSMIL", "Protection of civilians", "sustainable fisheries",
            "Targeted sanctions", "Travel ban", "pursuant to resolution 1533", "seized of the matter.");
    }

    [Fact]
    public void A_heading_line_after_an_unfinished_sentence_stays_text()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Requests* the Secretary-General to report on
            Prevention of illicit exports of petroleum

            2. *Decides* to remain seized of the matter.
            """, out _);
        Assert.Empty(resolution.Headings);
        Assert.Equal("Requests the Secretary-General to report on Prevention of illicit exports of petroleum", resolution.Operative[0].Text);
    }

    [Fact]
    public void Five_heading_like_lines_are_not_a_heading()
    {
        // A heading is printed on at most four lines; five short capitalized lines are text that lost its punctuation.
        var resolution = Imported("""
            The Security Council,

            1. *Decides* to act;

            Alpha
            Beta
            Gamma
            Delta
            Epsilon

            2. *Decides* to remain seized of the matter.
            """, out var result);
        Assert.Empty(resolution.Headings);
        Assert.Contains("Alpha", ShapeImport.AllText(resolution), StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Code == "unnumbered-operative");
    }

    [Fact]
    public void A_heading_in_capitals_wrapped_over_four_lines_is_one_heading()
    {
        var resolution = Imported("""
            ACTION FOR PEACEKEEPING

            Declaration of Shared Commitments on UN Peacekeeping Operations

            1. We, Member States of the United Nations, issue this Declaration.

             TO ADVANCE
            POLITICAL SOLUTIONS
            TO CONFLICT AND ENHANCE THE
            POLITICAL IMPACT OF PEACEKEEPING

            2. We collectively commit to stronger engagement.
            """, out _);
        Assert.Equal(
            ["1|ACTION FOR PEACEKEEPING \u2013 Declaration of Shared Commitments on UN Peacekeeping Operations", "2|TO ADVANCE POLITICAL SOLUTIONS TO CONFLICT AND ENHANCE THE POLITICAL IMPACT OF PEACEKEEPING"],
            ResolutionAssert.DescribeHeadings(resolution));
        Assert.Equal(["We, Member States of the United Nations, issue this Declaration.", "We collectively commit to stronger engagement."], resolution.Operative.Select(c => c.Text));
    }
}
