using Drafting.Api.Features.Library;
using Drafting.Model.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// How PostgreSQL reads a search's newest matches (walk, slice of the newest periods, or the whole GIN index) in a library
/// of 363,400 paragraphs: every year from 1946 to 2024, 4,000 General Assembly paragraphs and 600 Security Council ones.
/// </summary>
public class LibraryReadPlanTests
{
    private const string Assembly = "General Assembly";
    private const string Council = "Security Council";

    private static readonly Dictionary<string, long> Frequencies = new(StringComparer.Ordinal)
    {
        ["the"] = 300_000,
        ["and"] = 250_000,
        ["international"] = 60_000,
        ["humanitarian"] = 10_000,
        ["law"] = 20_000,
        ["development"] = 30_000,
        ["disaster"] = 900,
        ["disasters"] = 700,
        ["sustainable"] = 12_000,
        ["sustainability"] = 3_000,
    };

    private static readonly LibraryParagraphCounts Library = new(1, Enumerable.Range(1946, 79).SelectMany(year => new[]
    {
        new LibraryDocumentCount(Assembly, year, year - 1945, $"A/RES/{year - 1945}/1", 4_000),
        new LibraryDocumentCount(Council, year, null, $"S/RES/{year}", 600),
    }));

    private static readonly LibraryFilters None = new(null, null, null, null, null, null);

    private static LibraryReadPlan Plan(string query, LibraryFilters? filters = null, IReadOnlyDictionary<string, long>? frequencies = null) =>
        LibraryReadPlan.For(SearchQuery.Parse(query).Query!, filters ?? None, new LibraryWordIndex(frequencies ?? Frequencies), Library, 200);

    [Theory]
    [InlineData("the and", null)]
    [InlineData("\"and the\"", null)]
    [InlineData("the", Council)]
    [InlineData("international", null)]
    public void Common_words_walk_newest_first(string query, string? organ) =>
        Assert.Equal(LibraryRead.Walk, Plan(query, None with { Organ = organ }).Read);

    [Theory]
    [InlineData("humanitarian law", 2015)]
    [InlineData("sustainab*", 2020)]
    [InlineData("sustainable", 2015)]
    public void Words_between_read_the_index_within_their_newest_periods_first(string query, int since) =>
        Assert.Equal(new LibraryReadPlan(LibraryRead.Slice, since), Plan(query));

    [Theory]
    [InlineData("disast*")]
    [InlineData("the disasters")]
    [InlineData("unheard")]
    [InlineData("\"international humanitarian law\"")]
    public void Rare_words_and_phrases_between_read_the_whole_index(string query) =>
        Assert.Equal(new LibraryReadPlan(LibraryRead.Index, null), Plan(query));

    [Fact]
    public void A_narrow_filter_reads_the_whole_index_however_common_the_words()
    {
        Assert.Equal(LibraryRead.Index, Plan("international", None with { Session = 70 }).Read);
        Assert.Equal(LibraryRead.Index, Plan("the and", None with { SymbolPrefix = "a/res/70/" }).Read);
    }

    [Fact]
    public void A_slice_holds_the_newest_periods_the_filters_leave()
    {
        // Each of the Council's periods holds 3,000 paragraphs: four of them hold the 800 matches wanted of "development".
        Assert.Equal(new LibraryReadPlan(LibraryRead.Slice, 2005), Plan("development", None with { Organ = Council }));
        // Symbols S/RES/19xx were adopted up to 1999: a slice of them starts from their newest period, not the library's.
        Assert.Equal(new LibraryReadPlan(LibraryRead.Slice, 1990), Plan("international", None with { SymbolPrefix = "s/res/19" }));
        // Up to 2004, the newest period of the years asked is 2000's.
        Assert.Equal(new LibraryReadPlan(LibraryRead.Slice, 1995), Plan("humanitarian", None with { YearTo = 2004 }));
    }

    [Fact]
    public void A_prefix_counts_every_word_it_begins()
    {
        Assert.Equal(LibraryRead.Slice, Plan("sustainab*").Read);
        var many = new Dictionary<string, long>(Frequencies, StringComparer.Ordinal) { ["sustainably"] = 30_000, ["sustained"] = 40_000 };
        Assert.Equal(LibraryRead.Walk, Plan("sustain*", frequencies: many).Read);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(1999, 1995)]
    [InlineData(2020, 2020)]
    [InlineData(2024, 2020)]
    public void A_year_falls_in_the_period_of_five_years_that_holds_it(int? year, int period) =>
        Assert.Equal(period, LibrarySearchMeta.Period(year));

    [Fact]
    public void A_slice_names_every_period_from_its_first_to_the_newest() =>
        Assert.Equal("(y2020 | y2015 | y2010)", LibrarySearchMeta.Periods(2010, 2020));

    [Theory]
    [InlineData(2000, 2005, "(a) & (y2005 | y2000)")]
    [InlineData(2012, null, "(a) & (y2020 | y2015 | y2010)")]
    [InlineData(2005, 2024, "(a) & (y2020 | y2015 | y2010 | y2005)")]
    [InlineData(2000, 2024, "(a)")]
    [InlineData(null, 2005, "(a)")]
    [InlineData(2010, 2005, "(a)")]
    public void Years_from_a_first_one_are_read_by_the_words_of_their_periods_when_they_span_20_years_at_most(int? from, int? to, string tsQuery) =>
        Assert.Equal(tsQuery, LibrarySearchMeta.TsQuery("a", None with { YearFrom = from, YearTo = to }, newestPeriod: 2020));

    [Fact]
    public void A_walk_down_the_keys_reads_its_years_by_their_keys_alone() =>
        Assert.Equal("(a)", LibrarySearchMeta.TsQuery("a", None with { YearFrom = 2000, YearTo = 2005 }, newestPeriod: null));
}
