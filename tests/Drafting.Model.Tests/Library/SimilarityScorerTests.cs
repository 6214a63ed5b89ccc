using Drafting.Model.Library;

namespace Drafting.Model.Tests.Library;

public class SimilarityScorerTests
{
    private static readonly string[] Vocabulary = ["the", "of", "and", "council", "security", "calls", "upon", "refugee", "camps", "1325", "s70", "k532f"];

    /// <summary>The share of common words counted the plain way: each word of one text taken once from the other's remaining words.</summary>
    private static double Reference(IReadOnlyList<string> draft, IReadOnlyList<string> adopted)
    {
        var left = adopted.ToList();
        var common = draft.Count(word => left.Remove(word));
        return draft.Count + adopted.Count == 0 ? 1 : 2.0 * common / (draft.Count + adopted.Count);
    }

    [Fact]
    public void Scores_as_multisets_counted_the_plain_way_on_random_paragraphs()
    {
        const int seed = 20261206;
        var random = new Random(seed);
        for (var round = 0; round < 2_000; round++)
        {
            // Sometimes more distinct words than the scorer keeps on the stack, so both of its paths are taken.
            var wide = round % 50 == 0;
            List<string> Words() => [.. Enumerable.Range(0, random.Next(wide ? 700 : 40)).Select(_ => wide ? $"w{random.Next(900)}" : Vocabulary[random.Next(Vocabulary.Length)])];
            var draft = Words();
            var adopted = Words();

            var scored = new SimilarityScorer(string.Join(' ', draft)).Score(string.Join(' ', adopted));

            Assert.True(Math.Abs(Reference(draft, adopted) - scored) < 1e-12, $"seed {seed}, round {round}: '{string.Join(' ', draft)}' against '{string.Join(' ', adopted)}' scored {scored}");
        }
    }

    /// <summary>
    /// Scored with a least similarity that counts, a candidate gets its exact score when it reaches it, and a value below
    /// it when it does not: never a candidate dropped that counts, never one kept that does not.
    /// </summary>
    [Fact]
    public void A_least_similarity_changes_no_score_that_reaches_it_on_random_paragraphs()
    {
        const int seed = 20261207;
        var random = new Random(seed);
        for (var round = 0; round < 5_000; round++)
        {
            List<string> Words() => [.. Enumerable.Range(0, random.Next(40)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])];
            var scorer = new SimilarityScorer(string.Join(' ', Words()));
            var adopted = (random.Next(10) == 0 ? " " : "") + string.Join(random.Next(10) == 0 ? "  " : " ", Words());
            var exact = scorer.Score(adopted);
            foreach (var atLeast in new[] { random.NextDouble(), exact, Math.BitIncrement(exact), Math.BitDecrement(exact), 0.6 })
            {
                var scored = scorer.Score(adopted, atLeast);

                Assert.True(exact >= atLeast ? scored == exact : scored < atLeast, $"seed {seed}, round {round}: '{adopted}' at least {atLeast} scored {scored}, exactly {exact}");
            }
        }
    }

    /// <summary>
    /// A candidate's length alone rules it out before its words are read (the check leaves such candidates in the
    /// database): the closest a paragraph of m words can be is holding as many of this one's words as it can, and that
    /// reaches the least similarity exactly when m is within the comparable lengths.
    /// </summary>
    [Fact]
    public void A_candidate_outside_the_comparable_lengths_cannot_reach_the_least_similarity_and_one_inside_can()
    {
        const int seed = 20261208;
        var random = new Random(seed);
        foreach (var atLeast in new[] { AgreedLanguage.Threshold, 0.5, 0.75, 0.9, 1.0, random.NextDouble(), random.NextDouble() })
        {
            for (var words = 1; words <= 120; words++)
            {
                var paragraph = Enumerable.Range(0, words).Select(i => $"w{i}").ToList();
                var scorer = new SimilarityScorer(string.Join(' ', paragraph));
                var (fewest, most) = scorer.ComparableLengths(atLeast);
                for (var length = 0; length <= 300; length++)
                {
                    // At best a candidate holds as many of the paragraph's words as it has room for, and others beyond.
                    var closest = string.Join(' ', paragraph.Take(length).Concat(Enumerable.Repeat("other", Math.Max(0, length - words))));

                    var reaches = scorer.Score(closest) >= atLeast;

                    Assert.True(reaches == (length >= fewest && length <= most), $"seed {seed}: {words} words, a candidate of {length} at least {atLeast}: lengths {fewest}-{most}, reaches {reaches}");
                }
            }
        }

        Assert.Equal((0, int.MaxValue), new SimilarityScorer("").ComparableLengths(AgreedLanguage.Threshold));
        Assert.Equal((6, 28), new SimilarityScorer("one two three four five six seven eight nine ten eleven twelve").ComparableLengths(AgreedLanguage.Threshold));
    }

    [Fact]
    public void Scores_stored_words_as_the_texts_they_were_normalized_from()
    {
        const string draft = "Calls upon all parties to armed conflict to respect the civilian character of refugee camps,";
        const string adopted = "CALLS UPON all parties to respect the civilian and humanitarian character of refugee camps and settlements;";

        Assert.Equal(AgreedLanguage.Similarity(draft, adopted), new SimilarityScorer(draft).Score(SearchWords.Normalized(adopted)));
        Assert.Equal(1.0, new SimilarityScorer(adopted).Score(SearchWords.Normalized(adopted)));
        Assert.Equal(1.0, new SimilarityScorer("").Score(""));
        Assert.Equal(0.0, new SimilarityScorer(draft).Score(""));
    }
}
