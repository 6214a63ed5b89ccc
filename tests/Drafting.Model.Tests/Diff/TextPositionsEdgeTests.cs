using Drafting.Model.Diff;

namespace Drafting.Model.Tests.Diff;

/// <summary>Markers inside rewritten passages, at the ends of the text, and the arguments a caller must give.</summary>
public class TextPositionsEdgeTests
{
    private static int Carry(string before, string after, string markedBefore) =>
        TextPositions.Carry(before, after, [markedBefore.Length])[0];

    [Fact]
    public void A_marker_inside_replaced_words_goes_right_after_the_last_word_kept_before_them()
    {
        Assert.Equal("Strongly".Length, Carry("Strongly calls upon all States", "Strongly urges States", "Strongly calls upon"));
        Assert.Equal(0, Carry("calls upon all States", "urges States", "calls upon"));
    }

    [Fact]
    public void A_marker_inside_words_deleted_at_the_start_goes_to_the_start() =>
        Assert.Equal(0, Carry("Further recalls its resolutions,", "recalls its resolutions,", "Further"));

    [Fact]
    public void A_marker_after_words_deleted_at_the_end_stays_after_the_last_word_not_the_space_left_behind() =>
        Assert.Equal("alpha".Length, Carry("alpha beta", "alpha ", "alpha beta"));

    [Fact]
    public void A_marker_after_a_word_that_opens_a_rewritten_passage_stays_after_that_word() =>
        Assert.Equal("the Rights of the Child".Length,
            Carry("the Rights of the Child and the Protocols", "the Rights of the Child-friendly Protocols", "the Rights of the Child"));

    [Fact]
    public void Offsets_past_the_end_land_at_the_end_whether_or_not_the_text_changed()
    {
        Assert.Equal(["Recalls its resolutions".Length], TextPositions.Carry("Recalls its resolution", "Recalls its resolutions", [30]));
        Assert.Equal(["Recalls its resolution".Length, 0], TextPositions.Carry("Recalls its resolution", "Recalls its resolution", [30, -1]));
    }

    [Fact]
    public void Every_argument_is_required()
    {
        Assert.Equal("oldText", Assert.Throws<ArgumentNullException>(() => TextPositions.Carry(null!, "a", [])).ParamName);
        Assert.Equal("newText", Assert.Throws<ArgumentNullException>(() => TextPositions.Carry("a", null!, [])).ParamName);
        Assert.Equal("offsets", Assert.Throws<ArgumentNullException>(() => TextPositions.Carry("a", "b", null!)).ParamName);
    }
}
