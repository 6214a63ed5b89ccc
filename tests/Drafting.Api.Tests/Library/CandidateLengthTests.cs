using Drafting.Api.Features.Library;
using Drafting.Model.Library;
using Drafting.Model.Tests.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests.Library;

/// <summary>The check's candidates too short or too long to be close are left in the database, and nothing close is lost.</summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    /// <summary>
    /// Paragraphs of the corpus copied, lightly edited (three words replaced, two swapped), cut to their first ten words
    /// and doubled: each gets exactly the candidates, in the same order with the same similarity, whether the search
    /// leaves out the candidates whose length alone rules them out or scores every one; and fewer are scored.
    /// </summary>
    [Fact]
    public async Task Candidates_ruled_out_by_their_length_are_never_scored_and_nothing_close_is_lost()
    {
        const int Seed = 3202;
        var random = new Random(Seed);
        var frequencies = await Corpus.App.Services.GetRequiredService<LibraryWordFrequencies>().CurrentAsync(Cancel);
        long Frequency(string word) => frequencies.GetValueOrDefault(word);
        var texts = SampledParagraphs(120).Select((text, i) => (i % 4) switch
        {
            0 => text,
            1 => LightlyEdited(text, random),
            2 => string.Join(' ', text.Split(' ').Take(10)),
            _ => text + " " + text,
        }).ToList();
        var scorers = texts.Select(t => new SimilarityScorer(t)).ToList();
        var words = texts.Select(t => AgreedLanguage.CandidateWords(t, Frequency)).ToList();
        var store = Corpus.App.Services.GetRequiredService<LibrarySearchStore>();
        var scored = new int[texts.Count];
        double Scored(int i, LibraryCandidate candidate, double atLeast)
        {
            Interlocked.Increment(ref scored[i]);
            return scorers[i].Score(candidate.Words, atLeast);
        }

        var every = await store.CandidatesAsync([.. words.Select(w => new CandidateSearch(w, 0, int.MaxValue))], Frequency, Scored, 3, Cancel);
        var scoredEvery = scored.Sum();
        Array.Clear(scored);
        var bounded = await store.CandidatesAsync([.. words.Select((w, i) => CandidateSearch.For(w, scorers[i]))], Frequency, Scored, 3, Cancel);

        for (var i = 0; i < texts.Count; i++)
        {
            var (expected, actual) = (every[i].Select(h => (h.Row.ParagraphId, h.Similarity)), bounded[i].Select(h => (h.Row.ParagraphId, h.Similarity)));
            Assert.True(expected.SequenceEqual(actual), $"seed {Seed}, paragraph {i} (\"{texts[i]}\"): every candidate scored {string.Join(", ", expected)}, by length {string.Join(", ", actual)}");
        }

        Assert.True(Enumerable.Range(0, texts.Count).Count(i => i % 4 == 1 && bounded[i].Count > 0) >= 25, "the edited paragraphs find their sources");
        Assert.True(scored.Sum() < scoredEvery / 2, $"seed {Seed}: {scored.Sum()} candidates scored by length, {scoredEvery} without");
    }

    /// <summary><paramref name="count"/> corpus paragraphs of 12 words or more, evenly spread over the corpus.</summary>
    protected static List<string> SampledParagraphs(int count)
    {
        var sources = LibraryCorpus.Texts.SelectMany(t => t.Clauses).Where(c => SearchWords.Of(c.Text).Count >= 12).ToList();
        return [.. Enumerable.Range(0, count).Select(i => sources[i * (sources.Count / count)].Text)];
    }

    /// <summary>Three words replaced and two neighbours swapped, at random places.</summary>
    protected static string LightlyEdited(string text, Random random)
    {
        var words = text.Split(' ');
        foreach (var at in Enumerable.Range(0, 3).Select(_ => random.Next(words.Length)))
        {
            words[at] = "revised";
        }

        var swap = random.Next(words.Length - 1);
        (words[swap], words[swap + 1]) = (words[swap + 1], words[swap]);
        return string.Join(' ', words);
    }
}
