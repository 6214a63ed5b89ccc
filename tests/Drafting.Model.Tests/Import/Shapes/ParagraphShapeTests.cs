using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// Shapes 5, 6 and 7 of issue 16: a resolution with one unnumbered operative paragraph; openings after an introduction
/// and none invented from plain text; labels that are not labels (run-in enumerations, wrapped "(e) of resolution …").
/// </summary>
public class ParagraphShapeTests
{
    [Fact]
    public void An_election_to_fill_a_vacancy_has_one_unnumbered_operative_paragraph()
    {
        var resolution = Imported("""
            Resolution 2242 (2015)

            Adopted by the Security Council at its 7535th meeting, on 13 October 2015

            The Security Council,

            *Noting with regret* the resignation of Judge Peter Tomka, to take effect on 31 December 2015,

            *Noting further* that a vacancy in the International Court of Justice for the remainder of the term of office of the resigning Judge must be filled,

            *Decides* that the election to fill the vacancy shall take place on 10 November 2015 at a meeting of the Security Council.
            """, out var result);
        Assert.Equal(2, resolution.Preambular.Length);
        var operative = Assert.Single(resolution.Operative);
        Assert.Equal(ClauseKind.Operative, operative.Kind);
        Assert.Equal("Decides", operative.Opening);
        Assert.Equal("Decides that the election to fill the vacancy shall take place on 10 November 2015 at a meeting of the Security Council.", operative.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_recommendation_of_admission_in_plain_text()
    {
        var resolution = Imported("""
            The Security Council,
            Having examined the application of the Republic of South Sudan for admission to the United Nations (S/2011/418),
            Recommends to the General Assembly that the Republic of South Sudan be admitted to membership in the United Nations.
            """, out _);
        Assert.Equal("Having examined the application of the Republic of South Sudan for admission to the United Nations (S/2011/418),", Assert.Single(resolution.Preambular).Text);
        Assert.Equal("Recommends to the General Assembly that the Republic of South Sudan be admitted to membership in the United Nations.", Assert.Single(resolution.Operative).Text);
    }

    [Fact]
    public void A_preamble_alone_ending_in_commas_stays_a_preamble()
    {
        var result = Drafting.Model.Import.ResolutionImporter.Default.Import("The Security Council,\n\n*Recalling* its resolutions,\n\n*Noting* the report,");
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Resolution!.Preambular.Length);
        Assert.Empty(result.Resolution.Operative);
    }

    [Fact]
    public void An_emphasised_verb_after_an_introduction_is_the_opening()
    {
        var resolution = Imported("""
            The Security Council,

            21. *Acting* in support of the Government of Mali, *recalls* its authorization to take all necessary means;

            22. In this context, *stresses* the need for cooperation;

            23. In this context, *inter alia*, the Council notes the report;
            """, out _);
        Assert.Equal("Acting", resolution.Operative[0].Opening);
        Assert.Equal("In this context, stresses", resolution.Operative[1].Opening);
        Assert.Equal("In this context, stresses the need for cooperation;", resolution.Operative[1].Text);
        Assert.Null(resolution.Operative[2].Opening);
    }

    [Fact]
    public void An_introduction_before_the_emphasised_verb_with_no_emphasis_on_it()
    {
        var resolution = Imported("""
            The Security Council,

            1. Acting in support of the Government of Mali, *recalls* its authorization to take all necessary means;
            """, out _);
        Assert.Equal("Acting in support of the Government of Mali, recalls", resolution.Operative[0].Opening);
    }

    [Fact]
    public void Plain_text_never_gets_an_opening_from_a_word_that_is_no_opening_phrase()
    {
        var resolution = Imported("""
            The Security Council,

            Cognizant of the situation,

            1. In this context, stresses the need for cooperation;

            2. Acting in support of the Government, recalls its authorization;

            3. Decides to remain seized of the matter.
            """, out _);
        Assert.Null(resolution.Operative[0].Opening);
        Assert.Null(resolution.Operative[1].Opening);
        Assert.Equal("Decides", resolution.Operative[2].Opening);
    }

    [Fact]
    public void A_run_in_enumeration_wrapped_before_its_second_item_stays_one_paragraph()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Calls upon* the parties to implement the agreement, namely (i) the ceasefire and
            (ii) the withdrawal of forces, without delay;

            2. *Decides* to remain seized of the matter.
            """, out var result);
        var op1 = resolution.Operative[0];
        Assert.Empty(op1.SubParagraphs);
        Assert.Equal("Calls upon the parties to implement the agreement, namely (i) the ceasefire and (ii) the withdrawal of forces, without delay;", op1.Text);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "sub-paragraph-label");
    }

    [Fact]
    public void A_wrapped_line_starting_with_a_letter_in_parentheses_continues_the_line_above()
    {
        var resolution = Imported("""
            The General Assembly,

            1. *Recalls* the recommendations contained in paragraph 4
            (e) of resolution 61/98 and the commitments made;

            2. *Decides* to include the item in the provisional agenda.
            """, out _);
        Assert.Empty(resolution.Operative[0].SubParagraphs);
        Assert.Equal("Recalls the recommendations contained in paragraph 4 (e) of resolution 61/98 and the commitments made;", resolution.Operative[0].Text);
    }

    [Fact]
    public void The_same_label_after_a_finished_clause_is_a_sub_paragraph()
    {
        var resolution = Imported("""
            The General Assembly,

            1. *Recalls* the following:
            (a) Resolution 61/98;
            (b) Resolution 62/1;
            """, out _);
        Assert.Equal(["Resolution 61/98;", "Resolution 62/1;"], resolution.Operative[0].SubParagraphs.Select(c => c.Text));
    }
}
