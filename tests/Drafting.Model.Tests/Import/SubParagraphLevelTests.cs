using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>
/// The level each sub-paragraph label is placed at: a label continuing an open list joins it, any other opens a
/// deeper list, and a label that fits nowhere is kept with a warning instead of being dropped or guessed at silently.
/// </summary>
public class SubParagraphLevelTests
{
    /// <summary>Operative paragraph 1 with the given sub-paragraph lines, and the warnings the import gave.</summary>
    private static (Clause Operative, IReadOnlyList<string> Warnings) Import(params string[] subParagraphs)
    {
        var text = $"The Security Council,\n\n1. *Decides* that the mission shall:\n\n{string.Join("\n\n", subParagraphs)}\n\n2. *Decides* to remain seized of the matter.";
        var result = ResolutionImporter.Default.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result.Resolution!.Operative[0], [.. result.Warnings.Select(w => w.Message)]);
    }

    private static string[] Texts(IEnumerable<Clause> clauses) => [.. clauses.Select(c => c.Text)];

    [Fact]
    public void A_list_that_starts_past_its_first_label_is_kept_and_renumbered_with_a_warning()
    {
        var (operative, warnings) = Import("(c) Support the process;", "(d) Protect civilians;");
        Assert.Equal(["Support the process;", "Protect civilians;"], Texts(operative.SubParagraphs));
        Assert.Equal(["The list starts at 'c' instead of its first label; it is renumbered from the first."], warnings);
    }

    [Fact]
    public void A_skipped_label_continues_its_list_with_a_warning_and_the_next_label_follows_it()
    {
        var (operative, warnings) = Import("(a) Support the process;", "(c) Protect civilians;", "(d) Report monthly;");
        Assert.Equal(["Support the process;", "Protect civilians;", "Report monthly;"], Texts(operative.SubParagraphs));
        Assert.Equal(["'c' is out of sequence; sub-paragraphs are renumbered by position."], warnings);
    }

    [Fact]
    public void A_skipped_letter_after_a_nested_list_returns_to_the_letters()
    {
        var (operative, warnings) = Import("(a) Support the process, by:", "(i) Using its good offices;", "(e) Protect civilians;");
        Assert.Equal(["Support the process, by:", "Protect civilians;"], Texts(operative.SubParagraphs));
        Assert.Equal(["Using its good offices;"], Texts(operative.SubParagraphs[0].SubParagraphs));
        Assert.Equal(["'e' is out of sequence; sub-paragraphs are renumbered by position."], warnings);
    }

    [Fact]
    public void A_skipped_roman_numeral_that_is_also_a_letter_stays_in_the_roman_list()
    {
        var (operative, warnings) = Import("(a) Support the process, by:", "(i) Using its good offices;", "(ii) Supporting dialogue;", "(v) Reporting;");
        var nested = Assert.Single(operative.SubParagraphs).SubParagraphs;
        Assert.Equal(["Using its good offices;", "Supporting dialogue;", "Reporting;"], Texts(nested));
        Assert.Equal(["'v' is out of sequence; sub-paragraphs are renumbered by position."], warnings);
    }

    [Fact]
    public void A_first_label_after_a_later_one_opens_a_deeper_list_without_a_warning()
    {
        var (operative, warnings) = Import("(a) Support the process;", "(b) Protect civilians, by:", "(a) Patrolling;");
        Assert.Equal(["Support the process;", "Protect civilians, by:"], Texts(operative.SubParagraphs));
        Assert.Equal(["Patrolling;"], Texts(operative.SubParagraphs[1].SubParagraphs));
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_list_opened_by_a_label_that_is_a_roman_numeral_and_a_letter_is_read_as_letters()
    {
        var (operative, warnings) = Import("(v) Support the process;", "(w) Protect civilians;");
        Assert.Equal(LabelStyle.LetterInParentheses, operative.SubParagraphStyle);
        Assert.Equal(["Support the process;", "Protect civilians;"], Texts(operative.SubParagraphs));
        Assert.Equal(["The list starts at 'v' instead of its first label; it is renumbered from the first."], warnings);
    }

    [Fact]
    public void A_fifth_level_is_placed_at_the_fourth_with_a_warning()
    {
        var (operative, warnings) = Import("(a) One:", "(i) Two:", "\u2013 Three:", "\u2022 Four;", "(1) Five;");
        var fourth = operative.SubParagraphs[0].SubParagraphs[0].SubParagraphs[0].SubParagraphs;
        Assert.Equal(["Four;", "Five;"], Texts(fourth));
        Assert.Equal(["'1' would nest deeper than 4 levels; it was placed at level 4."], warnings);
    }

    [Fact]
    public void A_sub_paragraph_needs_an_operative_paragraph_to_belong_to()
    {
        var orphan = Assert.Throws<InvalidOperationException>(() => new SubParagraphTree().Add(new RawClause(ClauseKind.SubParagraph, 1), SubParagraphLabel.At("(a) Support;")!));
        Assert.Equal("A sub-paragraph needs an operative paragraph to belong to.", orphan.Message);
    }
}
