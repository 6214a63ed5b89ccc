using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// A masthead copied from a PDF viewer, where the columns come joined by one space ("United Nations A/RES/79/12",
/// "General Assembly Distr.: General 9 December 2024", "Seventy-ninth session Agenda item 31 …"): read as the masthead
/// it is, never as a preambular paragraph swallowing the formula.
/// </summary>
public class JoinedMastheadTests
{
    /// <summary>Composed in the shape of a General Assembly resolution copied from its PDF in a browser.</summary>
    private const string Assembly = """
        United Nations A/RES/79/12

        General Assembly Distr.: General 9 December 2024

        Seventy-ninth session Agenda item 31 Cooperation between the United Nations and a regional organization

        Resolution adopted by the General Assembly on 4 December 2024

        [without reference to a Main Committee (A/79/L.20 and A/79/L.20/Add.1)]

        79/12. Cooperation between the United Nations and a regional organization

        The General Assembly,

        Recalling its resolution 77/10 of 21 November 2022,

        Welcoming the cooperation between the two organizations,

        1. Takes note of the report of the Secretary-General;

        2. Decides to include in the provisional agenda of its eighty-first session the sub-item entitled "Cooperation between the United Nations and a regional organization".

        45th plenary meeting 4 December 2024
        """;

    /// <summary>The Security Council's, copied the same way and without blank lines.</summary>
    private const string Council = """
        United Nations S/RES/2417 (2018)
        Security Council Distr.: General 24 May 2018
        Resolution 2417 (2018)
        Adopted by the Security Council at its 8267th meeting, on 24 May 2018
        The Security Council,
        Recalling its resolutions on the protection of civilians,
        1. Strongly condemns the use of starvation of civilians as a method of warfare;
        2. Decides to remain seized of the matter.
        """;

    [Fact]
    public void An_assembly_masthead_with_joined_columns_fills_the_fields_and_leaves_the_preamble_alone()
    {
        var resolution = Imported(Assembly, out var result);
        Assert.Equal(Organ.GeneralAssembly, resolution.Organ);
        Assert.Equal("The General Assembly,", resolution.Formula);
        Assert.Equal("A/RES/79/12", resolution.Symbol);
        Assert.Equal("Cooperation between the United Nations and a regional organization", resolution.Title);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal(new DateOnly(2024, 12, 4), resolution.Date);
        Assert.Equal(new DecisionRecord("45th plenary meeting", new DateOnly(2024, 12, 4)), resolution.Decided);
        Assert.Equal(["Recalling its resolution 77/10 of 21 November 2022,", "Welcoming the cooperation between the two organizations,"],
            resolution.Preambular.Select(c => c.Text));
        Assert.Equal(["Takes note", "Decides"], resolution.Operative.Select(c => c.Opening));
        Assert.EndsWith("regional organization\".", resolution.Operative[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Warnings, w => w.Code is "joined-paragraph" or "no-formula" or "no-organ" or "unnumbered-operative");
    }

    [Fact]
    public void A_council_masthead_with_joined_columns_and_no_blank_lines_fills_the_fields()
    {
        var resolution = Imported(Council, out var result);
        Assert.Equal(Organ.SecurityCouncil, resolution.Organ);
        Assert.Equal("S/RES/2417 (2018)", resolution.Symbol);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal(new DecisionRecord("8267th meeting", new DateOnly(2018, 5, 24)), resolution.Decided);
        Assert.Equal(["Recalling its resolutions on the protection of civilians,"], resolution.Preambular.Select(c => c.Text));
        Assert.Equal(2, resolution.Operative.Length);
        Assert.DoesNotContain(result.Warnings, w => w.Code is "joined-paragraph" or "no-formula");
    }

    [Fact]
    public void A_preambular_paragraph_that_merely_names_the_assembly_is_not_taken_for_masthead()
    {
        var resolution = Imported("""
            The General Assembly,

            Recalling that the General Assembly Distr.: General documents are issued in all official languages,

            1. Decides to remain seized of the matter.
            """, out _);
        Assert.Single(resolution.Preambular);
        Assert.StartsWith("Recalling that the General Assembly Distr.", resolution.Preambular[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_furniture_joined_by_one_space_is_removed_and_the_paragraph_it_cut_is_joined_back()
    {
        var text = Assembly.Replace(
            "Welcoming the cooperation between the two organizations,",
            """
            Welcoming the cooperation between the two organizations in the fields of peace and

            24-22612 (E) 121224 *2422612*

            A/RES/79/12 Cooperation between the United Nations and a regional organization

            24-22612 2/3

            security, development and human rights,
            """, StringComparison.Ordinal);
        var resolution = Imported(text, out var result);
        Assert.Equal("Welcoming the cooperation between the two organizations in the fields of peace and security, development and human rights,",
            resolution.Preambular[1].Text);
        var furniture = Assert.Single(result.Warnings, w => w.Code == "page-furniture");
        Assert.Contains("'24-22612 (E) 121224 *2422612*'", furniture.Message, StringComparison.Ordinal);
        Assert.Contains("'24-22612 2/3'", furniture.Message, StringComparison.Ordinal);
        Assert.Equal(2, resolution.Operative.Length);
    }

    [Fact]
    public void A_wrapped_line_starting_with_a_cited_draft_symbol_stays_text()
    {
        var resolution = Imported("""
            The General Assembly,

            Recalling the draft resolution contained in document
            A/79/L.20 Annex I and the statements made on it,

            1. Decides to remain seized of the matter.
            """, out _);
        Assert.Equal("Recalling the draft resolution contained in document A/79/L.20 Annex I and the statements made on it,", resolution.Preambular[0].Text);
    }

    [Fact]
    public void A_wrapped_line_starting_with_another_resolutions_symbol_stays_text_in_an_adopted_resolution()
    {
        var resolution = Imported(Assembly.Replace(
            "Recalling its resolution 77/10 of 21 November 2022,",
            "Recalling its resolution 77/10 of 21 November 2022 and the programme annexed to resolution\nA/RES/78/70 Cooperation Framework of the two organizations,", StringComparison.Ordinal), out var result);
        Assert.Equal("Recalling its resolution 77/10 of 21 November 2022 and the programme annexed to resolution A/RES/78/70 Cooperation Framework of the two organizations,",
            resolution.Preambular[0].Text);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "page-furniture");
    }

    [Fact]
    public void Number_and_adoption_line_or_adoption_line_and_report_reference_on_one_line_are_masthead_too()
    {
        var council = Imported(Council.Replace("Resolution 2417 (2018)\nAdopted", "Resolution 2417 (2018) Adopted", StringComparison.Ordinal), out _);
        Assert.Equal(new DecisionRecord("8267th meeting", new DateOnly(2018, 5, 24)), council.Decided);
        Assert.Equal(["Recalling its resolutions on the protection of civilians,"], council.Preambular.Select(c => c.Text));

        var assembly = Imported(Assembly.Replace("on 4 December 2024\n\n[without", "on 4 December 2024 [without", StringComparison.Ordinal), out var result);
        Assert.Equal(Stage.Adopted, assembly.Stage);
        Assert.Equal(new DateOnly(2024, 12, 4), assembly.Date);
        Assert.Equal(2, assembly.Preambular.Length);
        Assert.DoesNotContain(result.Warnings, w => w.Code is "joined-paragraph" or "no-formula");
    }

    [Fact]
    public void A_council_draft_copied_without_blank_lines_keeps_its_date_sponsors_and_formula()
    {
        var resolution = Imported("""
            United Nations S/2024/123
            Security Council Distr.: General 1 March 2024 Original: English
            France, Ghana and Japan: draft resolution
            The Security Council,
            Recalling its previous resolutions,
            1. Decides to remain seized of the matter.
            """, out var result);
        Assert.Equal(("S/2024/123", new DateOnly(2024, 3, 1), Stage.Draft), (resolution.Symbol, resolution.Date, resolution.Stage));
        Assert.Equal(["France", "Ghana", "Japan"], resolution.Sponsors.Select(s => s.Name));
        Assert.Equal("The Security Council,", resolution.Formula);
        Assert.Equal(["Recalling its previous resolutions,"], resolution.Preambular.Select(c => c.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Code is "no-formula");
    }

    [Fact]
    public void A_committee_draft_with_session_committee_and_agenda_item_on_one_line_keeps_its_title()
    {
        var resolution = Imported("""
            United Nations A/C.3/79/L.12/Rev.1
            General Assembly Distr.: Limited 5 November 2024 Original: English
            Seventy-ninth session Third Committee Agenda item 71 (b) Promotion and protection of human rights
            Argentina, Chile and Mexico: revised draft resolution
            Freedom of religion or belief
            The General Assembly,
            Recalling its resolutions,
            1. Decides to remain seized of the matter.
            """, out var result);
        Assert.Equal(Organ.GeneralAssembly, resolution.Organ);
        Assert.Equal("A/C.3/79/L.12/Rev.1", resolution.Symbol);
        Assert.Equal(new DateOnly(2024, 11, 5), resolution.Date);
        Assert.Equal("Freedom of religion or belief", resolution.Title);
        Assert.Equal(["Argentina", "Chile", "Mexico"], resolution.Sponsors.Select(s => s.Name));
        Assert.Equal(["Recalling its resolutions,"], resolution.Preambular.Select(c => c.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Code is "no-formula");
    }
}
