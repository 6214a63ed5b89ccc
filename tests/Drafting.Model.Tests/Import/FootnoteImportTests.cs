using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>Footnote markers glued to words and footnote texts at the foot of a PDF page.</summary>
public class FootnoteImportTests
{
    /// <summary>Composed in the style of a General Assembly resolution copied from the PDF, with two pages.</summary>
    internal const string WithFootnotes = """
        The General Assembly,

        *Recalling* the United Nations Convention against Corruption,1

        *Recalling also* the Convention on the Rights of the Child2 and the Optional Protocols thereto,

        1 United Nations, Treaty Series, vol. 2349, No. 42146.
        2 Ibid., vol. 1577, No. 27531.

        2/7                                        23-24815

        A/RES/78/70

        1. *Urges* all States that have not yet done so to ratify the Convention, taking into account the G20
        principles;3 and

        3 See A/78/469, para. 12.

        to implement it fully;

        2. *Decides* to include in the provisional agenda of its seventy-ninth session the item entitled "Crime prevention".
        """;

    [Fact]
    public void Markers_become_notes_and_footnote_texts_are_never_paragraphs()
    {
        var result = ResolutionImporter.Default.Import(WithFootnotes);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var resolution = result.Resolution!;
        Assert.Equal(2, resolution.Preambular.Length);
        Assert.Equal(2, resolution.Operative.Length);

        var first = resolution.Preambular[0];
        Assert.Equal("Recalling the United Nations Convention against Corruption,", first.Text);
        var note = Assert.Single(first.Notes);
        Assert.Equal(first.Text.Length, note.Offset);
        Assert.Equal("United Nations, Treaty Series, vol. 2349, No. 42146.", note.Text);

        var second = resolution.Preambular[1];
        Assert.Equal("Recalling also the Convention on the Rights of the Child and the Optional Protocols thereto,", second.Text);
        Assert.Equal("Recalling also the Convention on the Rights of the Child".Length, Assert.Single(second.Notes).Offset);
        Assert.Equal("Ibid., vol. 1577, No. 27531.", second.Notes[0].Text);

        var urges = resolution.Operative[0];
        Assert.Equal("Urges all States that have not yet done so to ratify the Convention, taking into account the G20 principles; and to implement it fully;", urges.Text);
        Assert.Equal("See A/78/469, para. 12.", Assert.Single(urges.Notes).Text);
        Assert.Equal(urges.Text.IndexOf("principles;", StringComparison.Ordinal) + "principles;".Length, urges.Notes[0].Offset);
        Assert.Empty(resolution.Operative[1].Notes);
    }

    [Fact]
    public void Numbers_without_a_footnote_text_stay_in_the_text()
    {
        var result = ResolutionImporter.Default.Import("""
            The Security Council,

            *Recalling* its resolution 2417 (2018) and the G20 statement of 2 May,

            1. *Decides* to remain seized of the matter.
            """);
        var clause = result.Resolution!.Preambular[0];
        Assert.Equal("Recalling its resolution 2417 (2018) and the G20 statement of 2 May,", clause.Text);
        Assert.Empty(clause.Notes);
    }

    [Fact]
    public void An_edit_keeps_the_notes_within_the_new_text()
    {
        var clause = new Clause(ClauseId.New(), ClauseKind.Preambular, "Recalling the Convention,", "Recalling", notes: [new Note(25, "Treaty Series.")]);
        var shorter = clause.WithText("Recalling it,", "Recalling");
        Assert.Equal(13, Assert.Single(shorter.Notes).Offset);
        Assert.Throws<ArgumentException>(() => new Clause(ClauseId.New(), ClauseKind.Preambular, "Short,", notes: [new Note(7, "Too far.")]));
    }
}
