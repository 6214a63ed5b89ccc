using Drafting.Model.Diff;

namespace Drafting.Model.Tests.Diff;

/// <summary>
/// A number written with thousands separators or decimals is one word to the diff, so changing it is one replaced
/// word; punctuation after a number, and a comma followed by a space between numbers, stay tokens of their own.
/// </summary>
public class NumberTokenTests
{
    [Theory]
    [InlineData("14,400")]
    [InlineData("1,000,000")]
    [InlineData("2.5")]
    [InlineData("0.75")]
    public void A_number_with_separators_is_one_token(string number) =>
        Assert.Equal(["up", " ", "to", " ", number, " ", "troops"], WordChunker.Instance.Chunk($"up to {number} troops"));

    [Fact]
    public void Changing_14_400_to_14_000_is_one_replaced_word()
    {
        var segments = WordDiff.Compare("Decides to authorize up to 14,400 troops;", "Decides to authorize up to 14,000 troops;");
        Assert.Equal(
            [
                new DiffSegment(SegmentKind.Equal, "Decides to authorize up to "),
                new DiffSegment(SegmentKind.Deleted, "14,400"),
                new DiffSegment(SegmentKind.Inserted, "14,000"),
                new DiffSegment(SegmentKind.Equal, " troops;"),
            ],
            segments);
    }

    [Fact]
    public void A_decimal_changed_is_one_replaced_word()
    {
        var segments = WordDiff.Compare("an increase of 2.5 per cent", "an increase of 2.75 per cent");
        Assert.Equal([new DiffSegment(SegmentKind.Deleted, "2.5"), new DiffSegment(SegmentKind.Inserted, "2.75")], segments.Where(s => s.Kind != SegmentKind.Equal));
    }

    [Theory]
    [InlineData("adopted in 2016.", "2016", ".")]
    [InlineData("a ceiling of 14,400,", "14,400", ",")]
    [InlineData("a ceiling of 14,400;", "14,400", ";")]
    [InlineData("a rate of 2.5.", "2.5", ".")]
    public void Punctuation_after_a_number_stays_a_token_of_its_own(string text, string number, string mark) =>
        Assert.Equal([number, mark], WordChunker.Instance.Chunk(text).TakeLast(2));

    [Fact]
    public void A_year_changed_at_the_end_of_a_sentence_leaves_the_full_stop_equal()
    {
        var segments = WordDiff.Compare("Recalling its resolution adopted in 2016.", "Recalling its resolution adopted in 2017.");
        Assert.Equal(
            [
                new DiffSegment(SegmentKind.Equal, "Recalling its resolution adopted in "),
                new DiffSegment(SegmentKind.Deleted, "2016"),
                new DiffSegment(SegmentKind.Inserted, "2017"),
                new DiffSegment(SegmentKind.Equal, "."),
            ],
            segments);
    }

    [Theory]
    [InlineData("paragraphs 1, 2 and 3", new[] { "paragraphs", " ", "1", ",", " ", "2", " ", "and", " ", "3" })]
    [InlineData("in 2016, 2017 and 2018", new[] { "in", " ", "2016", ",", " ", "2017", " ", "and", " ", "2018" })]
    [InlineData("sums of 1,500, 2,500 and 3.5", new[] { "sums", " ", "of", " ", "1,500", ",", " ", "2,500", " ", "and", " ", "3.5" })]
    public void A_comma_followed_by_a_space_separates_numbers_in_a_list(string text, string[] tokens) =>
        Assert.Equal(tokens, WordChunker.Instance.Chunk(text));

    [Fact]
    public void Changing_one_year_in_a_list_changes_only_that_year()
    {
        var segments = WordDiff.Compare("Recalling its resolutions of 2016, 2017 and 2018,", "Recalling its resolutions of 2016, 2019 and 2018,");
        Assert.Equal([new DiffSegment(SegmentKind.Deleted, "2017"), new DiffSegment(SegmentKind.Inserted, "2019")], segments.Where(s => s.Kind != SegmentKind.Equal));
    }

    [Fact]
    public void A_full_stop_between_a_word_and_a_number_is_no_separator() =>
        Assert.Equal(["para", ".", "2"], WordChunker.Instance.Chunk("para.2"));
}
