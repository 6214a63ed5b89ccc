using System.Collections.Immutable;
using Drafting.Model.Diff;

namespace Drafting.Model.Library;

/// <summary>
/// How close a draft paragraph is to an adopted one. Candidates are found by the paragraph's rarest words (<see cref="CandidateWords"/>),
/// so that a paragraph whose words were reordered, cut or lightly edited is still found; they are then ranked by the share of
/// words both hold, counted as multisets (<see cref="Similarity"/>), which reordering does not change; the closest is
/// described by the model's word diff.
/// </summary>
public static class AgreedLanguage
{
    /// <summary>The least <see cref="Similarity"/> for an adopted paragraph to count as the draft paragraph's source.</summary>
    public const double Threshold = 0.6;

    /// <summary>How many words of a paragraph are used to find candidates.</summary>
    public const int MaxCandidateWords = 6;

    private static readonly FrozenWords Common = new(
        "the of and to in a an for on with by at as is are be its their that this which from or all other including united nations resolution resolutions also further its");

    /// <summary>
    /// The words of <paramref name="text"/> most likely to find its source: the rarest in the library by
    /// <paramref name="documentFrequency"/> (how many library paragraphs hold the word; words no paragraph holds cannot
    /// find anything), distinct, the longer first among equally rare, at most <see cref="MaxCandidateWords"/>. A paragraph
    /// lightly edited keeps most of them, and few paragraphs hold any, so the candidates are few and the right one among them.
    /// </summary>
    public static IReadOnlyList<string> CandidateWords(string text, Func<string, long> documentFrequency)
    {
        ArgumentNullException.ThrowIfNull(documentFrequency);
        return SearchWords.Of(text).Select(w => w.Word).Where(w => !Common.Contains(w)).Distinct()
            .Select(w => (Word: w, Frequency: documentFrequency(w)))
            .Where(w => w.Frequency > 0)
            .OrderBy(w => w.Frequency).ThenByDescending(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(MaxCandidateWords).Select(w => w.Word).ToList();
    }

    /// <summary>
    /// A short fingerprint of the words of <paramref name="text"/> as search sees them: two paragraphs with the same words
    /// in the same order (case and punctuation aside) have the same fingerprint, so copied agreed language is found by lookup.
    /// </summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SearchWords.Normalized(text))))[..32];

    /// <summary>The share of words the two texts hold in common, as multisets: 2·|common| / (|a| + |b|), from 0 to 1.</summary>
    public static double Similarity(string draft, string adopted) => new SimilarityScorer(draft).Score(SearchWords.Normalized(adopted));

    /// <summary>How the draft paragraph differs from the adopted one.</summary>
    public static ParagraphDifference Compare(string draft, string adopted)
    {
        var segments = WordDiff.Compare(adopted, draft);
        int Words(SegmentKind kind) => segments.Where(s => s.Kind == kind).Sum(s => SearchWords.Of(s.Text).Count);
        // A replaced word is one deleted and one inserted: it differs once, so the larger side counts.
        var differ = Math.Max(Words(SegmentKind.Inserted), Words(SegmentKind.Deleted));
        var identical = !WordDiff.HasChanges(segments);
        return new ParagraphDifference(identical, identical ? 0 : Math.Max(differ, 1), segments);
    }

    /// <summary>A small set of words, split from one line.</summary>
    private sealed class FrozenWords(string words)
    {
        private readonly HashSet<string> _words = [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

        public bool Contains(string word) => _words.Contains(word);
    }
}

/// <summary>How a draft paragraph differs from the adopted paragraph it is closest to.</summary>
/// <param name="Identical">Whether the words are the same (white space aside).</param>
/// <param name="WordsDiffer">How many words differ (0 when identical; a punctuation change alone counts as 1).</param>
/// <param name="Segments">The word diff from the adopted text to the draft.</param>
public sealed record ParagraphDifference(bool Identical, int WordsDiffer, ImmutableArray<DiffSegment> Segments)
{
    /// <summary>"identical", "1 word differs" or "N words differ".</summary>
    public string Summary => Identical ? "identical" : WordsDiffer == 1 ? "1 word differs" : $"{WordsDiffer} words differ";
}
