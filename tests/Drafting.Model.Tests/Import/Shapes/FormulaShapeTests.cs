using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// Formulas as official texts print them besides "The Security Council,": with a colon (S/RES/1315 (2000)), and without
/// punctuation before the single sentence of a text of one paragraph (A/RES/75/284); and a text whose one paragraph
/// follows its formula directly (S/RES/1318 (2000)): that paragraph is operative.
/// </summary>
public class FormulaShapeTests
{
    [Fact]
    public void A_formula_ending_in_a_colon_is_the_formula_not_a_heading()
    {
        var resolution = Imported("""
            Resolution 1315 (2000)

            Adopted by the Security Council at its 4186th meeting, on 14 August 2000

            The Security Council:

            *Deeply concerned* at the very serious crimes committed within the territory of Sierra Leone against the people of Sierra Leone and United Nations and associated personnel,

            *Commending* the efforts of the Government of Sierra Leone and the Economic Community of West African States (ECOWAS) to bring lasting peace to Sierra Leone,

            1. *Requests* the Secretary-General to negotiate an agreement with the Government of Sierra Leone to create an independent special court;

            2. *Decides* to remain actively seized of the matter.
            """, out _);

        Assert.Equal("The Security Council:", resolution.Formula);
        Assert.Equal("Security Council", resolution.Organ.Name);
        Assert.Empty(resolution.Headings);
        Assert.Equal(2, resolution.Preambular.Length);
        Assert.Equal(2, resolution.Operative.Length);
    }

    [Fact]
    public void A_formula_without_punctuation_before_the_one_sentence_of_the_text_makes_that_sentence_operative()
    {
        var resolution = Imported("""
            Resolution adopted by the General Assembly on 8 June 2021

            [without reference to a Main Committee (A/75/L.95)]

            75/284. Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030

            The General Assembly

            *Adopts* the political declaration entitled “Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030” annexed to the present resolution.

            74th plenary meeting
            8 June 2021
            """, out _);

        Assert.Equal("The General Assembly", resolution.Formula);
        Assert.Empty(resolution.Headings);
        Assert.Empty(resolution.Preambular);
        var operative = Assert.Single(resolution.Operative);
        Assert.Equal("Adopts", operative.Opening);
    }

    [Fact]
    public void The_one_paragraph_after_the_formula_is_operative()
    {
        var resolution = Imported("""
            Resolution 1318 (2000)

            Adopted by the Security Council at its 4194th meeting, on 7 September 2000

            The Security Council,

            *Decides* to adopt the attached declaration on ensuring an effective role for the Security Council in the maintenance of international peace and security, particularly in Africa.
            """, out _);

        Assert.Empty(resolution.Preambular);
        Assert.Equal("Decides", Assert.Single(resolution.Operative).Opening);
    }
}
