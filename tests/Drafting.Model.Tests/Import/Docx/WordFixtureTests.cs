using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Docx;

/// <summary>Files written by other tools (fixtures/word-sources/README.md says how) import to the structure a reader sees.</summary>
public class WordFixtureTests
{
    private static DocxImportResult Import(string name) =>
        DocxImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", name)));

    [Fact]
    public void Pandoc_ordered_lists_and_footnotes_import_as_numbered_paragraphs_sub_paragraphs_and_notes()
    {
        var result = Import("word-pandoc-ordered-lists.docx");
        Assert.True(result.Import!.Succeeded, result.Text!.Markdown + string.Join("\n", result.Import.Diagnostics));
        var resolution = result.Import.Resolution!;
        Assert.Equal(["Recalling", "Deeply concerned"], resolution.Preambular.Select(c => c.Opening));
        Assert.Equal("See S/2024/385.", Assert.Single(resolution.Preambular[1].Notes).Text);
        Assert.Equal(["Condemns", "Demands", "Decides"], resolution.Operative.Select(c => c.Opening));
        var demands = resolution.Operative[1];
        Assert.Equal(["Comply with international humanitarian law;", "Allow safe passage:"], demands.SubParagraphs.Select(c => c.Text));
        Assert.Equal(["Of humanitarian personnel;", "Of medical supplies;"], demands.SubParagraphs[1].SubParagraphs.Select(c => c.Text));
        Assert.Equal(LabelStyle.RomanWithPeriod, demands.SubParagraphs[1].SubParagraphStyle);
    }

    [Fact]
    public void LibreOffice_nested_lists_import_with_the_sponsor_line_and_italic_openings()
    {
        var result = Import("word-libreoffice-lists.docx");
        Assert.True(result.Import!.Succeeded, result.Text!.Markdown + string.Join("\n", result.Import.Diagnostics));
        var resolution = result.Import.Resolution!;
        Assert.Equal(["France", "Ghana"], resolution.Sponsors.Select(s => s.Name));
        Assert.Equal(["Recalling", "Stressing"], resolution.Preambular.Select(c => c.Opening));
        Assert.Equal(["Strongly condemns", "Requests", "Decides"], resolution.Operative.Select(c => c.Opening));
        Assert.Equal(["In the Central African Republic;", "In Mali;"], resolution.Operative[0].SubParagraphs.Select(c => c.Text));
    }
}
