using System.Collections.Immutable;
using System.Globalization;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>A comment with its Word id and the thread it belongs to.</summary>
internal sealed record PlacedComment(ExportComment Comment, string WordId, string ParagraphId, PlacedComment? Parent);

/// <summary>Where in a clause's current text a comment range starts or ends, or (<paramref name="IsFootnote"/>) a footnote reference stands.</summary>
internal readonly record struct CommentMarker(int Offset, bool IsEnd, string WordId, bool IsFootnote = false);

/// <summary>
/// Decides where each comment goes: anchored ones on their quoted span, orphaned ones over their whole clause,
/// replies at their thread's place (Word draws them as one thread), and comments whose clause is not in the
/// document on the formula, so none is lost.
/// </summary>
internal sealed class CommentAnchors
{
    private readonly Dictionary<ClauseId, List<CommentMarker>> _markers = [];
    private readonly List<CommentMarker> _unplaced = [];

    public CommentAnchors(IReadOnlyList<ExportComment> comments, IReadOnlyDictionary<ClauseId, int> clauseLengths)
    {
        var byId = comments.ToDictionary(c => c.Id);
        var placed = ImmutableArray.CreateBuilder<PlacedComment>();
        var nextParagraphId = 0x10000001;
        var children = comments.Where(c => c.ParentId is { } p && byId.ContainsKey(p)).ToLookup(c => c.ParentId!.Value);

        void Place(ExportComment comment, PlacedComment? parent, Action<string> mark)
        {
            var wordId = placed.Count.ToString(CultureInfo.InvariantCulture);
            var item = new PlacedComment(comment, wordId, (nextParagraphId++).ToString("X8", CultureInfo.InvariantCulture), parent);
            placed.Add(item);
            mark(wordId);
            foreach (var reply in children[comment.Id].OrderBy(r => r.Date))
            {
                Place(reply, item, mark);
            }
        }

        foreach (var root in comments.Where(c => c.ParentId is not { } p || !byId.ContainsKey(p)).OrderBy(c => c.Date))
        {
            if (root.ClauseId is { } clauseId && clauseLengths.TryGetValue(clauseId, out var length))
            {
                var (start, end) = root.Orphaned || root.End > length ? (0, length) : (root.Start, root.End);
                var list = Markers(clauseId);
                Place(root, null, id =>
                {
                    list.Add(new CommentMarker(start, false, id));
                    list.Add(new CommentMarker(end, true, id));
                });
            }
            else
            {
                Place(root, null, id =>
                {
                    _unplaced.Add(new CommentMarker(0, false, id));
                    _unplaced.Add(new CommentMarker(int.MaxValue, true, id));
                });
            }
        }

        Comments = placed.ToImmutable();
    }

    /// <summary>Every comment in the order of their Word ids.</summary>
    public ImmutableArray<PlacedComment> Comments { get; }

    /// <summary>The markers in a clause, ordered by offset, starts before ends at one offset.</summary>
    public IReadOnlyList<CommentMarker> For(ClauseId clauseId) =>
        _markers.TryGetValue(clauseId, out var list) ? Ordered(list) : [];

    /// <summary>The markers of comments whose clause is not in the document: they span the formula.</summary>
    public IReadOnlyList<CommentMarker> Unplaced => Ordered(_unplaced);

    private static List<CommentMarker> Ordered(List<CommentMarker> markers) =>
        [.. markers.OrderBy(m => m.Offset).ThenBy(m => m.IsEnd)];

    private List<CommentMarker> Markers(ClauseId clauseId)
    {
        if (!_markers.TryGetValue(clauseId, out var list))
        {
            list = [];
            _markers[clauseId] = list;
        }

        return list;
    }
}
