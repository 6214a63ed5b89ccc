using Drafting.Model.Import;

namespace Drafting.Model.Tests.Import;

/// <summary>Running headers, page numbers and job numbers of PDF copies.</summary>
public class PageFurnitureImportTests
{
    [Fact]
    public void Security_council_page_furniture_is_removed_and_the_sentence_joined()
    {
        var result = ResolutionImporter.Default.Import("""
            The Security Council,

            *Recalling* its resolutions 1265 (1999), 1296 (2000), 1674 (2006) and 1894 (2009) on the protection of
            civilians in armed conflict,

            1. *Condemns* the use of starvation of civilians as a method of warfare in a number of situations of armed
            conflict, which is prohibited by international humanitarian law;

            2/4                                                                                     18-08912

            S/RES/2417 (2018)

            conflict and insecurity, and calls upon all parties to protect civilian objects;

            2. *Decides* to remain seized of the matter.
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var resolution = result.Resolution!;
        Assert.Single(resolution.Preambular);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal(
            "Condemns the use of starvation of civilians as a method of warfare in a number of situations of armed conflict, which is prohibited by international humanitarian law; conflict and insecurity, and calls upon all parties to protect civilian objects;",
            resolution.Operative[0].Text);
        var warning = Assert.Single(result.Warnings, w => w.Code == "page-furniture");
        Assert.Contains("'S/RES/2417 (2018)'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void General_assembly_headers_page_numbers_and_job_numbers_are_removed()
    {
        var result = ResolutionImporter.Default.Import("""
            The General Assembly,

            *Reaffirming* the purposes and principles of the Charter of the United Nations and the need to strengthen
            international cooperation,

            23-24815

            3/7

            A/RES/78/70

            1. *Strongly condemns* all acts, methods and practices of terrorism in all its forms and manifestations as
            criminal and unjustifiable, wherever and by whomsoever committed;

            23-24815 (E)    141223

            *2324815*

            2. *Calls upon* all Member States to adopt further measures.
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var resolution = result.Resolution!;
        Assert.Equal(
            "Reaffirming the purposes and principles of the Charter of the United Nations and the need to strengthen international cooperation,",
            Assert.Single(resolution.Preambular).Text);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal("Strongly condemns", resolution.Operative[0].Opening);
        Assert.EndsWith("wherever and by whomsoever committed;", resolution.Operative[0].Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings, w => w.Code == "page-furniture");
        Assert.Contains("'A/RES/78/70'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'3/7'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'23-24815 (E)    141223'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_inside_a_sentence_is_text()
    {
        var result = ResolutionImporter.Default.Import("""
            The General Assembly,

            1. *Recalls* its resolution A/RES/78/70 of 7 December 2023;

            2. *Decides* to remain seized of the matter.
            """);
        Assert.DoesNotContain(result.Warnings, w => w.Code == "page-furniture");
        Assert.Equal("Recalls its resolution A/RES/78/70 of 7 December 2023;", result.Resolution!.Operative[0].Text);
    }
}
