using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>Mastheads of adopted Security Council and General Assembly resolutions, as copied from the PDF.</summary>
public class MastheadImportTests
{
    private static ImportResult Import(string text)
    {
        var result = ResolutionImporter.Default.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void An_adopted_security_council_resolution_is_adopted_on_its_meeting_date()
    {
        var result = Import("""
            United Nations                                                          S/RES/2417 (2018)
            Security Council                                                        Distr.: General
                                                                                    24 May 2018

            Resolution 2417 (2018)

            Adopted by the Security Council at its 8267th meeting, on 24 May 2018

            The Security Council,

            *Recalling* its resolutions 1265 (1999), 1296 (2000) and 1674 (2006),

            1. *Strongly condemns* the use of starvation of civilians as a method of warfare;

            2. *Decides* to remain seized of the matter.

            18-08512 (E)
            *1808512*
            """);
        var resolution = result.Resolution!;
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal(new DateOnly(2018, 5, 24), resolution.Date);
        Assert.Equal("S/RES/2417 (2018)", resolution.Symbol);
        Assert.True(resolution.Organ.IsSecurityCouncil);
        Assert.Empty(resolution.Sponsors);
        Assert.Null(resolution.Title);
        Assert.Equal("Recalling its resolutions 1265 (1999), 1296 (2000) and 1674 (2006),", Assert.Single(resolution.Preambular).Text);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal("Decides to remain seized of the matter.", resolution.Operative[1].Text);
    }

    [Fact]
    public void A_security_council_masthead_on_one_line_per_item_without_its_symbol_gets_the_symbol_from_the_number()
    {
        var result = Import("""
            Security Council
            Resolution 2719 (2023)
            Adopted by the Security Council at its 9518th meeting, on 21 December 2023.

            The Security Council,

            1. *Decides* to remain actively seized of the matter.
            """);
        Assert.Equal("S/RES/2719 (2023)", result.Resolution!.Symbol);
        Assert.Equal(new DateOnly(2023, 12, 21), result.Resolution.Date);
        Assert.Equal(Stage.Adopted, result.Resolution.Stage);
    }

    [Fact]
    public void A_general_assembly_resolution_gives_symbol_title_and_adoption_date()
    {
        var result = Import("""
            United Nations                                                          A/RES/78/70
            General Assembly                                                        Distr.: General
                                                                                    14 December 2023

            Seventy-eighth session
            Agenda item 79
            Responsibility of States for internationally
            wrongful acts

            Resolution adopted by the General Assembly on 7 December 2023

            [on the report of the Sixth Committee (A/78/469, para. 12)]

            78/70. Responsibility of States for internationally wrongful acts

            The General Assembly,

            *Recalling* its resolutions 56/83 of 12 December 2001 and 59/35 of 2 December 2004,

            1. *Acknowledges* the growing number of decisions of international courts;

            2. *Decides* to include in the provisional agenda of its eighty-first session the item entitled "Responsibility of States for internationally wrongful acts".
            """);
        var resolution = result.Resolution!;
        Assert.Equal(Organ.GeneralAssembly, resolution.Organ);
        Assert.Equal("A/RES/78/70", resolution.Symbol);
        Assert.Equal("Responsibility of States for internationally wrongful acts", resolution.Title);
        Assert.Equal(new DateOnly(2023, 12, 7), resolution.Date);
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Empty(resolution.Sponsors);
        Assert.Equal("Recalling its resolutions 56/83 of 12 December 2001 and 59/35 of 2 December 2004,", Assert.Single(resolution.Preambular).Text);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_general_assembly_resolution_without_reference_to_a_main_committee_and_without_a_masthead_symbol()
    {
        var result = Import("""
            General Assembly
            Seventy-seventh session
            Agenda item 8

            Resolution adopted by the General Assembly on 2 March 2023

            [without reference to a Main Committee (A/77/L.52)]

            77/251. Organization of the high-level meeting

            The General Assembly,

            1. *Decides* that the high-level meeting shall be held on 21 September 2023.
            """);
        Assert.Equal("A/RES/77/251", result.Resolution!.Symbol);
        Assert.Equal("Organization of the high-level meeting", result.Resolution.Title);
        Assert.Equal(new DateOnly(2023, 3, 2), result.Resolution.Date);
        Assert.Single(result.Resolution.Operative);
    }

    [Fact]
    public void A_draft_stays_a_draft()
    {
        var result = Import(Fixtures.Seed001);
        Assert.Equal(Stage.Draft, result.Resolution!.Stage);
    }
}
