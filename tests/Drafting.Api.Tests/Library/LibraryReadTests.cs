using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Drafting.Api.Features.Library;
using Drafting.Model.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// Each way PostgreSQL reads a search's newest matches (<see cref="LibraryReadPlan"/>), on the Council's resolutions
/// (<see cref="CouncilCorpus"/>): the plan is chosen from this library's counts as the store chooses it, and every page
/// holds exactly the newest matches. SQLite's index reads newest first whatever the words: the same pages. Run on SQLite
/// and on PostgreSQL by the two classes below.
/// </summary>
public abstract class LibraryReadTests<TCorpus>(TCorpus corpus) : IClassFixture<TCorpus>
    where TCorpus : CouncilCorpus
{
    protected TCorpus Corpus { get; } = corpus;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The matches a first page of <see cref="CouncilCorpus.RankedMatches"/> reads: one more than it shows, to know whether another page follows.</summary>
    private const int FirstPageReads = CouncilCorpus.RankedMatches + 1;

    /// <summary>
    /// Walking newest first; the newest periods first, holding enough matches or too few (so that the older periods are
    /// read too); the whole index. Each query's words, all of them in a paragraph, found by plain SQL are the truth.
    /// </summary>
    [Theory]
    [InlineData("the", null, null, LibraryRead.Walk, null)]
    [InlineData("the", null, 2012, LibraryRead.Walk, null)]
    [InlineData("mandate", null, null, LibraryRead.Slice, true)]
    [InlineData("\"all parties\"", null, 2012, LibraryRead.Index, null)]
    [InlineData("calls upon mandate", null, null, LibraryRead.Slice, false)]
    [InlineData("armed decides", null, 2012, LibraryRead.Slice, false)]
    [InlineData("peacekeeping", null, null, LibraryRead.Index, null)]
    [InlineData("the", 2004, 2012, LibraryRead.Walk, null)]
    [InlineData("humanitarian", 2004, 2012, LibraryRead.Slice, true)]
    [InlineData("sanctions", 2004, null, LibraryRead.Index, null)]
    public async Task Each_way_of_reading_pages_exactly_the_newest_matches(string words, int? yearFrom, int? yearTo, LibraryRead read, bool? sliceHoldsEnough)
    {
        await using var connection = Corpus.App.OpenDatabase();
        var terms = words.StartsWith('"') ? [words.Trim('"')] : words.Split(' ');
        var like = string.Join(" AND ", terms.Select((_, i) => $"(' ' || p.words || ' ') LIKE @w{i}"));
        var parameters = new DynamicParameters(new { yearFrom, yearTo });
        foreach (var (word, i) in terms.Select((w, i) => (w, i)))
        {
            parameters.Add($"w{i}", $"% {word} %");
        }

        var matches = (await connection.QueryAsync<(string DocumentId, long Position, long? Year)>(new CommandDefinition($"""
            SELECT p.document_id, p.position, d.year FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
            WHERE p.kind <> 'heading' AND {like} AND (@yearFrom IS NULL OR d.year >= @yearFrom) AND (@yearTo IS NULL OR d.year <= @yearTo)
            ORDER BY p.search_key DESC
            """, parameters, cancellationToken: Cancel))).ToList();
        var plan = LibraryReadPlan.For(
            SearchQuery.Parse(words).Query!, new LibraryFilters(null, yearFrom, yearTo, null, null, null), new LibraryWordIndex(await Corpus.App.Services.GetRequiredService<LibraryWordFrequencies>().CurrentAsync(Cancel)), await LibraryParagraphCounts.ReadAsync(connection, null, 0, Cancel), FirstPageReads);
        var inSlice = plan.SinceYear is { } since ? matches.Count(m => m.Year >= since) : 0;
        Assert.Equal(read, plan.Read);
        Assert.Equal(sliceHoldsEnough, plan.SinceYear is null ? null : inSlice >= FirstPageReads);

        using var reader = await Corpus.App.UserAsync($"reads-{Guid.NewGuid():N}"[..30]);
        var hits = new List<string>();
        string? after = null;
        do
        {
            var query = $"q={Uri.EscapeDataString(words)}{(yearFrom is { } from ? $"&yearFrom={from}" : "")}{(yearTo is { } to ? $"&yearTo={to}" : "")}&limit={CouncilCorpus.RankedMatches}";
            var page = await reader.GetFromJsonAsync<JsonElement>($"/api/library/search?{query}{(after is null ? "" : $"&after={Uri.EscapeDataString(after)}")}", Cancel);
            hits.AddRange(page.GetProperty("items").EnumerateArray().Select(h => $"{h.GetProperty("id").GetGuid()}/{h.GetProperty("clauseId").GetString()}"));
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null);

        Assert.Equal(
            matches.Take(LibrarySearchStore.MaxDepth).Select(m => $"{Guid.Parse(m.DocumentId)}/p{m.Position}").Order(StringComparer.Ordinal),
            hits.Order(StringComparer.Ordinal));
    }
}

public sealed class SqliteLibraryReadTests(SqliteCouncilCorpus corpus) : LibraryReadTests<SqliteCouncilCorpus>(corpus);

public sealed class PostgreSqlLibraryReadTests(PostgreSqlCouncilCorpus corpus) : LibraryReadTests<PostgreSqlCouncilCorpus>(corpus)
{
    /// <summary>
    /// Every paragraph's search vector holds the word of the period its key falls in, as <see cref="LibrarySearchMeta.Period"/>
    /// names it, and no other period's: a slice reads what the plan counted (migration 0117).
    /// </summary>
    [Fact]
    public async Task Every_paragraph_is_found_under_its_own_period_word_alone()
    {
        await using var connection = Corpus.App.OpenDatabase();
        var years = (await connection.QueryAsync<(long Year, long Paragraphs)>(new CommandDefinition(
            """
            SELECT d.year, count(*) FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
            WHERE p.kind <> 'heading' GROUP BY d.year
            """, cancellationToken: TestContext.Current.CancellationToken))).ToList();
        Assert.True(years.Select(y => LibrarySearchMeta.Period((int)y.Year)).Distinct().Count() >= 4);
        foreach (var (year, paragraphs) in years)
        {
            var period = LibrarySearchMeta.Period((int)year);
            var found = await connection.QuerySingleAsync<(long Own, long Others)>(new CommandDefinition(
                """
                SELECT count(*) FILTER (WHERE p.search @@ to_tsquery('simple', @own)), count(*) FILTER (WHERE p.search @@ to_tsquery('simple', @others))
                FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id WHERE p.kind <> 'heading' AND d.year = @year
                """,
                new { year, own = LibrarySearchMeta.PeriodWord(period), others = string.Join(" | ", Enumerable.Range(0, 30).Select(i => 1900 + (5 * i)).Where(p => p != period).Select(LibrarySearchMeta.PeriodWord)) },
                cancellationToken: TestContext.Current.CancellationToken));
            Assert.Equal((paragraphs, 0L), found);
        }
    }
}
