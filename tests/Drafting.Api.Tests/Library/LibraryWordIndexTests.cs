using Drafting.Api.Features.Library;

namespace Drafting.Api.Tests.Library;

public class LibraryWordIndexTests
{
    [Fact]
    public void The_paragraphs_a_prefix_begins_are_the_sum_over_every_word_it_begins_on_random_vocabularies()
    {
        const int seed = 20261207;
        var random = new Random(seed);
        // Few letters, so that prefixes share words; accents and a letter beyond the Basic Multilingual Plane sort by code unit.
        string[] letters = ["a", "b", "n", "é", "z", "\U0001D49C"];
        string Word(int most) => string.Concat(Enumerable.Range(0, 1 + random.Next(most)).Select(_ => letters[random.Next(letters.Length)]));
        for (var round = 0; round < 500; round++)
        {
            var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var i = random.Next(60); i > 0; i--)
            {
                frequencies[Word(6)] = random.Next(1, 1_000);
            }

            var index = new LibraryWordIndex(frequencies);
            for (var asked = 0; asked < 20; asked++)
            {
                var prefix = Word(3);
                var expected = frequencies.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(pair => pair.Value);

                Assert.True(expected == index.Begun(prefix), $"seed {seed}, round {round}: '{prefix}' begins words of {expected} paragraphs, the index says {index.Begun(prefix)}; words: {string.Join(", ", frequencies.Keys)}");
            }
        }
    }

    [Fact]
    public void A_word_no_paragraph_holds_and_a_prefix_no_word_begins_count_none()
    {
        var index = new LibraryWordIndex(new Dictionary<string, long>(StringComparer.Ordinal) { ["nation"] = 5, ["nations"] = 7, ["national"] = 2 });

        Assert.Equal(0, index.Of("peace"));
        Assert.Equal(0, index.Begun("pea"));
        Assert.Equal(14, index.Begun("nation"));
        Assert.Equal(7, index.Begun("nations"));
        Assert.Equal(0, LibraryWordIndex.Empty.Begun("n"));
    }
}
