using Drafting.Api.Features.Library;
using Drafting.Model.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>When PostgreSQL walks the paragraphs newest first and when it reads the GIN index's matches, at 365,000 paragraphs.</summary>
public class LibraryNewestWalkTests
{
    private const long Paragraphs = 365_000;

    private static readonly Dictionary<string, long> Frequencies = new(StringComparer.Ordinal)
    {
        ["the"] = 300_000,
        ["and"] = 250_000,
        ["international"] = 60_000,
        ["humanitarian"] = 10_000,
        ["disaster"] = 900,
        ["disasters"] = 700,
        ["sustainable"] = 12_000,
        ["sustainability"] = 3_000,
    };

    private static SearchQuery Query(string text) => SearchQuery.Parse(text).Query!;

    [Theory]
    [InlineData("the and", 1.0)]
    [InlineData("\"and the\"", 1.0)]
    [InlineData("the", 0.45)]
    [InlineData("international", 1.0)]
    public void Common_words_walk_newest_first(string query, double share) =>
        Assert.True(LibraryNewestWalk.Walk(Query(query), Frequencies, Paragraphs, share, 200));

    [Theory]
    [InlineData("\"international humanitarian law\"", 1.0)]
    [InlineData("disast*", 0.45)]
    [InlineData("sustainab*", 0.45)]
    [InlineData("the disasters", 1.0)]
    [InlineData("international", 0.05)]
    [InlineData("unheard", 1.0)]
    public void Rarer_words_or_narrow_filters_read_the_index(string query, double share) =>
        Assert.False(LibraryNewestWalk.Walk(Query(query), Frequencies, Paragraphs, share, 200));

    [Fact]
    public void A_session_or_symbol_filter_reads_the_index_however_common_the_words() =>
        Assert.False(LibraryNewestWalk.Walk(Query("the and"), Frequencies, Paragraphs, share: null, 200));

    [Fact]
    public void A_prefix_counts_every_word_it_begins()
    {
        Assert.False(LibraryNewestWalk.Walk(Query("sustainab*"), Frequencies, Paragraphs, 1.0, 200));
        var many = new Dictionary<string, long>(Frequencies, StringComparer.Ordinal) { ["sustainably"] = 30_000, ["sustained"] = 40_000 };
        Assert.True(LibraryNewestWalk.Walk(Query("sustain*"), many, Paragraphs, 1.0, 200));
    }
}
