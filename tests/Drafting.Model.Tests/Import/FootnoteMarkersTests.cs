using Drafting.Model.Import;

namespace Drafting.Model.Tests.Import;

/// <summary>Taking footnote markers out of a pasted text and leaving a note where each stood.</summary>
public class FootnoteMarkersTests
{
    [Fact]
    public void Every_marker_with_a_footnote_is_removed_and_its_note_placed_after_the_word_it_followed()
    {
        var footnotes = new Dictionary<int, string> { [1] = "Treaty Series, vol. 2349.", [2] = "Ibid., vol. 1577." };
        var (text, notes) = FootnoteMarkers.Extract("the Convention,1 the Protocol2 and the G20 principles;", footnotes);
        Assert.Equal("the Convention, the Protocol and the G20 principles;", text);
        Assert.Equal([("the Convention,".Length, "Treaty Series, vol. 2349."), ("the Convention, the Protocol".Length, "Ibid., vol. 1577.")],
            notes.Select(n => (n.Offset, n.Text)));
        Assert.Empty(footnotes);
    }
}
