using Drafting.Model.Import;
using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// Shapes 1, 2 and 8 of issue 16: the masthead of an adopted General Assembly resolution as the PDF prints it (blank lines
/// between its lines, lettered and several agenda items, a wrapped agenda title, a wrapped adoption line and reference),
/// the sign-off after the last paragraph, and Security Council adoption lines with meeting qualifiers.
/// </summary>
public class GeneralAssemblyMastheadTests
{
    /// <summary>Composed after A/RES/77/230 as the PDF pastes it: every masthead line apart.</summary>
    internal const string ThirdCommittee = """
        United Nations

        A/RES/77/230

        General Assembly

        Distr.: General

        20 December 2022

        Seventy-seventh session

        Agenda item 71 (c)

        Promotion and protection of human rights: human rights situations

        and reports of special rapporteurs and representatives

        Resolution adopted by the General Assembly on 15 December 2022

        [on the report of the Third Committee (A/77/463/Add.3, para. 40)]

        77/230. Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine

        The General Assembly,

        *Guided* by the Charter of the United Nations,

        *Recalling* its resolution 68/262 of 27 March 2014,

        1. *Condemns* the continuing violations of human rights;

        2. *Decides* to continue its consideration of the matter at its seventy-eighth session.

        48th plenary meeting

        15 December 2022
        """;

    [Fact]
    public void Every_masthead_line_apart_fills_the_fields_and_none_is_a_paragraph()
    {
        var resolution = Imported(ThirdCommittee, out var result);
        Assert.Equal(Organ.GeneralAssembly, resolution.Organ);
        Assert.Equal("A/RES/77/230", resolution.Symbol);
        Assert.Equal("Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", resolution.Title);
        Assert.Equal(new DateOnly(2022, 12, 15), resolution.Date);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal("The General Assembly,", resolution.Formula);
        Assert.Equal(["Guided by the Charter of the United Nations,", "Recalling its resolution 68/262 of 27 March 2014,"], resolution.Preambular.Select(c => c.Text));
        Assert.Equal(["Condemns the continuing violations of human rights;", "Decides to continue its consideration of the matter at its seventy-eighth session."], resolution.Operative.Select(c => c.Text));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_sign_off_is_neither_glued_to_the_last_paragraph_nor_a_paragraph()
    {
        // Without the blank line the sign-off would otherwise run on as words of the last paragraph.
        var glued = ThirdCommittee.Replace("session.\n\n48th plenary meeting\n\n15 December 2022", "session.\n48th plenary meeting\n15 December 2022", StringComparison.Ordinal);
        var oneLine = ThirdCommittee.Replace("48th plenary meeting\n\n15 December 2022", "48th plenary meeting          15 December 2022", StringComparison.Ordinal);
        Assert.NotEqual(ThirdCommittee, glued);
        Assert.NotEqual(ThirdCommittee, oneLine);
        foreach (var text in new[] { ThirdCommittee, glued, oneLine })
        {
            var resolution = Imported(text, out var result);
            Assert.Equal(2, resolution.Operative.Length);
            Assert.Equal("Decides to continue its consideration of the matter at its seventy-eighth session.", resolution.Operative[^1].Text);
            Assert.DoesNotContain(result.Warnings, w => w.Code is "unnumbered-operative" or "joined-paragraph");
        }
    }

    [Fact]
    public void Several_agenda_items_a_wrapped_adoption_line_reference_and_title_without_a_masthead_symbol()
    {
        var resolution = Imported("""
            General Assembly

            Seventy-seventh session
            Agenda items 14 and 117

            Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations
            conferences and summits in the economic, social and related fields

            Resolution adopted by the General Assembly
            on 2 March 2023

            [without reference to a Main Committee
            (A/77/L.25 and A/77/L.25/Add.1)]

            77/251. Organization of the high-level meeting on universal health coverage and
            the high-level meeting on tuberculosis

            The General Assembly,

            *Recalling* its resolution 72/139 of 12 December 2017,

            1. *Decides* that the high-level meeting shall be held on 21 September 2023.

            63rd plenary meeting
            2 March 2023
            """, out var result);
        Assert.Equal("A/RES/77/251", resolution.Symbol);
        Assert.Equal("Organization of the high-level meeting on universal health coverage and the high-level meeting on tuberculosis", resolution.Title);
        Assert.Equal(new DateOnly(2023, 3, 2), resolution.Date);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal("Recalling its resolution 72/139 of 12 December 2017,", Assert.Single(resolution.Preambular).Text);
        Assert.Equal("Decides that the high-level meeting shall be held on 21 September 2023.", Assert.Single(resolution.Operative).Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_adoption_date_wins_over_the_distribution_date()
    {
        var resolution = Imported(ThirdCommittee, out _);
        Assert.NotEqual(new DateOnly(2022, 12, 20), resolution.Date);
        Assert.Equal(new DateOnly(2022, 12, 15), resolution.Date);
    }

    [Theory]
    [InlineData("Adopted by the Security Council at its 7782nd (closed) meeting, on 27 September 2016", 2016, 9, 27)]
    [InlineData("Adopted by the Security Council at its 7340th meeting (resumed), on 3 December 2014", 2014, 12, 3)]
    [InlineData("Adopted by the Security Council at its 7100th (resumed) meeting, on 30 January 2014.", 2014, 1, 30)]
    public void Security_council_adoption_lines_with_meeting_qualifiers_give_the_date(string adopted, int year, int month, int day)
    {
        var resolution = Imported($"""
            Security Council

            Resolution 2312 (2016)

            {adopted}

            The Security Council,

            *Recalling* its resolution 2240 (2015),

            1. *Decides* to remain seized of the matter.
            """, out var result);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal(new DateOnly(year, month, day), resolution.Date);
        Assert.Equal("S/RES/2312 (2016)", resolution.Symbol);
        Assert.Equal("Recalling its resolution 2240 (2015),", Assert.Single(resolution.Preambular).Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_adoption_line_wrapped_before_its_date()
    {
        var resolution = Imported("""
            Resolution 2240 (2015)
            Adopted by the Security Council at its 7531st meeting, on
            9 October 2015

            The Security Council,

            1. *Decides* to remain seized of the matter.
            """, out var result);
        Assert.Equal(new DateOnly(2015, 10, 9), resolution.Date);
        Assert.Equal("Decides to remain seized of the matter.", Assert.Single(resolution.Operative).Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_annex_after_the_sign_off_is_not_imported_as_operative_paragraphs_and_is_reported()
    {
        var resolution = Imported(ThirdCommittee + """

            Annex

            Declaration on the rights of persons

            ### Part one

            1. States shall protect the rights of persons;

            2. States shall report.
            """, out var result);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal("Decides to continue its consideration of the matter at its seventy-eighth session.", resolution.Operative[^1].Text);
        Assert.Empty(resolution.Headings);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("annex-not-imported", 38), (warning.Code, warning.Line));
        Assert.Contains("Lines 38\u201346", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annex_title_after_the_last_paragraph_of_a_security_council_resolution_ends_it()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Endorses* the plan annexed to this resolution;

            2. *Decides* to remain seized of the matter.

            Annex I

            Joint Comprehensive Plan of Action

            1. Iran shall take the steps described below;
            """, out var result);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal(("annex-not-imported", 7), (Assert.Single(result.Warnings).Code, Assert.Single(result.Warnings).Line));
    }

    [Fact]
    public void A_paragraph_that_mentions_an_annex_is_not_one()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Decides* as follows;

            Annex

            2. *Decides* to remain seized of the matter.
            """, out _);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal(["2|Annex"], ResolutionAssert.DescribeHeadings(resolution));
    }

    [Fact]
    public void A_committee_draft_keeps_its_agenda_item_sponsors_and_title_apart()
    {
        var resolution = Imported(CommitteeDraft, out var result);
        Assert.Equal(("A/C.3/77/L.12/Rev.1", "Freedom of religion or belief", Stage.Draft, new DateOnly(2022, 11, 10)), (resolution.Symbol, resolution.Title, resolution.Stage, resolution.Date));
        Assert.Equal(["Albania", "Andorra", "Australia", "Austria", "Belgium", "Bulgaria", "Canada", "Croatia", "Cyprus", "Czechia"], resolution.Sponsors.Select(s => s.Name));
        Assert.Equal("The General Assembly,", resolution.Formula);
        Assert.Equal("Reaffirming that all human beings are born free and equal in dignity and rights,", Assert.Single(resolution.Preambular).Text);
        Assert.Equal(["Condemns all forms of intolerance;", "Decides to continue consideration of the question at its seventy-ninth session."], resolution.Operative.Select(c => c.Text));
        Assert.Empty(result.Warnings);
    }

    /// <summary>A Third Committee draft as its PDF pastes: the agenda item's name over three lines, the sponsor line, the title, no italics.</summary>
    private const string CommitteeDraft = """
United Nations                                   A/C.3/77/L.12/Rev.1
General Assembly                                 Distr.: Limited
                                                 10 November 2022

                                                 Original: English

Seventy-seventh session
Third Committee
Agenda item 68 (b)
Promotion and protection of human rights: human rights questions,
including alternative approaches for improving the effective enjoyment
of human rights and fundamental freedoms

               Albania, Andorra, Australia, Austria, Belgium, Bulgaria, Canada,
               Croatia, Cyprus and Czechia: revised draft resolution

               Freedom of religion or belief

                     The General Assembly,
                     Reaffirming that all human beings are born free and equal in dignity and
               rights,
                     1.    Condemns all forms of intolerance;
                     2.    Decides to continue consideration of the question at its seventy-ninth
               session.
""";
}
