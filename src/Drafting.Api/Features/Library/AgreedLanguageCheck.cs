using Drafting.Api.Features.Resolutions;
using Drafting.Model.Library;
using Drafting.Model.Resolutions;
using Microsoft.Extensions.Caching.Memory;

namespace Drafting.Api.Features.Library;

/// <summary>
/// "Is this agreed language?" for every clause of a draft: paragraphs with the same words found by fingerprint, else
/// candidates found in the library by the clause's rarest words
/// (<see cref="AgreedLanguage.CandidateWords"/>), scored by the words they share with it whatever their order, the best
/// one above <see cref="AgreedLanguage.Threshold"/> described by the word diff. A clause with no close paragraph has none.
/// What a paragraph's words found is kept until the library changes: every delegate who opens a draft asks for the same
/// check, and a paragraph of common words costs a search over thousands of library paragraphs.
/// </summary>
public sealed class AgreedLanguageCheck(LibrarySearchStore library, LibraryWordFrequencies frequencies) : IDisposable
{
    // Bounded by count: a found source is a few hundred bytes, 50,000 of them a few tens of megabytes.
    private readonly MemoryCache _found = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    /// <summary>
    /// The closest adopted paragraph of every clause of <paramref name="draft"/>, in document order; of
    /// <paramref name="only"/> alone when given.
    /// </summary>
    public Task<AgreedLanguageDto> CheckAsync(Resolution draft, CancellationToken cancellationToken, ClauseId? only = null)
    {
        var references = ClauseReferences.Of(draft);
        return CheckAsync(
            draft.Id,
            [.. draft.AllClauses.Where(c => only is null || c.Id == only).Select(c => new CitedClause(c.Id, references[c.Id], c.Text))],
            cancellationToken);
    }

    /// <summary>
    /// The closest adopted paragraph of each of <paramref name="clauses"/> of the draft <paramref name="draftId"/>, in
    /// their order: a paragraph whose text just changed, read alone, is the live mark beside it.
    /// </summary>
    public async Task<AgreedLanguageDto> CheckAsync(Guid draftId, IReadOnlyList<CitedClause> clauses, CancellationToken cancellationToken)
    {
        var (version, known) = await frequencies.VersionedAsync(cancellationToken);
        var sources = new Dictionary<string, AgreedSourceDto?>(StringComparer.Ordinal);
        foreach (var text in clauses.Select(c => c.Text))
        {
            if (_found.TryGetValue((version, text), out Found? found))
            {
                sources[text] = found!.Source;
            }
        }

        await FindAsync(version, known, clauses.Select(c => c.Text).Where(t => !sources.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList(), sources, cancellationToken);
        return new AgreedLanguageDto(draftId, clauses.Select(c => new ClauseSourceDto(c.Id.Value, c.Reference, sources[c.Text])).ToList());
    }

    /// <summary>The closest adopted paragraph of each text, into <paramref name="sources"/> and kept under the library's version.</summary>
    private async Task FindAsync(long version, IReadOnlyDictionary<string, long> known, List<string> texts, Dictionary<string, AgreedSourceDto?> sources, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return;
        }

        // Copied agreed language first, for all texts in one lookup; only the others search by their rarest words.
        var fingerprints = texts.Select(AgreedLanguage.Fingerprint).ToList();
        var same = await library.SameWordsAsync(fingerprints, cancellationToken);
        var searched = texts.Select((text, i) => same[fingerprints[i]].Any() ? [] : AgreedLanguage.CandidateWords(text, w => known.GetValueOrDefault(w))).ToList();
        // Each text's words are prepared once and scored against every candidate's stored words; only the closest is read whole.
        var scorers = texts.Select((text, i) => searched[i].Count == 0 ? null : new SimilarityScorer(text)).ToList();
        var searches = searched.Select((words, i) => scorers[i] is { } scorer ? CandidateSearch.For(words, scorer) : new CandidateSearch([], 0, 0)).ToList();
        var candidates = await library.CandidatesAsync(searches, w => known.GetValueOrDefault(w), (i, candidate, atLeast) => scorers[i]!.Score(candidate.Words, atLeast), 1, cancellationToken);
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            // The same words are the closest there is (similarity 1): the newest such paragraph, with no scoring.
            var best = same[fingerprints[i]].FirstOrDefault() is { } copy ? new ScoredHit(copy, 1.0) : candidates[i].Count > 0 ? candidates[i][0] : null;
            sources[text] = best is null ? null : Source(text, best.Row, best.Similarity);
            _found.Set((version, text), new Found(sources[text]), new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    /// <inheritdoc />
    public void Dispose() => _found.Dispose();

    /// <summary>A text's closest adopted paragraph, or none: "none" is kept too.</summary>
    private sealed record Found(AgreedSourceDto? Source);

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
