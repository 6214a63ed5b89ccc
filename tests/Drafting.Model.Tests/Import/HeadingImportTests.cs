using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>Headings inside the operative part, as sanctions, mandate and omnibus resolutions print them.</summary>
public class HeadingImportTests
{
    /// <summary>Composed in the style of a Security Council sanctions renewal pasted from the PDF.</summary>
    private const string Sanctions = """
        The Security Council,

        *Recalling* its previous resolutions and statements of its President concerning the situation in Libya,

        *Determining* that the situation in Libya continues to constitute a threat to international peace and security,

        *Acting* under Chapter VII of the Charter of the United Nations,

        Arms embargo

        1. *Decides* to extend until 15 May 2026 the authorizations provided by resolution 2292 (2016);

        2. *Calls upon* all Member States to inspect vessels on the high seas off the coast of Libya;

        Assets freeze

        3. *Decides* that the measures on assets freeze shall also apply to the individuals designated by the Committee;

        Travel ban
        4. *Reaffirms* that all Member States shall prevent the entry into or transit through their territories of designated individuals;

        Panel of Experts

        5. *Decides* to extend until 15 August 2026 the mandate of the Panel of Experts;

        6. *Decides* to remain actively seized of the matter.
        """;

    private static Resolution Imported(string text, out ImportResult result)
    {
        result = ResolutionImporter.Default.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Resolution!;
    }

    [Fact]
    public void Sanctions_headings_stand_before_their_paragraphs_and_numbering_runs_on()
    {
        var resolution = Imported(Sanctions, out var result);
        Assert.Equal(3, resolution.Preambular.Length);
        Assert.Equal(6, resolution.Operative.Length);
        Assert.Equal(["1|Arms embargo", "3|Assets freeze", "4|Travel ban", "5|Panel of Experts"], ResolutionAssert.DescribeHeadings(resolution));
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations,", resolution.Preambular[2].Text);
        Assert.Equal("Calls upon all Member States to inspect vessels on the high seas off the coast of Libya;", resolution.Operative[1].Text);
        Assert.Equal("Decides", resolution.Operative[2].Opening);
        Assert.Equal("Reaffirms that all Member States shall prevent the entry into or transit through their territories of designated individuals;", resolution.Operative[3].Text);
        Assert.Empty(result.Warnings);
        Assert.Equal(resolution.Headings.Length, resolution.Headings.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void A_mandate_heading_followed_by_an_inline_sub_paragraph_keeps_both()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Decides* to extend the mandate of UNMISS until 30 April 2026;

            Mandate of the Mission

            2. (a) *Protection of civilians*: to protect civilians under threat of physical violence;

                (b) *Creating the conditions for the delivery of humanitarian assistance*: to contribute to a secure environment;

            Protection of civilians
            3. *Requests* the Mission to deter violence against civilians, including foreign nationals.
            """, out _);
        Assert.Equal(["2|Mandate of the Mission", "3|Protection of civilians"], ResolutionAssert.DescribeHeadings(resolution));
        Assert.Equal("", resolution.Operative[1].Text);
        Assert.Equal(2, resolution.Operative[1].SubParagraphs.Length);
        Assert.Equal("Protection of civilians: to protect civilians under threat of physical violence;", resolution.Operative[1].SubParagraphs[0].Text);
        Assert.Equal("Requests the Mission to deter violence against civilians, including foreign nationals.", resolution.Operative[2].Text);
    }

    [Fact]
    public void Markdown_headings_are_headings_even_with_emphasis()
    {
        var resolution = Imported("""
            The General Assembly,

            ### Oceans and the law of the sea

            1. *Reaffirms* its resolutions on oceans and the law of the sea;

            ## *Capacity-building*

            2. *Emphasizes* that capacity-building is essential.
            """, out var result);
        Assert.Equal(["1|Oceans and the law of the sea", "2|Capacity-building"], ResolutionAssert.DescribeHeadings(resolution));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Short_unpunctuated_lines_that_continue_a_sentence_are_not_headings()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Requests* the Secretary-General to report on the situation in
            South Sudan

            2. *Decides* to remain seized of the matter.
            """, out _);
        Assert.Empty(resolution.Headings);
        Assert.Equal("Requests the Secretary-General to report on the situation in South Sudan", resolution.Operative[0].Text);
    }

    [Fact]
    public void An_opening_phrase_line_is_a_clause_not_a_heading()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Decides* to extend the mandate;

            Welcoming

            2. *Decides* to remain seized of the matter.
            """, out _);
        Assert.Empty(resolution.Headings);
    }

    [Fact]
    public void A_heading_before_the_first_operative_paragraph_ends_the_preamble()
    {
        var resolution = Imported("""
            The Security Council,

            *Recalling* its resolution 2417 (2018),

            General provisions

            1. *Condemns* the use of starvation of civilians as a method of warfare.
            """, out _);
        Assert.Single(resolution.Preambular);
        Assert.Equal(["1|General provisions"], ResolutionAssert.DescribeHeadings(resolution));
    }

    [Fact]
    public void A_heading_at_the_end_is_dropped_with_a_warning()
    {
        var result = ResolutionImporter.Default.Import("""
            The Security Council,

            1. *Decides* to remain seized of the matter.

            ### Annex
            """);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Resolution!.Headings);
        Assert.Contains(result.Warnings, w => w.Code == "heading-without-paragraph");
    }
}

/// <summary>Openings as the official texts print them.</summary>
public class ActingOpeningTests
{
    [Theory]
    [InlineData("*Acting under Chapter VII of the Charter of the United Nations*,")]
    [InlineData("*Acting* under Chapter VII of the Charter of the United Nations,")]
    [InlineData("Acting under Chapter VII of the Charter of the United Nations,")]
    public void Only_acting_is_the_opening_of_acting_under_chapter_vii(string line)
    {
        var result = ResolutionImporter.Default.Import($"The Security Council,\n\n*Recalling* its resolutions,\n\n{line}\n\n1. *Decides* to remain seized of the matter.\n");
        var clause = result.Resolution!.Preambular[1];
        Assert.Equal("Acting", clause.Opening);
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations,", clause.Text);
    }
}
