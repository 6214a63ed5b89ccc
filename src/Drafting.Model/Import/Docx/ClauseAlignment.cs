using Drafting.Model.Resolutions;

namespace Drafting.Model.Import.Docx;

/// <summary>A clause in document order with its parent, for aligning two versions of one text.</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Parent">Its parent clause; null for a preambular or operative paragraph.</param>
/// <param name="Depth">0 for a paragraph, 1 to 4 for sub-paragraphs.</param>
internal sealed record FlatClause(Clause Clause, Clause? Parent, int Depth)
{
    public static List<FlatClause> Of(Resolution resolution)
    {
        var result = new List<FlatClause>();
        void Walk(Clause clause, Clause? parent, int depth)
        {
            result.Add(new FlatClause(clause, parent, depth));
            foreach (var child in clause.SubParagraphs)
            {
                Walk(child, clause, depth + 1);
            }
        }

        foreach (var clause in resolution.Preambular.Concat(resolution.Operative))
        {
            Walk(clause, null, 0);
        }

        return result;
    }

    public bool SamePlace(FlatClause other) => Clause.Kind == other.Clause.Kind && Depth == other.Depth;
}

/// <summary>
/// Pairs the clauses of two versions of a text read from different sources (so ids differ): a longest common
/// subsequence of identical clauses (kind, depth and text) anchors the pairing; between two anchors, clauses of the
/// same kind and depth are paired in order (an edited clause); the rest were inserted or deleted.
/// </summary>
internal static class ClauseAlignment
{
    /// <summary>For each index of <paramref name="from"/>, the index of its counterpart in <paramref name="to"/>, or -1 when it has none.</summary>
    public static int[] Align(IReadOnlyList<FlatClause> from, IReadOnlyList<FlatClause> to)
    {
        var n = from.Count;
        var m = to.Count;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = Same(from[i], to[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var map = Enumerable.Repeat(-1, n).ToArray();
        var (a, b) = (0, 0);
        var (gapA, gapB) = (0, 0);
        while (a < n && b < m)
        {
            if (Same(from[a], to[b]))
            {
                PairGap(from, to, gapA, a, gapB, b, map);
                map[a] = b;
                a++;
                b++;
                (gapA, gapB) = (a, b);
            }
            else if (lengths[a + 1, b] >= lengths[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        PairGap(from, to, gapA, n, gapB, m, map);
        return map;
    }

    private static bool Same(FlatClause x, FlatClause y) => x.SamePlace(y) && x.Clause.Text == y.Clause.Text;

    private static void PairGap(IReadOnlyList<FlatClause> from, IReadOnlyList<FlatClause> to, int fromStart, int fromEnd, int toStart, int toEnd, int[] map)
    {
        // Between two identical anchors, an edited clause is the one of the same kind and depth sharing most words with
        // it (at least a third): a paragraph inserted before an edited one is not taken for its new text.
        var next = toStart;
        for (var i = fromStart; i < fromEnd && next < toEnd; i++)
        {
            var (best, score) = (-1, MinimumSimilarity);
            for (var j = next; j < toEnd; j++)
            {
                if (from[i].SamePlace(to[j]) && Similarity(from[i].Clause.Text, to[j].Clause.Text) is var similarity && similarity >= score)
                {
                    (best, score) = (j, similarity);
                    if (similarity >= 1)
                    {
                        break;
                    }
                }
            }

            if (best >= 0)
            {
                map[i] = best;
                next = best + 1;
            }
        }
    }

    private const double MinimumSimilarity = 1.0 / 3;

    /// <summary>The Dice coefficient of the two texts' sets of words: 1 for the same words, 0 for none in common.</summary>
    private static double Similarity(string x, string y)
    {
        var a = x.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var b = y.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }
}
