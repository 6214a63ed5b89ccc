using System.Text;
using Drafting.Model.Library;

namespace Drafting.Model.Tests.Library;

/// <summary>Files that are not an adopted resolution in Akoma Ntoso are refused with a reason, never read and never thrown on.</summary>
public class AknLibraryReaderRefusalTests
{
    private const string Minimal = """
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
        <coverPage><p><docNumber refersTo="#symbol">S/RES/9999 (2030)</docNumber></p></coverPage>
        <preamble><formula><p>The Security Council,</p></formula><container><p><span class="italic">Recalling</span> its resolutions,</p></container></preamble>
        <mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody>
        </statement></akomaNtoso>
        """;

    private static AknReading Read(string xml) => AknLibraryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void A_minimal_resolution_is_read()
    {
        var text = Read(Minimal).Text!;
        Assert.Equal("S/RES/9999 (2030)", text.Symbol);
        Assert.Equal("Security Council", text.Organ);
        Assert.Equal(["PP 1", "OP 1"], text.Paragraphs.Select(p => p.Reference));
        Assert.Equal("Decides", text.Paragraphs[1].Opening);
    }

    [Fact]
    public void An_external_entity_is_refused_as_a_dtd_and_never_resolved()
    {
        var xml = Minimal.Replace("<akomaNtoso", "<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<akomaNtoso", StringComparison.Ordinal)
            .Replace("its resolutions", "its resolutions &secret;", StringComparison.Ordinal);
        var reading = Read(xml);
        Assert.Null(reading.Text);
        Assert.Contains("DTD", reading.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_as_a_dtd()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <lolz>&lol3;</lolz>
            """;
        Assert.Contains("DTD", Read(xml).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_is_refused_with_its_line()
    {
        var reading = Read(Minimal.Replace("</mainBody>", "", StringComparison.Ordinal));
        Assert.Null(reading.Text);
        Assert.StartsWith("it is not well-formed XML (line 5", reading.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_akoma_ntoso_is_refused_naming_its_root()
    {
        var reading = Read("<html><body><p>Decides to remain seized of the matter.</p></body></html>");
        Assert.StartsWith("it is not Akoma Ntoso: the root element is <html>", reading.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Akoma_ntoso_without_an_operative_part_or_symbol_is_refused()
    {
        Assert.Contains("with a <mainBody>", Read(Minimal.Replace("mainBody", "mainPart", StringComparison.Ordinal)).Refusal, StringComparison.Ordinal);
        Assert.Contains("names no symbol", Read(Minimal.Replace("docNumber", "docStatus", StringComparison.Ordinal)).Refusal, StringComparison.Ordinal);
        Assert.Contains("holds no operative paragraph", Read(Minimal.Replace("<paragraph><num>1.</num><content><p><span class=\"italic\">Decides</span> to remain seized of the matter.</p></content></paragraph>", "", StringComparison.Ordinal)).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_character_limit_is_refused_without_being_read_whole()
    {
        var padding = new string(' ', (int)AknLibraryReader.MaxCharacters);
        var reading = Read(Minimal.Replace("<mainBody>", "<mainBody>" + padding, StringComparison.Ordinal));
        Assert.Equal($"it holds more than {AknLibraryReader.MaxCharacters:N0} characters.", reading.Refusal);
    }
}
