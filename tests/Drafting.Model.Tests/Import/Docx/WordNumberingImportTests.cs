using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Docx.WordFile;

namespace Drafting.Model.Tests.Import.Docx;

public class WordNumberingImportTests
{
    private static readonly (string, string)[] UnLevels = [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)"), ("decimal", "%4.")];

    private static Resolution Import(WordFile file)
    {
        var result = DocxImporter.Import(file.Bytes());
        Assert.True(result.Import!.Succeeded, result.Text!.Markdown + "\n" + string.Join("\n", result.Import.Diagnostics));
        return result.Import.Resolution!;
    }

    [Fact]
    public void A_multilevel_list_numbers_paragraphs_and_sub_paragraphs_as_a_reader_sees_them()
    {
        var resolution = Import(new WordFile()
            .AbstractNumbering(1, UnLevels).List(5, 1)
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its resolutions,")))
            .Add(Numbered(5, 0, I("Decides"), R(" to act;")))
            .Add(Numbered(5, 1, R("Within the mission;")))
            .Add(Numbered(5, 2, R("At the border;")))
            .Add(Numbered(5, 2, R("At sea;")))
            .Add(Numbered(5, 1, R("Within the region;")))
            .Add(Numbered(5, 0, I("Requests"), R(" reports;"))));

        Assert.Equal(["Decides to act;", "Requests reports;"], resolution.Operative.Select(c => c.Text));
        var first = resolution.Operative[0];
        Assert.Equal("Decides", first.Opening);
        Assert.Equal(LabelStyle.LetterInParentheses, first.SubParagraphStyle);
        Assert.Equal(["Within the mission;", "Within the region;"], first.SubParagraphs.Select(c => c.Text));
        Assert.Equal(LabelStyle.RomanInParentheses, first.SubParagraphs[0].SubParagraphStyle);
        Assert.Equal(["At the border;", "At sea;"], first.SubParagraphs[0].SubParagraphs.Select(c => c.Text));
        Assert.Equal("Recalling", resolution.Preambular.Single().Opening);
    }

    [Fact]
    public void Labels_are_computed_from_level_text_and_format_with_restarts_and_start_overrides()
    {
        var text = WordDocumentReader.Read(new WordFile()
            .AbstractNumbering(1, UnLevels).List(5, 1).List(6, 1, startOverride: 1).List(7, 1, startOverride: 4)
            .Add(Numbered(5, 0, R("a")), Numbered(5, 1, R("b")), Numbered(5, 1, R("c")), Numbered(5, 0, R("d")), Numbered(5, 1, R("e")))
            .Add(Numbered(6, 0, R("restarted")), Numbered(5, 0, R("continues the same list")), Numbered(7, 0, R("from four")))
            .Bytes()).Text!;

        Assert.Equal(["1.", "(a)", "(b)", "2.", "(a)", "1.", "2.", "4."], text.Paragraphs.Select(p => p.Label));
    }

    [Theory]
    [InlineData("lowerRoman", "%1)", 4, "iv)")]
    [InlineData("upperLetter", "%1.", 28, "BB.")]
    [InlineData("lowerLetter", "(%1)", 27, "(aa)")]
    [InlineData("decimal", "Article %1", 3, "Article 3")]
    [InlineData("bullet", "\uF0B7", 2, "\u2022")]
    public void Number_formats_read_as_Word_shows_them(string format, string levelText, int count, string last)
    {
        var file = new WordFile().AbstractNumbering(1, (format, levelText)).List(1, 1);
        for (var i = 0; i < count; i++)
        {
            file.Add(Numbered(1, 0, R($"item {i}")));
        }

        Assert.Equal(last, WordDocumentReader.Read(file.Bytes()).Text!.Paragraphs[^1].Label);
    }

    [Fact]
    public void Numbering_carried_by_a_paragraph_style_numbers_its_paragraphs()
    {
        var style = new Style(new StyleName { Val = "Operative" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 3 })))
        { Type = StyleValues.Paragraph, StyleId = "Operative" };
        var resolution = Import(new WordFile()
            .AbstractNumbering(2, UnLevels).List(3, 2).Style(style)
            .Add(P(R("The Security Council,")))
            .Add(Styled("Operative", I("Decides"), R(" to remain seized;")), Styled("Operative", I("Requests"), R(" a report;"))));

        Assert.Equal(["Decides to remain seized;", "Requests a report;"], resolution.Operative.Select(c => c.Text));
    }

    [Fact]
    public void A_list_defined_through_a_list_style_takes_that_styles_levels()
    {
        // Word's own multilevel lists: the paragraphs' list links (w:numStyleLink) to a list style whose list holds the levels.
        var listStyle = new Style(new StyleName { Val = "UN List" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 7 })))
        { Type = StyleValues.Numbering, StyleId = "UNList" };
        var file = new WordFile().AbstractNumbering(1, UnLevels).List(7, 1).Style(listStyle);
        var linking = new DocumentFormat.OpenXml.Wordprocessing.AbstractNum(new NumberingStyleLink { Val = "UNList" }) { AbstractNumberId = 2 };
        var text = WordDocumentReader.Read(file.RawAbstract(linking).List(8, 2)
            .Add(Numbered(8, 0, R("one")), Numbered(8, 1, R("sub")), Numbered(8, 0, R("two"))).Bytes()).Text!;
        Assert.Equal(["1.", "(a)", "2."], text.Paragraphs.Select(p => p.Label));
    }

    [Fact]
    public void Typed_labels_with_tabs_read_like_computed_ones()
    {
        var resolution = Import(new WordFile()
            .Add(P(R("The General Assembly,")), P(R("1.\t"), I("Decides"), R(" to act:")), P(R("\t(a)\tFirst;")), P(R("\t(b)\tSecond;")), P(R("2.\t"), I("Requests"), R(" more."))));

        Assert.Equal(["Decides to act:", "Requests more."], resolution.Operative.Select(c => c.Text));
        Assert.Equal(["First;", "Second;"], resolution.Operative[0].SubParagraphs.Select(c => c.Text));
    }

    [Fact]
    public void An_empty_numbered_paragraph_is_not_counted()
    {
        var text = WordDocumentReader.Read(new WordFile().AbstractNumbering(1, UnLevels).List(1, 1)
            .Add(Numbered(1, 0, R("one")), Numbered(1, 0), Numbered(1, 0, R("two"))).Bytes()).Text!;
        Assert.Equal(["1.", null, "2."], text.Paragraphs.Select(p => p.Label));
    }
}
