using Drafting.Model.Library;

namespace Drafting.Model.Tests.Library;

public class SearchQueryTests
{
    private const string Paragraph = "Strongly condemns all attacks against United Nations peacekeepers, <b>and</b> condemnation of the Council's critics,";

    private static SearchQuery Query(string q) => SearchQuery.Parse(q).Query!;

    [Fact]
    public void Words_phrases_and_prefixes_are_parsed_into_engine_queries_of_normalized_words_only()
    {
        var query = Query("\"Strongly  condemns\" attacks condemn* Côte");
        Assert.Equal("\"strongly condemns\" AND \"attacks\" AND \"condemn\"* AND \"côte\"", query.ToFts5());
        Assert.Equal("(strongly <-> condemns) & (attacks) & (condemn:*) & (côte)", query.ToTsQuery());
        // Operators and quotes of the caller's never reach an engine.
        Assert.Equal("\"or\" AND \"near\" AND \"x\"", Query("OR NEAR( x) ::").ToFts5());
    }

    [Fact]
    public void A_hit_holds_every_term_a_phrase_in_order_and_a_prefix_at_the_start_of_a_word()
    {
        Assert.True(Query("\"strongly condemns\" peacekeepers").Matches(Paragraph));
        Assert.False(Query("\"condemns strongly\"").Matches(Paragraph));
        Assert.True(Query("condemnat*").Matches(Paragraph));
        Assert.False(Query("ondemn*").Matches(Paragraph));
        Assert.False(Query("condemns tanks").Matches(Paragraph));
    }

    [Fact]
    public void Marking_wraps_the_matched_words_and_escapes_everything_else()
    {
        Assert.Equal(
            "<mark>Strongly condemns</mark> all attacks against United Nations peacekeepers, &lt;b&gt;and&lt;/b&gt; <mark>condemnation</mark> of the Council&#39;s critics,",
            Query("\"strongly condemns\" condemnat*").Mark(Paragraph));
    }

    [Theory]
    [InlineData("", "q is empty")]
    [InlineData("\" ** \"", "q holds no word")]
    public void An_empty_query_is_refused_saying_what_to_give(string q, string refusal)
    {
        Assert.StartsWith(refusal, SearchQuery.Parse(q).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_or_too_many_terms_are_refused()
    {
        Assert.Contains("at most 500", SearchQuery.Parse(new string('a', 501)).Refusal, StringComparison.Ordinal);
        Assert.Contains("at most 16 are searched", SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 17).Select(i => $"w{i}"))).Refusal, StringComparison.Ordinal);
    }
}
