using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// Shape 4 of issue 16: headings and loose text inside a list — a heading line between sub-paragraphs, the unlabelled
/// body of a titled sub-paragraph, text after a list, quoted paragraphs an operative paragraph inserts with their own
/// numbers — all part of the paragraph, never new operative paragraphs.
/// </summary>
public class ListShapeTests
{
    /// <summary>Composed in the style of a sanctions and mandate resolution copied from the PDF.</summary>
    internal const string Mandate = """
        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations,

        1. *Decides* that all Member States shall:

        Asset freeze

        (a) Freeze without delay the funds of listed individuals;

        (b) Ensure that no funds are made available to them;

        Travel ban

        (c) Prevent the entry into their territories of listed individuals;

        2. *Decides* that the mandate of the Mission shall be as follows:

        (a) Protection of civilians:

        (i) To protect civilians under threat of physical violence;

        (ii) To deter violence against civilians;

        Urgent temporary measures:

        (iii) To take urgent temporary measures to maintain basic law and order;

        (b) Support for the political process:

        To use its good offices to support the peace process, including by:

        (i) Supporting the national dialogue;

        (ii) Supporting the elections;

        3. *Requests* the Secretary-General to ensure:

        (a) The safety of the personnel;

        (b) The security of the premises;

        in order to enable the Mission to carry out its mandate;

        4. *Decides* that paragraph 12 of resolution 2374 (2017) shall be replaced by the following:

        “1. The Committee shall meet as needed;

        2. The Committee shall report annually to the Council.”;

        5. *Decides* to remain seized of the matter.
        """;

    [Fact]
    public void The_whole_structure_is_five_operative_paragraphs()
    {
        var resolution = Imported(Mandate, out var result);
        Assert.Equal(5, resolution.Operative.Length);
        Assert.Equal(
            [
                "Decides that all Member States shall: Asset freeze",
                "Decides that the mandate of the Mission shall be as follows:",
                "Requests the Secretary-General to ensure:",
                "Decides that paragraph 12 of resolution 2374 (2017) shall be replaced by the following: \u201C1. The Committee shall meet as needed; 2. The Committee shall report annually to the Council.\u201D;",
                "Decides to remain seized of the matter.",
            ],
            resolution.Operative.Select(c => c.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Code is "unnumbered-operative" or "operative-numbering");
    }

    [Fact]
    public void A_heading_between_sub_paragraphs_stays_in_the_list_as_text_with_a_warning()
    {
        var resolution = Imported(Mandate, out var result);
        var op1 = resolution.Operative[0];
        Assert.Equal(
            ["Freeze without delay the funds of listed individuals;", "Ensure that no funds are made available to them; Travel ban", "Prevent the entry into their territories of listed individuals;"],
            op1.SubParagraphs.Select(c => c.Text));
        Assert.Equal(["\"Asset freeze\"", "\"Travel ban\"", "\"Urgent temporary measures:\""],
            result.Warnings.Where(w => w.Code == "heading-in-list").Select(w => w.Message[..(w.Message.IndexOf('"', 1) + 1)]));
    }

    [Fact]
    public void A_titled_sub_paragraph_keeps_its_body_and_its_own_list()
    {
        var op2 = Imported(Mandate, out _).Operative[1];
        Assert.Equal(2, op2.SubParagraphs.Length);
        Assert.Equal("Protection of civilians:", op2.SubParagraphs[0].Text);
        Assert.Equal(
            ["To protect civilians under threat of physical violence;", "To deter violence against civilians; Urgent temporary measures:", "To take urgent temporary measures to maintain basic law and order;"],
            op2.SubParagraphs[0].SubParagraphs.Select(c => c.Text));
        Assert.Equal("Support for the political process: To use its good offices to support the peace process, including by:", op2.SubParagraphs[1].Text);
        Assert.Equal(["Supporting the national dialogue;", "Supporting the elections;"], op2.SubParagraphs[1].SubParagraphs.Select(c => c.Text));
        Assert.Equal(LabelStyle.RomanInParentheses, op2.SubParagraphs[1].SubParagraphStyle);
    }

    [Fact]
    public void Text_after_a_list_stays_in_its_paragraph()
    {
        var op3 = Imported(Mandate, out _).Operative[2];
        Assert.Equal(["The safety of the personnel;", "The security of the premises; in order to enable the Mission to carry out its mandate;"], op3.SubParagraphs.Select(c => c.Text));
    }

    [Fact]
    public void Quoted_numbered_paragraphs_belong_to_the_paragraph_that_inserts_them()
    {
        var resolution = Imported(Mandate, out _);
        Assert.Empty(resolution.Operative[3].SubParagraphs);
        Assert.Equal("Decides to remain seized of the matter.", resolution.Operative[4].Text);
    }

    [Fact]
    public void A_quotation_ends_at_the_next_operative_paragraph_even_if_its_closing_mark_is_missing()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Decides* that the text shall read as follows:

            “1. The Committee shall meet as needed;

            2. *Decides* to remain seized of the matter.
            """, out _);
        Assert.Equal(2, resolution.Operative.Length);
        Assert.Equal("Decides that the text shall read as follows: \u201C1. The Committee shall meet as needed;", resolution.Operative[0].Text);
    }

    [Fact]
    public void No_line_is_lost()
    {
        var resolution = Imported(Mandate, out _);
        NothingDropped(resolution, "Chapter VII", "Asset freeze", "Freeze without delay", "no funds", "Travel ban", "Prevent the entry", "as follows:",
            "Protection of civilians:", "physical violence", "deter violence", "Urgent temporary measures:", "basic law and order", "political process:",
            "good offices", "national dialogue", "elections", "to ensure:", "safety", "premises", "in order to enable", "replaced by the following:",
            "meet as needed", "report annually", "remain seized");
    }
}
