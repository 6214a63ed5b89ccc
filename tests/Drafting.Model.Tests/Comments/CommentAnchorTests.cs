using Drafting.Model.Comments;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Comments;

public class CommentAnchorTests
{
    private static readonly ClauseId Clause = new("op4");
    private const string Text = "Requests the Secretary-General to report on the safety of peacekeepers and on the safety of civilians;";

    private static CommentAnchor AnchorOn(string exact, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(exact, start + 1, StringComparison.Ordinal);
        }

        return CommentAnchor.Find(Clause, TextQuote.Of(Text, start, start + exact.Length), Text)!;
    }

    [Fact]
    public void Anchor_follows_its_quote_when_text_is_inserted_before_it()
    {
        var anchor = AnchorOn("peacekeepers");
        var edited = "Strongly requests the Secretary-General to report promptly on the safety of peacekeepers and on the safety of civilians;";
        var moved = anchor.Reanchor(edited);
        Assert.Equal(AnchorStatus.Anchored, moved.Status);
        Assert.Equal("peacekeepers", edited[moved.Start..moved.End]);
    }

    [Fact]
    public void Repeated_quote_is_told_apart_by_its_context()
    {
        var second = AnchorOn("the safety of", occurrence: 1);
        Assert.Contains("civilians", second.Quote.Suffix, StringComparison.Ordinal);
        var edited = "Requests the Secretary-General to report annually on the safety of peacekeepers and on the safety of civilians;";
        var moved = second.Reanchor(edited);
        Assert.Equal(edited.LastIndexOf("the safety of", StringComparison.Ordinal), moved.Start);
    }

    [Fact]
    public void Comment_whose_quote_is_gone_is_orphaned_with_its_original_quote()
    {
        var anchor = AnchorOn("peacekeepers");
        var orphan = anchor.Reanchor("Requests the Secretary-General to report on the safety of civilians;");
        Assert.Equal(AnchorStatus.Orphaned, orphan.Status);
        Assert.Equal("peacekeepers", orphan.Quote.Exact);
        Assert.Equal(anchor.Start, orphan.Start);
        Assert.Equal(AnchorStatus.Orphaned, orphan.Reanchor(Text).Status);
    }

    [Fact]
    public void Quote_keeps_at_most_32_characters_of_context()
    {
        var anchor = AnchorOn("report");
        Assert.Equal(32, anchor.Quote.Prefix.Length);
        Assert.EndsWith("Secretary-General to ", anchor.Quote.Prefix, StringComparison.Ordinal);
        Assert.StartsWith(" on the safety", anchor.Quote.Suffix, StringComparison.Ordinal);
        Assert.Null(CommentAnchor.Find(Clause, new TextQuote("not in the text"), Text));
    }
}
