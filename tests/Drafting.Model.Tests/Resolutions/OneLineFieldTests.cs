using Drafting.Model.Export.Docx;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Resolutions;

/// <summary>Fields printed on one line hold no line break or control character, whoever builds the resolution.</summary>
public class OneLineFieldTests
{
    private static Resolution With(string? symbol = null, string? title = null, string? code = null, string formula = "The Security Council,") =>
        new(Guid.NewGuid(), Organ.SecurityCouncil, formula, [], [], symbol: symbol, title: title, code: code);

    [Theory]
    [InlineData("symbol", "S/RES/\u00012720")]
    [InlineData("title", "Title\n\n1. Decides to remain seized;")]
    [InlineData("code", "L.1\r")]
    [InlineData("formula", "The Security\tCouncil,")]
    [InlineData("formula", "The Security\u2028Council,")]
    [InlineData("title", "Title\u2029Decides")]
    [InlineData("title", "Title\u0085Decides")]
    [InlineData("symbol", "S/RES/\v2720")]
    [InlineData("code", "L.1\f")]
    public void A_resolution_refuses_a_control_character_in_a_one_line_field_and_names_the_field(string field, string value)
    {
        var refused = Assert.Throws<ArgumentException>(() => field switch
        {
            "symbol" => With(symbol: value),
            "title" => With(title: value),
            "code" => With(code: value),
            _ => With(formula: value),
        });
        Assert.Equal(field, refused.ParamName);
        Assert.Contains("U+", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("France\n\n1. Decides")]
    [InlineData("Fra\u0001nce")]
    [InlineData("France\u20281. Decides")]
    [InlineData("France\u2029")]
    public void A_sponsor_name_and_an_organ_name_are_one_line(string name)
    {
        Assert.Throws<ArgumentException>(() => new Sponsor(name));
        Assert.Throws<ArgumentException>(() => new Organ(name));
    }

    [Fact]
    public void Ordinary_names_with_accents_and_dashes_are_accepted_and_export_to_word()
    {
        var resolution = new Resolution(Guid.NewGuid(), Organ.GeneralAssembly, "The General Assembly,", [], [],
            [new Sponsor("Côte d'Ivoire"), new Sponsor("Türkiye")], symbol: "A/C.3/79/L.12/Rev.1", title: "Freedom of religion or belief – follow-up");
        using var docx = new Docx(DocxWriter.Write(resolution));
        Assert.Equal("", docx.ValidationErrors());
    }
}
