using DiffPlex;

namespace Drafting.Model.Diff;

/// <summary>The outcome of merging two concurrent edits of one clause.</summary>
/// <param name="Succeeded">True when the edits touched different words and <paramref name="Text"/> holds both.</param>
/// <param name="Text">The merged text; null on conflict.</param>
public sealed record ClauseMergeResult(bool Succeeded, string? Text);

/// <summary>
/// Word-level three-way merge of a clause edited by two people from the same base: each edit is
/// diffed against the base (DiffPlex, <see cref="WordChunker"/>); changes to disjoint stretches of the
/// base merge, changes to overlapping stretches are a conflict — never last-writer-wins.
/// </summary>
public static class ClauseMerge
{
    private sealed record Change(int Start, int Count, string Replacement)
    {
        public int End => Start + Count;

        public bool Overlaps(Change other) => (Count, other.Count) switch
        {
            (0, 0) => Start == other.Start && Replacement != other.Replacement,
            (0, _) => other.Start < Start && Start < other.End,
            (_, 0) => Start < other.Start && other.Start < End,
            _ => Start < other.End && other.Start < End && this != other,
        };
    }

    /// <summary>Merges <paramref name="proposed"/> (made on <paramref name="baseText"/>) into <paramref name="current"/>.</summary>
    public static ClauseMergeResult Merge(string baseText, string current, string proposed)
    {
        if (current == baseText || current == proposed)
        {
            return new(true, proposed);
        }

        if (proposed == baseText)
        {
            return new(true, current);
        }

        var basePieces = WordChunker.Instance.Chunk(baseText);
        var theirs = Changes(baseText, current);
        var mine = Changes(baseText, proposed);
        if (theirs.Any(t => mine.Any(t.Overlaps)))
        {
            return new(false, null);
        }

        var all = theirs.Concat(mine.Where(m => !theirs.Contains(m))).OrderBy(c => c.Start).ThenBy(c => c.Count).ToList();
        var merged = new System.Text.StringBuilder(Math.Max(current.Length, proposed.Length));
        var position = 0;
        foreach (var change in all)
        {
            for (; position < change.Start; position++)
            {
                merged.Append(basePieces[position]);
            }

            merged.Append(change.Replacement);
            position = Math.Max(position, change.End);
        }

        for (; position < basePieces.Count; position++)
        {
            merged.Append(basePieces[position]);
        }

        return new(true, merged.ToString());
    }

    private static List<Change> Changes(string baseText, string edited)
    {
        var diff = Differ.Instance.CreateDiffs(baseText, edited, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        return diff.DiffBlocks
            .Select(block => new Change(block.DeleteStartA, block.DeleteCountA, string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB))))
            .ToList();
    }
}
