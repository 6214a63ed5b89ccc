using CsCheck;
using Drafting.Model.Diff;

namespace Drafting.Model.Tests.Diff;

public class WordDiffTests
{
    // Seed 001, OP 5 as published.
    private const string Op5 = "Calls upon Member States to ensure that peacekeepers are adequately trained and equipped to address the threats they face;";

    [Fact]
    public void A_changed_word_is_one_deletion_and_one_insertion_between_equal_text()
    {
        var segments = WordDiff.Compare(Op5, Op5.Replace("adequately", "properly", StringComparison.Ordinal));
        Assert.Equal(
            [
                new DiffSegment(SegmentKind.Equal, "Calls upon Member States to ensure that peacekeepers are "),
                new DiffSegment(SegmentKind.Deleted, "adequately"),
                new DiffSegment(SegmentKind.Inserted, "properly"),
                new DiffSegment(SegmentKind.Equal, " trained and equipped to address the threats they face;"),
            ],
            segments);
    }

    [Fact]
    public void Punctuation_is_a_token_of_its_own()
    {
        var segments = WordDiff.Compare(Op5, Op5[..^1] + ".");
        Assert.Equal(new DiffSegment(SegmentKind.Deleted, ";"), segments[^2]);
        Assert.Equal(new DiffSegment(SegmentKind.Inserted, "."), segments[^1]);
        Assert.EndsWith("they face", segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void White_space_alone_is_no_change()
    {
        var segments = WordDiff.Compare(Op5, Op5.Replace("peacekeepers are", "peacekeepers   are", StringComparison.Ordinal));
        Assert.False(WordDiff.HasChanges(segments));
        Assert.Equal(Op5.Replace("peacekeepers are", "peacekeepers   are", StringComparison.Ordinal), WordDiff.NewText(segments));
    }

    [Fact]
    public void Several_changed_words_in_a_row_read_as_one_change()
    {
        var segments = WordDiff.Compare(Op5, Op5.Replace("adequately trained and equipped", "fully prepared, trained and supported", StringComparison.Ordinal));
        Assert.Equal(["adequately", "equipped"], segments.Where(s => s.Kind == SegmentKind.Deleted).Select(s => s.Text));
        Assert.Equal(["fully prepared,", "supported"], segments.Where(s => s.Kind == SegmentKind.Inserted).Select(s => s.Text));
        Assert.Equal(Op5.Replace("adequately trained and equipped", "fully prepared, trained and supported", StringComparison.Ordinal), WordDiff.NewText(segments));
        Assert.Equal(Op5, WordDiff.OldText(segments));
        Assert.Contains(new DiffSegment(SegmentKind.Equal, " trained and "), segments);
    }

    [Fact]
    public void Identical_and_empty_texts()
    {
        Assert.Equal([new DiffSegment(SegmentKind.Equal, Op5)], WordDiff.Compare(Op5, Op5));
        Assert.Empty(WordDiff.Compare("", ""));
        Assert.Equal([new DiffSegment(SegmentKind.Inserted, Op5)], WordDiff.Compare("", Op5));
        Assert.Equal([new DiffSegment(SegmentKind.Deleted, Op5)], WordDiff.Compare(Op5, ""));
    }

    [Fact]
    public void Equal_and_inserted_segments_give_the_new_text_and_equal_and_deleted_ones_the_old_text()
    {
        var words = Gen.OneOfConst("peace", "security", "the", "Council", ",", ";", ".", "(a)", "2436", "Côte d'Ivoire", "“quoted”", "-", "and", "of");
        var text = words.Array[0, 25].Select(w => string.Join(' ', w));
        Gen.Select(text, text).Sample((before, after) =>
        {
            var segments = WordDiff.Compare(before, after);
            Assert.Equal(after, WordDiff.NewText(segments));
            Assert.Equal(before, WordDiff.OldText(segments));
            Assert.DoesNotContain(segments, s => s.Text.Length == 0);
            Assert.Equal(before != after, WordDiff.HasChanges(segments));
        }, seed: "0N0XIzNsQ0O2", iter: 2000);
    }
}
