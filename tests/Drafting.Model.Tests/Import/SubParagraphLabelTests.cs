using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>What a label at the start of a line can be read as, before its context picks one reading.</summary>
public class SubParagraphLabelTests
{
    [Fact]
    public void A_number_in_parentheses_is_read_from_one_and_a_number_with_a_period_is_no_label()
    {
        var third = SubParagraphLabel.At("(3) to report on the matter;")!;
        Assert.Equal([(LabelStyle.NumberInParentheses, 2)], third.Readings);
        Assert.Equal("3", third.Token);
        Assert.Equal("(3) ".Length, third.Length);
        Assert.Null(SubParagraphLabel.At("3. Decides to remain seized of the matter;"));
    }

    [Fact]
    public void Doubled_letters_continue_the_alphabet_and_mixed_letters_are_no_label()
    {
        Assert.Equal([(LabelStyle.LetterInParentheses, 26)], SubParagraphLabel.At("(aa) to report;")!.Readings);
        Assert.Equal([(LabelStyle.LetterWithPeriod, 53)], SubParagraphLabel.At("bbb. to report;")!.Readings);
        Assert.Null(SubParagraphLabel.At("(ab) to report;"));
    }

    [Fact]
    public void A_roman_numeral_that_is_also_a_letter_has_both_readings() =>
        Assert.Equal([(LabelStyle.RomanInParentheses, 0), (LabelStyle.LetterInParentheses, 8)], SubParagraphLabel.At("(i) to report;")!.Readings);
}
