using System.Text;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Import.Docx;

/// <summary>A Word comment as read: who wrote it, what it says, the text it spans and the paragraph it starts in.</summary>
/// <param name="WordId">Its <c>w:id</c> in the file.</param>
/// <param name="Author">Its author as Word shows it.</param>
/// <param name="Date">When it was written, if the file says.</param>
/// <param name="Body">Its text, paragraphs joined by blank lines.</param>
/// <param name="Quote">The document text its range spans (empty when it has no range).</param>
/// <param name="Paragraph">The one-based number of the Word paragraph its range starts in (0 when not found in the body).</param>
/// <param name="ParentWordId">The comment it replies to, if any (from <c>commentsExtended</c>).</param>
public sealed record WordComment(string WordId, string Author, DateTimeOffset? Date, string Body, string Quote, int Paragraph, string? ParentWordId);

/// <summary>
/// Reads the comments part and follows the comment ranges through the body: each comment's quoted text is what the
/// reader passes between its <c>w:commentRangeStart</c> and <c>w:commentRangeEnd</c>. Replies are threaded under their
/// parent through <c>w15:paraIdParent</c>.
/// </summary>
internal sealed class WordComments
{
    private readonly Dictionary<string, (StringBuilder Quote, int Paragraph)> _ranges = new(StringComparer.Ordinal);
    private readonly List<string> _open = [];
    private readonly bool _follow;

    private WordComments(bool follow) => _follow = follow;

    /// <summary>Follows no ranges (for footnote and comment texts).</summary>
    public static WordComments None { get; } = new(false);

    public static WordComments Following() => new(true);

    /// <summary>The paragraph being read, one-based.</summary>
    public int Paragraph { get; set; }

    public void Start(string id)
    {
        if (!_follow || _ranges.ContainsKey(id))
        {
            return;
        }

        _ranges[id] = (new StringBuilder(), Paragraph);
        _open.Add(id);
    }

    public void End(string id) => _open.Remove(id);

    /// <summary>A reference without a range: the comment is on its paragraph as a whole.</summary>
    public void Referenced(string id)
    {
        if (_follow && !_ranges.ContainsKey(id))
        {
            _ranges[id] = (new StringBuilder(), Paragraph);
        }
    }

    public void Text(string text)
    {
        foreach (var id in _open)
        {
            _ranges[id].Quote.Append(text);
        }
    }

    /// <summary>A paragraph break inside an open range.</summary>
    public void Break()
    {
        foreach (var id in _open)
        {
            _ranges[id].Quote.Append(' ');
        }
    }

    /// <summary>Every comment of the file with its quote and paragraph, parents before replies.</summary>
    public IReadOnlyList<WordComment> Collect(MainDocumentPart main, WordStyles styles)
    {
        if (main.WordprocessingCommentsPart?.Comments is not { } comments)
        {
            return [];
        }

        // commentsExtended threads replies by the w14:paraId of each comment's last paragraph.
        var commentByParagraphId = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<WordComment>();
        foreach (var comment in comments.Elements<Comment>())
        {
            if (comment.Id?.Value is not { } id)
            {
                continue;
            }

            if (comment.Elements<Paragraph>().LastOrDefault()?.ParagraphId?.Value is { } paraId)
            {
                commentByParagraphId[paraId] = id;
            }
        }

        var parentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in main.WordprocessingCommentsExPart?.CommentsEx?.Elements<CommentEx>() ?? [])
        {
            if (entry.ParaId?.Value is { } child && entry.ParaIdParent?.Value is { } parent
                && commentByParagraphId.TryGetValue(child, out var childId) && commentByParagraphId.TryGetValue(parent, out var parentId))
            {
                parentOf[childId] = parentId;
            }
        }

        foreach (var comment in comments.Elements<Comment>())
        {
            if (comment.Id?.Value is not { } id)
            {
                continue;
            }

            var body = string.Join("\n\n", comment.Elements<Paragraph>()
                .Select(p => ParagraphText.PlainOf(p, styles))
                .Where(t => t.Length > 0));
            var (quote, paragraph) = _ranges.TryGetValue(id, out var range) ? (range.Quote.ToString().Trim(), range.Paragraph) : ("", 0);
            result.Add(new WordComment(id, string.IsNullOrWhiteSpace(comment.Author?.Value) ? "(no author)" : comment.Author.Value.Trim(),
                comment.Date?.Value is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
                body, quote, paragraph, parentOf.GetValueOrDefault(id)));
        }

        return [.. result.OrderBy(c => c.ParentWordId is null ? 0 : 1)];
    }
}
