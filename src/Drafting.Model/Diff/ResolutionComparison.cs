using System.Collections.Immutable;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Diff;

/// <summary>
/// Two versions of a resolution compared clause by clause. Clauses are matched by stable id, so a
/// renumbered clause is unchanged, a moved one is marked moved (and its old place kept), and inserted or
/// deleted ones are whole. Each part lists its clauses in merged order: the new order, with clauses that
/// left a place shown where they were.
/// </summary>
public sealed class ResolutionComparison
{
    private ResolutionComparison(Resolution old, Resolution current, ImmutableArray<ClauseComparison> preambular, ImmutableArray<ClauseComparison> operative)
    {
        Old = old;
        New = current;
        Preambular = preambular;
        Operative = operative;
        FormulaSegments = WordDiff.Compare(old.Formula, current.Formula);
    }

    /// <summary>The earlier version.</summary>
    public Resolution Old { get; }

    /// <summary>The later version.</summary>
    public Resolution New { get; }

    /// <summary>The preambular paragraphs in merged order.</summary>
    public ImmutableArray<ClauseComparison> Preambular { get; }

    /// <summary>The operative paragraphs in merged order.</summary>
    public ImmutableArray<ClauseComparison> Operative { get; }

    /// <summary>The word diff of the formula.</summary>
    public ImmutableArray<DiffSegment> FormulaSegments { get; }

    /// <summary>Every clause comparison, depth first, in merged order.</summary>
    public IEnumerable<ClauseComparison> All => Preambular.Concat(Operative).SelectMany(Flatten);

    /// <summary>True when no clause, sub-paragraph or the formula changed.</summary>
    public bool IsUnchanged => !WordDiff.HasChanges(FormulaSegments) && Preambular.Concat(Operative).All(c => c.IsUnchanged);

    /// <summary>Compares <paramref name="old"/> with <paramref name="current"/>.</summary>
    public static ResolutionComparison Compare(Resolution old, Resolution current)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(current);
        var matcher = new Matcher(old, current);
        return new ResolutionComparison(old, current, matcher.CompareLists(old.Preambular, current.Preambular), matcher.CompareLists(old.Operative, current.Operative));
    }

    private static IEnumerable<ClauseComparison> Flatten(ClauseComparison clause) => clause.SubParagraphs.SelectMany(Flatten).Prepend(clause);

    private sealed class Matcher(Resolution old, Resolution current)
    {
        private readonly Dictionary<ClauseId, Clause> oldClauses = All(old).ToDictionary(c => c.Id);
        private readonly Dictionary<ClauseId, Clause> newClauses = All(current).ToDictionary(c => c.Id);

        public ImmutableArray<ClauseComparison> CompareLists(ImmutableArray<Clause> oldList, ImmutableArray<Clause> newList)
        {
            var oldIds = oldList.Select(c => c.Id).ToHashSet();
            var newIds = newList.Select(c => c.Id).ToHashSet();
            var stayed = LongestCommonOrder(oldList.Where(c => newIds.Contains(c.Id)).Select(c => c.Id).ToList(), newList.Where(c => oldIds.Contains(c.Id)).Select(c => c.Id).ToList());
            var merged = ImmutableArray.CreateBuilder<ClauseComparison>();
            var oldAt = 0;
            foreach (var clause in newList)
            {
                if (stayed.Contains(clause.Id))
                {
                    // Whatever of the old list stood before this anchor and did not stay left its place here.
                    for (; oldList[oldAt].Id != clause.Id; oldAt++)
                    {
                        merged.Add(Left(oldList[oldAt]));
                    }

                    oldAt++;
                    merged.Add(Present(oldList[oldAt - 1], clause, moved: false));
                }
                else
                {
                    merged.Add(oldClauses.TryGetValue(clause.Id, out var before) ? Present(before, clause, moved: true) : Inserted(clause));
                }
            }

            for (; oldAt < oldList.Length; oldAt++)
            {
                merged.Add(Left(oldList[oldAt]));
            }

            return merged.ToImmutable();
        }

        private ClauseComparison Present(Clause before, Clause after, bool moved)
        {
            var segments = WordDiff.Compare(before.Text, after.Text);
            var change = WordDiff.HasChanges(segments) ? ClauseChangeKind.Modified : ClauseChangeKind.Unchanged;
            return new(after.Id, change, moved, before, after, segments, CompareLists(before.SubParagraphs, after.SubParagraphs));
        }

        private ClauseComparison Inserted(Clause clause) =>
            new(clause.Id, ClauseChangeKind.Inserted, false, null, clause, Whole(SegmentKind.Inserted, clause.Text), CompareLists([], clause.SubParagraphs));

        private ClauseComparison Left(Clause clause)
        {
            var change = newClauses.ContainsKey(clause.Id) ? ClauseChangeKind.MovedAway : ClauseChangeKind.Deleted;
            return new(clause.Id, change, false, clause, null, Whole(SegmentKind.Deleted, clause.Text), CompareLists(clause.SubParagraphs, []));
        }

        private static ImmutableArray<DiffSegment> Whole(SegmentKind kind, string text) => text.Length == 0 ? [] : [new DiffSegment(kind, text)];

        private static IEnumerable<Clause> All(Resolution resolution) => resolution.Preambular.Concat(resolution.Operative).SelectMany(c => c.DescendantsAndSelf());

        /// <summary>The ids that keep their relative order: the longest common subsequence of the two id lists.</summary>
        private static HashSet<ClauseId> LongestCommonOrder(List<ClauseId> before, List<ClauseId> after)
        {
            if (before.SequenceEqual(after))
            {
                return [.. before];
            }

            var lengths = new int[before.Count + 1, after.Count + 1];
            for (var i = before.Count - 1; i >= 0; i--)
            {
                for (var j = after.Count - 1; j >= 0; j--)
                {
                    lengths[i, j] = before[i] == after[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }

            var common = new HashSet<ClauseId>();
            for (int i = 0, j = 0; i < before.Count && j < after.Count;)
            {
                if (before[i] == after[j])
                {
                    common.Add(before[i]);
                    i++;
                    j++;
                }
                else if (lengths[i + 1, j] >= lengths[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return common;
        }
    }
}
