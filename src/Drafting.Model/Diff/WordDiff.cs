using System.Collections.Immutable;
using System.Text;
using DiffPlex;

namespace Drafting.Model.Diff;

/// <summary>
/// Word-level diff of two clause texts (DiffPlex with <see cref="WordChunker"/>): punctuation marks are
/// tokens of their own, and a change of white space alone is no change.
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// The segments that turn <paramref name="oldText"/> into <paramref name="newText"/>: equal and inserted
    /// segments concatenate to the new text, equal and deleted ones to the old text up to white space.
    /// Within one change the deletion comes before the insertion.
    /// </summary>
    public static ImmutableArray<DiffSegment> Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new DiffSegment(SegmentKind.Equal, newText)];
        }

        var oldPieces = WordChunker.Instance.Chunk(oldText);
        var newPieces = WordChunker.Instance.Chunk(newText);
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, WhiteSpaceAsOneChunker.Instance);
        var segments = new SegmentBuilder();
        var newAt = 0;
        foreach (var block in diff.DiffBlocks)
        {
            segments.Equal(newPieces, newAt, block.InsertStartB - newAt);
            segments.Change(Join(oldPieces, block.DeleteStartA, block.DeleteCountA), Join(newPieces, block.InsertStartB, block.InsertCountB));
            newAt = block.InsertStartB + block.InsertCountB;
        }

        segments.Equal(newPieces, newAt, newPieces.Count - newAt);
        return segments.Build();
    }

    /// <summary>The new text a diff describes: its equal and inserted segments.</summary>
    public static string NewText(IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Where(s => s.Kind != SegmentKind.Deleted).Select(s => s.Text));

    /// <summary>The old text a diff describes (white space as the new text writes it): its equal and deleted segments.</summary>
    public static string OldText(IEnumerable<DiffSegment> segments) =>
        string.Concat(segments.Where(s => s.Kind != SegmentKind.Inserted).Select(s => s.Text));

    /// <summary>True when the diff changes more than white space.</summary>
    public static bool HasChanges(IEnumerable<DiffSegment> segments) => segments.Any(s => s.Kind != SegmentKind.Equal);

    private static string Join(IReadOnlyList<string> pieces, int start, int count)
    {
        var text = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(pieces[i]);
        }

        return text.ToString();
    }

    /// <summary>Collects segments, folding a lone space between two changes into them so a changed phrase reads as one change.</summary>
    private sealed class SegmentBuilder
    {
        private readonly List<(string Equal, string Deleted, string Inserted)> runs = [];

        public void Equal(IReadOnlyList<string> pieces, int start, int count)
        {
            if (count > 0)
            {
                runs.Add((Join(pieces, start, count), "", ""));
            }
        }

        public void Change(string deleted, string inserted)
        {
            if (runs.Count >= 2 && runs[^2].Equal.Length == 0 && string.IsNullOrWhiteSpace(runs[^1].Equal))
            {
                var space = runs[^1].Equal;
                var previous = runs[^2];
                runs.RemoveRange(runs.Count - 2, 2);
                runs.Add(("", previous.Deleted + space + deleted, previous.Inserted + space + inserted));
                return;
            }

            runs.Add(("", deleted, inserted));
        }

        public ImmutableArray<DiffSegment> Build()
        {
            var segments = ImmutableArray.CreateBuilder<DiffSegment>();
            foreach (var (equal, deleted, inserted) in runs)
            {
                Add(segments, SegmentKind.Equal, equal);
                Add(segments, SegmentKind.Deleted, deleted);
                Add(segments, SegmentKind.Inserted, inserted);
            }

            return segments.ToImmutable();
        }

        private static void Add(ImmutableArray<DiffSegment>.Builder segments, SegmentKind kind, string text)
        {
            if (text.Length > 0)
            {
                segments.Add(new DiffSegment(kind, text));
            }
        }
    }

    /// <summary>Chunks like <see cref="WordChunker"/> but reads every run of white space as one space, so white space never differs.</summary>
    private sealed class WhiteSpaceAsOneChunker : IChunker
    {
        public static WhiteSpaceAsOneChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) =>
            WordChunker.Instance.Chunk(text).Select(piece => char.IsWhiteSpace(piece[0]) ? " " : piece).ToArray();
    }
}
