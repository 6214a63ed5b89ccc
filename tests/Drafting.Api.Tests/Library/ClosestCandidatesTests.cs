using Drafting.Api.Features.Library;
using Drafting.Model.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// The closest of a query's candidates, kept while they are scored (<see cref="LibrarySearchStore.Closest"/>), against
/// the plain way: every candidate scored, those reaching the threshold sorted best first, the newest first among equals.
/// </summary>
public class ClosestCandidatesTests
{
    [Fact]
    public void Keeps_the_closest_newest_first_among_equals_as_sorting_every_candidate_would_on_random_candidates()
    {
        const int seed = 31207;
        var random = new Random(seed);
        double[] similarities = [0.2, 0.59, 0.6, 0.61, 0.75, 0.75, 0.9, 1.0];
        for (var round = 0; round < 2_000; round++)
        {
            var count = random.Next(1, 5);
            var newest = Enumerable.Range(0, random.Next(30)).Select(i => (Id: (long)i, Similarity: similarities[random.Next(similarities.Length)])).ToList();
            var scores = newest.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c => c.Similarity);
            // A scorer told the least that counts may answer any value below it for a candidate that does not reach it.
            double Score(LibraryCandidate candidate, double atLeast) => scores[candidate.Words] >= atLeast ? scores[candidate.Words] : atLeast * random.NextDouble();

            var kept = LibrarySearchStore.Closest(newest.Select(c => (c.Id, "document", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), Score, count);

            var expected = newest.Where(c => c.Similarity >= AgreedLanguage.Threshold).OrderByDescending(c => c.Similarity).Take(count).ToList();
            Assert.True(expected.SequenceEqual(kept), $"seed {seed}, round {round}: expected {string.Join(", ", expected)}, kept {string.Join(", ", kept)}");
        }
    }
}
