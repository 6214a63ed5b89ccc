namespace Drafting.Model.Library;

/// <summary>
/// A paragraph's words made ready to be scored against many candidates (<see cref="AgreedLanguage.Similarity"/>):
/// the agreed-language check scores each edited paragraph against up to 200 library paragraphs, from their stored
/// normalized words (<see cref="SearchWords.Normalized"/>), which are read in place, without splitting or copying them.
/// </summary>
public sealed class SimilarityScorer
{
    // Slots, not counts per word: a candidate takes from a copy of the counts, so the scorer itself never changes and
    // may score on several threads at once.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slots;
    private readonly int[] _counts;
    private readonly int _words;

    /// <summary>Prepares the words of <paramref name="text"/>.</summary>
    public SimilarityScorer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        foreach (var word in SearchWords.Of(text))
        {
            if (slots.TryGetValue(word.Word, out var slot))
            {
                counts[slot]++;
            }
            else
            {
                slots[word.Word] = counts.Count;
                counts.Add(1);
            }

            _words++;
        }

        _slots = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        _counts = [.. counts];
    }

    /// <summary>
    /// The share of words this paragraph and <paramref name="normalizedWords"/> (normalized words one space apart) hold
    /// in common, as multisets: 2·|common| / (|a| + |b|), from 0 to 1.
    /// </summary>
    public double Score(string normalizedWords) => Score(normalizedWords, 0);

    /// <summary>
    /// <see cref="Score(string)"/> when it is at least <paramref name="atLeast"/>; else a value below
    /// <paramref name="atLeast"/>, answered as soon as the words not yet looked up could no longer reach it. The
    /// agreed-language check scores up to 200 candidates for each paragraph and keeps only the closest: most are far
    /// from it, and the closest so far is a bound the others must beat.
    /// </summary>
    public double Score(string normalizedWords, double atLeast)
    {
        ArgumentNullException.ThrowIfNull(normalizedWords);
        var words = WordCount(normalizedWords);
        var total = _words + words;
        if (total == 0)
        {
            return 1;
        }

        // At best every word not yet looked up is one of this paragraph's, up to as many words as this paragraph holds.
        double Reachable(int common, int unread) => 2.0 * Math.Min(common + unread, Math.Min(_words, words)) / total;
        if (Reachable(0, words) < atLeast)
        {
            return Reachable(0, words);
        }

        Span<int> left = _counts.Length <= 512 ? stackalloc int[_counts.Length] : new int[_counts.Length];
        _counts.CopyTo(left);
        var unread = words;
        var common = 0;
        foreach (var range in normalizedWords.AsSpan().Split(' '))
        {
            var word = normalizedWords.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            unread--;
            if (_slots.TryGetValue(word, out var slot) && left[slot] > 0)
            {
                left[slot]--;
                common++;
            }
            else if (Reachable(common, unread) < atLeast)
            {
                return Reachable(common, unread);
            }
        }

        return 2.0 * common / total;
    }

    /// <summary>
    /// The fewest and the most words a paragraph may hold and still score at least <paramref name="atLeast"/> against
    /// this one (even holding every one of its words): a candidate outside them is known to be too far before its words
    /// are read. Exactly the bound <see cref="Score(string, double)"/> applies first.
    /// </summary>
    public (int Fewest, int Most) ComparableLengths(double atLeast)
    {
        if (_words == 0 || atLeast <= 0)
        {
            return (0, int.MaxValue);
        }

        bool Reaches(int words) => words >= 0 && 2.0 * Math.Min(_words, words) / (_words + words) >= atLeast;
        var most = (int)Math.Min(int.MaxValue - 1, Math.Floor(_words * (2 - atLeast) / atLeast));
        var fewest = (int)Math.Ceiling(_words * atLeast / (2 - atLeast));
        while (most > 0 && !Reaches(most))
        {
            most--;
        }

        while (Reaches(most + 1))
        {
            most++;
        }

        while (fewest > 0 && Reaches(fewest - 1))
        {
            fewest--;
        }

        while (fewest <= most && !Reaches(fewest))
        {
            fewest++;
        }

        return (fewest, most);
    }

    /// <summary>
    /// The words of stored normalized words, one space apart: counted by their spaces, vectorized, since each candidate's
    /// length is looked at before any of its words.
    /// </summary>
    private static int WordCount(string normalizedWords)
    {
        var span = normalizedWords.AsSpan();
        if (span.IsEmpty)
        {
            return 0;
        }

        if (span[0] != ' ' && span[^1] != ' ' && !span.Contains("  ", StringComparison.Ordinal))
        {
            return span.Count(' ') + 1;
        }

        var words = 0;
        foreach (var range in span.Split(' '))
        {
            words += range.End.Value > range.Start.Value ? 1 : 0;
        }

        return words;
    }
}
