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
    public double Score(string normalizedWords)
    {
        ArgumentNullException.ThrowIfNull(normalizedWords);
        Span<int> left = _counts.Length <= 512 ? stackalloc int[_counts.Length] : new int[_counts.Length];
        _counts.CopyTo(left);
        var words = 0;
        var common = 0;
        foreach (var range in normalizedWords.AsSpan().Split(' '))
        {
            var word = normalizedWords.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (_slots.TryGetValue(word, out var slot) && left[slot] > 0)
            {
                left[slot]--;
                common++;
            }
        }

        return _words + words == 0 ? 1 : 2.0 * common / (_words + words);
    }
}
