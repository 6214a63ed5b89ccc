using Drafting.Model.Library;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Library;

/// <summary>
/// "Is this agreed language?" for every clause of a draft: paragraphs with the same words found by fingerprint, else
/// candidates found in the library by the clause's rarest words
/// (<see cref="AgreedLanguage.CandidateWords"/>), scored by the words they share with it whatever their order, the best
/// one above <see cref="AgreedLanguage.Threshold"/> described by the word diff. A clause with no close paragraph has none.
/// </summary>
public sealed class AgreedLanguageCheck(LibrarySearchStore library, LibraryWordFrequencies frequencies)
{
    /// <summary>
    /// The closest adopted paragraph of every clause of <paramref name="draft"/>, in document order; of
    /// <paramref name="only"/> alone when given (a paragraph whose text just changed: the live mark beside it).
    /// </summary>
    public async Task<AgreedLanguageDto> CheckAsync(Resolution draft, CancellationToken cancellationToken, ClauseId? only = null)
    {
        var references = ClauseReferences.Of(draft);
        var clauses = draft.Preambular.Concat(draft.Operative).SelectMany(c => c.DescendantsAndSelf()).Where(c => only is null || c.Id == only).ToList();
        // Copied agreed language first, for the whole draft in one lookup; only the other clauses search by their rarest words.
        var fingerprints = clauses.Select(c => AgreedLanguage.Fingerprint(c.Text)).ToList();
        var same = await library.SameWordsAsync(fingerprints, cancellationToken);
        var known = await frequencies.CurrentAsync(cancellationToken);
        var searched = clauses.Select((c, i) => same[fingerprints[i]].Any() ? [] : AgreedLanguage.CandidateWords(c.Text, w => known.GetValueOrDefault(w))).ToList();
        var candidates = await library.CandidatesAsync(searched, (i, row) => AgreedLanguage.Similarity(clauses[i].Text, row.Text) >= AgreedLanguage.Threshold, cancellationToken);
        var results = new List<ClauseSourceDto>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            // The same words are the closest there is (similarity 1): the newest such paragraph, with no scoring.
            var best = same[fingerprints[i]].FirstOrDefault() is { } copy
                ? (Row: copy, Similarity: 1.0)
                : candidates[i]
                    .Select(row => (Row: row, Similarity: AgreedLanguage.Similarity(clause.Text, row.Text)))
                    .Where(c => c.Similarity >= AgreedLanguage.Threshold)
                    .OrderByDescending(c => c.Similarity)
                    .FirstOrDefault();
            results.Add(new ClauseSourceDto(clause.Id.Value, references[clause.Id], best.Row is null ? null : Source(clause.Text, best.Row, best.Similarity)));
        }

        return new AgreedLanguageDto(draft.Id, results);
    }

    private static AgreedSourceDto Source(string draft, LibraryHitRow row, double similarity)
    {
        var difference = AgreedLanguage.Compare(draft, row.Text);
        return new AgreedSourceDto(
            Guid.Parse(row.DocumentId, System.Globalization.CultureInfo.InvariantCulture),
            row.Symbol,
            row.Reference,
            row.Text,
            Math.Round(similarity, 3),
            difference.Identical,
            difference.WordsDiffer,
            difference.Summary,
            $"as in {row.Symbol} {row.Reference}, {difference.Summary}",
            DiffSegmentDto.From(difference.Segments),
            $"p{row.Position}");
    }
}
