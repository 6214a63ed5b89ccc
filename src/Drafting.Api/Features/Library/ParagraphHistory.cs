using System.Globalization;
using Dapper;
using Drafting.Api.Platform;
using Drafting.Model.Diff;
using Drafting.Model.Library;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Library;

/// <summary>
/// A paragraph across the years: the same paragraph in the earlier and later resolutions of its series, oldest first,
/// each with the word diff from the one before, so a delegate sees when "deplores" became "condemns". The series is
/// the resolutions with the same title (General Assembly items come back each session under theirs) or, for the
/// Security Council, whose resolutions have none, under the same agenda item ("The situation in Cyprus"), and any
/// other resolution holding a paragraph of high overlap. A draft paragraph's
/// history is the series of the library paragraph closest to it, then the paragraph as the draft has it now.
/// </summary>
public sealed class ParagraphHistory(DraftingDatabase database, LibrarySearchStore library, LibraryWordFrequencies frequencies, AgreedLanguageCheck check)
{
    /// <summary>The least share of words in common for a paragraph of a resolution of the same series (title, or Council agenda item) to be the same paragraph.</summary>
    public const double SameSeriesThreshold = 0.5;

    /// <summary>The library paragraph's history, or null when the library has no such paragraph.</summary>
    public async Task<ParagraphHistoryDto?> OfAsync(Guid libraryId, int position, CancellationToken cancellationToken)
    {
        if (await SeriesAsync(libraryId, position, cancellationToken) is not { } found)
        {
            return null;
        }

        var (paragraph, series) = found;
        var items = Years(series.Select(r => Year.Of(r, asked: ReferenceEquals(r, paragraph))));
        return new ParagraphHistoryDto(libraryId, $"p{position}", SeriesName(paragraph), items);
    }

    /// <summary>
    /// The history of <paramref name="clause"/> (a clause of <paramref name="draft"/>): the series of its closest
    /// library paragraph, oldest first, then the clause's text now, with the word diff from the latest adopted one.
    /// A clause that is no agreed language has its own text alone.
    /// </summary>
    public async Task<DraftParagraphHistoryDto> OfDraftAsync(Resolution draft, ClauseId clause, CancellationToken cancellationToken)
    {
        var checkedClause = (await check.CheckAsync(draft, cancellationToken, clause)).Clauses.Single();
        var source = checkedClause.Source;
        var years = new List<Year>();
        string? title = null;
        if (source?.Paragraph is { } paragraph && ParagraphSource.IsParagraphId(paragraph)
            && await SeriesAsync(source.Id, int.Parse(paragraph.AsSpan(1), CultureInfo.InvariantCulture), cancellationToken) is { } found)
        {
            title = SeriesName(found.Paragraph);
            years.AddRange(found.Series.Select(r => Year.Of(r, asked: false)));
        }

        // The draft is this year's text: last, whatever its date.
        years.Add(new Year(LibraryApi.DraftKind, draft.Id, clause.Value, draft.Symbol, checkedClause.Number, draft.Date, draft.Find(clause)!.Clause.Text, Asked: true));
        return new DraftParagraphHistoryDto(draft.Id, clause.Value, checkedClause.Number, title, source, Years(years));
    }

    /// <summary>The paragraph asked about and every paragraph of its series (itself included), oldest first; null when there is no such paragraph.</summary>
    private async Task<(LibraryHitRow Paragraph, List<LibraryHitRow> Series)?> SeriesAsync(Guid libraryId, int position, CancellationToken cancellationToken)
    {
        List<LibraryHitRow> sameSeries;
        LibraryHitRow? paragraph;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            paragraph = await connection.QuerySingleOrDefaultAsync<LibraryHitRow>(new CommandDefinition(
                $"{SelectRows} WHERE d.id = @id AND p.position = @position AND p.kind <> 'heading'",
                new { id = libraryId.ToString(), position = (long)position }, cancellationToken: cancellationToken));
            if (paragraph is null)
            {
                return null;
            }

            // The Council's resolutions have no title: its agenda item, named ("The situation in Cyprus"), is their series.
            var (inSeries, name) = paragraph.Title is { } title ? ("d.title = @name", title)
                : IsCouncil(paragraph) && paragraph.AgendaItem is { } item ? ("d.agenda_item = @name AND d.organ = @organ", item)
                : ("", null);
            sameSeries = name is null ? [] : (await connection.QueryAsync<LibraryHitRow>(new CommandDefinition(
                $"{SelectRows} WHERE {inSeries} AND d.id <> @id AND p.kind <> 'heading'",
                new { name, organ = paragraph.Organ, id = libraryId.ToString() }, cancellationToken: cancellationToken))).AsList();
        }

        var known = await frequencies.CurrentAsync(cancellationToken);
        var scorer = new SimilarityScorer(paragraph.Text);
        double Similarity(LibraryHitRow row) => scorer.Score(SearchWords.Normalized(row.Text));
        var overlapping = (await library.CandidatesAsync(
            CandidateSearch.For(AgreedLanguage.CandidateWords(paragraph.Text, w => known.GetValueOrDefault(w)), scorer),
            (candidate, atLeast) => candidate.DocumentId == paragraph.DocumentId ? 0 : scorer.Score(candidate.Words, atLeast),
            LibrarySearchStore.Candidates,
            cancellationToken)).Select(hit => hit.Row);
        var same = await library.SameWordsAsync([AgreedLanguage.Fingerprint(paragraph.Text)], cancellationToken);
        var series = sameSeries
            .Select(r => (Row: r, Similarity: Similarity(r), Threshold: SameSeriesThreshold))
            .Concat(overlapping.Concat(same.SelectMany(g => g)).Select(r => (Row: r, Similarity: Similarity(r), Threshold: AgreedLanguage.Threshold)))
            .Where(c => c.Similarity >= c.Threshold && c.Row.DocumentId != paragraph.DocumentId)
            // One paragraph per resolution: the closest.
            .GroupBy(c => c.Row.DocumentId)
            .Select(g => g.OrderByDescending(c => c.Similarity).ThenBy(c => c.Row.Position).First().Row)
            .Append(paragraph)
            .OrderBy(r => r.AdoptedOn ?? "9999").ThenBy(r => r.Symbol, StringComparer.Ordinal)
            .ToList();
        return (paragraph, series);
    }

    /// <summary>Each year with its word diff from the one before (none for the first).</summary>
    private static List<ParagraphYearDto> Years(IEnumerable<Year> years)
    {
        var items = new List<ParagraphYearDto>();
        string? previous = null;
        foreach (var year in years)
        {
            items.Add(new ParagraphYearDto(
                year.Id, year.Paragraph, year.Symbol, year.Number, year.Date, year.Text, year.Asked,
                previous is null ? null : previous == year.Text,
                previous is null ? [] : DiffSegmentDto.From(WordDiff.Compare(previous, year.Text)),
                year.Kind));
            previous = year.Text;
        }

        return items;
    }

    private const string SelectRows = """
        SELECT p.id AS paragraph_id, p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text, d.title, d.organ, d.agenda_item
        FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
        """;

    private static bool IsCouncil(LibraryHitRow row) => row.Organ is { } organ && new Organ(organ).IsSecurityCouncil;

    /// <summary>The name of a paragraph's series: its resolution's title, or a Council resolution's agenda item.</summary>
    private static string? SeriesName(LibraryHitRow row) => row.Title ?? (IsCouncil(row) ? row.AgendaItem : null);

    private sealed record Year(string Kind, Guid Id, string Paragraph, string? Symbol, string Number, DateOnly? Date, string Text, bool Asked)
    {
        public static Year Of(LibraryHitRow row, bool asked) => new(
            LibraryApi.LibraryKind, Guid.Parse(row.DocumentId, CultureInfo.InvariantCulture), $"p{row.Position}", row.Symbol, row.Reference,
            LibrarySummaryDto.ParseDate(row.AdoptedOn), row.Text, asked);
    }
}

/// <summary>A library paragraph across the years of its series, oldest first.</summary>
/// <param name="LibraryId">The document asked about.</param>
/// <param name="Paragraph">The paragraph asked about ("p12").</param>
/// <param name="Title">The series' name: its resolutions' title, or a Security Council resolution's agenda item; null when it has neither.</param>
/// <param name="Items">The same paragraph in each resolution of the series that holds it, oldest first (the one asked about included).</param>
public sealed record ParagraphHistoryDto(Guid LibraryId, string Paragraph, string? Title, IReadOnlyList<ParagraphYearDto> Items);

/// <summary>A draft paragraph across the years: the series of the adopted paragraph closest to it, then the draft's text.</summary>
/// <param name="ResolutionId">The draft.</param>
/// <param name="ClauseId">The draft clause asked about.</param>
/// <param name="Number">How the clause is cited in the draft ("OP 5").</param>
/// <param name="Title">The series' name: its resolutions' title, or a Security Council resolution's agenda item; null when it has neither.</param>
/// <param name="Source">The closest adopted paragraph, as the agreed-language check finds it; null when the clause is no agreed language.</param>
/// <param name="Items">The adopted paragraphs of the series, oldest first, then the draft clause (<c>kind: draft</c>, <c>asked</c>).</param>
public sealed record DraftParagraphHistoryDto(Guid ResolutionId, string ClauseId, string Number, string? Title, AgreedSourceDto? Source, IReadOnlyList<ParagraphYearDto> Items);

/// <summary>The paragraph in one resolution of the series, or in the draft.</summary>
/// <param name="Id">The library document, or the draft.</param>
/// <param name="Paragraph">The paragraph in it ("p12"; a draft's clause id).</param>
/// <param name="Symbol">The document's symbol (a draft's, if it has one).</param>
/// <param name="Number">The paragraph's citation there.</param>
/// <param name="Date">The adoption date (a draft's date, if it has one).</param>
/// <param name="Text">The paragraph's text there.</param>
/// <param name="Asked">Whether this is the paragraph asked about.</param>
/// <param name="Unchanged">Whether the text is the one before's, word for word; null for the oldest.</param>
/// <param name="Changes">The word diff from the one before (empty for the oldest).</param>
/// <param name="Kind"><c>library</c>, or <c>draft</c> for the draft's own paragraph.</param>
public sealed record ParagraphYearDto(Guid Id, string Paragraph, string? Symbol, string Number, DateOnly? Date, string Text, bool Asked, bool? Unchanged, IReadOnlyList<DiffSegmentDto> Changes, string Kind);
