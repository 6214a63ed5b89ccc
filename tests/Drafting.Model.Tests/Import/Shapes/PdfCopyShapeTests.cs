using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>Whole pages pasted from the PDF in plain text (<see cref="PdfCopyFixtures"/>): every shape at once, the structure entire.</summary>
public class PdfCopyShapeTests
{
    [Fact]
    public void A_general_assembly_omnibus_resolution_pasted_from_the_pdf()
    {
        var resolution = Imported(PdfCopyFixtures.GeneralAssemblyOmnibus, out var result);
        Assert.Equal(("A/RES/77/248", "Oceans and the law of the sea", new DateOnly(2022, 12, 30), Stage.Adopted), (resolution.Symbol, resolution.Title, resolution.Date, resolution.Stage));
        Assert.Equal(Organ.GeneralAssembly, resolution.Organ);
        Assert.Equal(
            [
                "Recalling|Recalling its annual resolutions on the law of the sea and on oceans and the law of the sea, including resolution 76/72 of 9 December 2021, and other relevant resolutions concerning the United Nations Convention on the Law of the Sea (\u201Cthe Convention\u201D),|end:United Nations, Treaty Series, vol. 1833, No. 31363.",
                "Having considered|Having considered the report of the Secretary-General,|end:A/77/68 and A/77/331.",
                "Emphasizing|Emphasizing the pre-eminent contribution provided by the Convention to the strengthening of peace, security, cooperation and friendly relations among all nations,|",
            ],
            resolution.Preambular.Select(c => $"{c.Opening}|{c.Text}|{string.Join("|", c.Notes.Select(n => $"{(n.Offset == c.Text.Length ? "end" : n.Offset)}:{n.Text}"))}"));
        Assert.Equal(["1|I. Implementation of the Convention and related agreements and instruments", "3|II. Capacity-building"], ResolutionAssert.DescribeHeadings(resolution));
        Assert.Equal(["Reaffirms", "Also reaffirms", "Calls upon", "Decides"], resolution.Operative.Select(c => c.Opening));
        Assert.Equal(["Least developed countries;", "Small island developing States;"], resolution.Operative[2].SubParagraphs.Select(c => c.Text));
        Assert.Equal("Decides to include in the provisional agenda of its seventy-eighth session, under the item entitled \u201COceans and the law of the sea\u201D, the sub-item entitled \u201COceans and the law of the sea\u201D.", resolution.Operative[^1].Text);
        var furniture = Assert.Single(result.Warnings, w => w.Code == "page-furniture");
        Assert.Contains("'___________________' (line 26)", furniture.Message, StringComparison.Ordinal);
        Assert.Contains("Oceans and the law of the sea' (line 33)", furniture.Message, StringComparison.Ordinal);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void A_security_council_resolution_of_2015_pasted_from_the_pdf()
    {
        var resolution = Imported(PdfCopyFixtures.SecurityCouncil2015, out var result);
        Assert.Equal(("S/RES/2231 (2015)", new DateOnly(2015, 7, 20), Stage.Adopted), (resolution.Symbol, resolution.Date, resolution.Stage));
        Assert.Equal(["Recalling", "Reaffirming its commitment", "Acting"], resolution.Preambular.Select(c => c.Opening));
        Assert.Equal(5, resolution.Operative.Length);
        Assert.Equal(["3|Terminations of provisions of previous resolutions", "4|Application of provisions"], ResolutionAssert.DescribeHeadings(resolution));
        Assert.Equal(
            ["The provisions of resolutions 1696 (2006), 1737 (2006), 1747 (2007), 1803 (2008), 1835 (2008), 1929 (2010) and 2224 (2015) shall be terminated;",
             "All States shall comply with paragraphs 1, 2, 4, and 5 and the provisions in subparagraphs (a)-(f) of paragraph 6 of Annex B;"],
            resolution.Operative[2].SubParagraphs.Select(c => c.Text));
        Assert.Equal("Decides to remain seized of the matter.", resolution.Operative[^1].Text);
        Assert.Equal("page-furniture", Assert.Single(result.Warnings).Code);
    }
}
