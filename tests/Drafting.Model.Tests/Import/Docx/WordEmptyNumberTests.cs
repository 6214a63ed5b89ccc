using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Docx.WordFile;

namespace Drafting.Model.Tests.Import.Docx;

/// <summary>
/// An empty numbered paragraph in Word still prints its number; the text it numbers follows in the next paragraph. The
/// Word path gave the sub-paragraphs under "5." to paragraph 4 (S/RES/1343 (2001), S/RES/1521 (2003)) and dropped "(e)"
/// (S/RES/1528 (2004)), where the text path kept them: both now read what the page shows.
/// </summary>
public class WordEmptyNumberTests
{
    private static readonly (string, string)[] UnLevels = [("decimal", "%1."), ("lowerLetter", "(%2)")];

    private static (Resolution Resolution, DocxImportResult Result) Import(WordFile file)
    {
        var result = DocxImporter.Import(file.Bytes());
        Assert.True(result.Import!.Succeeded, result.Text!.Markdown + "\n" + string.Join("\n", result.Import.Diagnostics));
        return (result.Import.Resolution!, result);
    }

    [Fact]
    public void An_empty_operative_number_above_a_lettered_list_is_a_paragraph_of_sub_paragraphs()
    {
        // S/RES/1343 (2001), paragraphs 4 and 5, texts cut short.
        var (resolution, _) = Import(new WordFile()
            .AbstractNumbering(1, UnLevels).List(1, 1)
            .AbstractNumbering(2, ("lowerLetter", "(%1)")).List(2, 2)
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its previous resolutions on the situation in Sierra Leone,")))
            .Add(Numbered(1, 0, I("Demands"), R(" that all States in the region take action to prevent armed individuals and groups from using their territory;")))
            .Add(Numbered(1, 0))
            .Add(Numbered(2, 0, I("Decides"), R(" that all States shall take the necessary measures to prevent the sale or supply to Liberia of arms;")))
            .Add(Numbered(2, 0, I("Decides"), R(" that all States shall take the necessary measures to prevent any provision to Liberia of technical training;")))
            .Add(Numbered(1, 0, I("Decides further"), R(" that all States shall take the necessary measures to prevent the import of all rough diamonds from Liberia;"))));

        Assert.Equal(3, resolution.Operative.Length);
        Assert.Empty(resolution.Operative[0].SubParagraphs);
        Assert.Equal("", resolution.Operative[1].Text);
        Assert.Equal(["Decides", "Decides"], resolution.Operative[1].SubParagraphs.Select(c => c.Opening));
        Assert.Equal("Decides further", resolution.Operative[2].Opening);
    }

    [Fact]
    public void An_empty_label_takes_the_unnumbered_paragraph_after_it_as_the_text_path_does()
    {
        // S/RES/1528 (2004), paragraph 6 (d) to (f) as its official conversion prints them.
        var (resolution, result) = Import(new WordFile()
            .AbstractNumbering(1, UnLevels).List(1, 1)
            .Add(P(R("The Security Council,")), P(I("Acting"), R(" under Chapter VII of the Charter of the United Nations,")))
            .Add(Numbered(1, 0, I("Decides"), R(" that the mandate of UNOCI shall be the following:")))
            .Add(Numbered(1, 1, R("To assist the Government of National Reconciliation in undertaking the regrouping of all the Ivorian forces involved,")))
            .Add(Numbered(1, 1))
            .Add(P(R("To help the Government of National Reconciliation implement the national programme for the disarmament of the combatants,")))
            .Add(Numbered(1, 1, R("To coordinate closely with the United Nations missions in Sierra Leone and in Liberia,")))
            .Add(Numbered(1, 0, I("Requests"), R(" the Secretary-General to give special attention to the gender and child-protection components;"))));

        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal(["To assist", "To help", "To coordinate"], resolution.Operative[0].SubParagraphs.Select(c => c.Text[..c.Text.IndexOf(' ', 3)]));
        Assert.Contains(result.Import!.Warnings, w => w.Code == "joined-paragraph");
        Assert.DoesNotContain(result.Import.Warnings, w => w.Code is "unnumbered-operative" or "sub-paragraph-label");
    }

    [Fact]
    public void A_stray_empty_item_before_the_next_item_of_its_list_or_at_the_end_is_left_out()
    {
        var (resolution, _) = Import(new WordFile()
            .AbstractNumbering(1, UnLevels).List(1, 1)
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its resolutions,")))
            .Add(Numbered(1, 0, I("Decides"), R(" to act;")))
            .Add(Numbered(1, 0))
            .Add(Numbered(1, 0, I("Requests"), R(" reports;")))
            .Add(Numbered(1, 0)));

        Assert.Equal(["Decides to act;", "Requests reports;"], resolution.Operative.Select(c => c.Text));
    }
}
