using Dapper;
using Drafting.Api.Platform;
using Drafting.Model.Diff;
using Drafting.Model.Library;

namespace Drafting.Api.Features.Library;

/// <summary>
/// A library paragraph across the years: the same paragraph in the earlier and later resolutions of its series, oldest
/// first, each with the word diff from the one before, so a delegate sees when "deplores" became "condemns". The series
/// is the resolutions with the same title (General Assembly items come back each session under theirs), and any other
/// resolution holding a paragraph of high overlap (Security Council resolutions have no title).
/// </summary>
public sealed class ParagraphHistory(DraftingDatabase database, LibrarySearchStore library, LibraryWordFrequencies frequencies)
{
    /// <summary>The least share of words in common for a paragraph of a same-titled resolution to be the same paragraph.</summary>
    public const double SameSeriesThreshold = 0.5;

    /// <summary>The paragraph's history, or null when the library has no such paragraph.</summary>
    public async Task<ParagraphHistoryDto?> OfAsync(Guid libraryId, int position, CancellationToken cancellationToken)
    {
        List<SeriesRow> sameTitle;
        SeriesRow? paragraph;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            paragraph = await connection.QuerySingleOrDefaultAsync<SeriesRow>(new CommandDefinition(
                $"{SelectRows} WHERE d.id = @id AND p.position = @position AND p.kind <> 'heading'",
                new { id = libraryId.ToString(), position = (long)position }, cancellationToken: cancellationToken));
            if (paragraph is null)
            {
                return null;
            }

            sameTitle = paragraph.Title is null ? [] : (await connection.QueryAsync<SeriesRow>(new CommandDefinition(
                $"{SelectRows} WHERE d.title = @title AND d.id <> @id AND p.kind <> 'heading'",
                new { title = paragraph.Title, id = libraryId.ToString() }, cancellationToken: cancellationToken))).AsList();
        }

        var known = await frequencies.CurrentAsync(cancellationToken);
        var overlapping = await library.CandidatesAsync(AgreedLanguage.CandidateWords(paragraph.Text, w => known.GetValueOrDefault(w)), cancellationToken);
        var same = await library.SameWordsAsync([AgreedLanguage.Fingerprint(paragraph.Text)], cancellationToken);
        var found = sameTitle
            .Select(r => (Row: Entry.Of(r), Similarity: AgreedLanguage.Similarity(paragraph.Text, r.Text), Threshold: SameSeriesThreshold))
            .Concat(overlapping.Concat(same.SelectMany(g => g)).Select(r => (Row: Entry.Of(r), Similarity: AgreedLanguage.Similarity(paragraph.Text, r.Text), Threshold: AgreedLanguage.Threshold)))
            .Where(c => c.Similarity >= c.Threshold && c.Row.DocumentId != paragraph.DocumentId)
            // One paragraph per resolution: the closest.
            .GroupBy(c => c.Row.DocumentId)
            .Select(g => g.OrderByDescending(c => c.Similarity).ThenBy(c => c.Row.Position).First())
            .Select(c => c.Row)
            .Append(Entry.Of(paragraph))
            .OrderBy(e => e.Date ?? "9999").ThenBy(e => e.Symbol, StringComparer.Ordinal)
            .ToList();

        var items = new List<ParagraphYearDto>(found.Count);
        string? previous = null;
        foreach (var entry in found)
        {
            var changes = previous is null ? [] : WordDiff.Compare(previous, entry.Text).Select(s => new DiffSegmentDto(s.Kind switch
            {
                SegmentKind.Inserted => "inserted",
                SegmentKind.Deleted => "deleted",
                _ => "equal",
            }, s.Text)).ToList();
            items.Add(new ParagraphYearDto(
                Guid.Parse(entry.DocumentId, System.Globalization.CultureInfo.InvariantCulture), $"p{entry.Position}", entry.Symbol, entry.Reference,
                LibrarySummaryDto.ParseDate(entry.Date), entry.Text, entry.DocumentId == paragraph.DocumentId,
                previous is null ? null : previous == entry.Text, changes));
            previous = entry.Text;
        }

        return new ParagraphHistoryDto(libraryId, $"p{position}", paragraph.Title, items);
    }

    private const string SelectRows = """
        SELECT p.document_id, p.position, d.symbol, p.reference, d.adopted_on, p.text, d.title
        FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
        """;

    private sealed record Entry(string DocumentId, long Position, string Symbol, string Reference, string? Date, string Text)
    {
        public static Entry Of(SeriesRow r) => new(r.DocumentId, r.Position, r.Symbol, r.Reference, r.AdoptedOn, r.Text);

        public static Entry Of(LibraryHitRow r) => new(r.DocumentId, r.Position, r.Symbol, r.Reference, r.AdoptedOn, r.Text);
    }

    private sealed class SeriesRow
    {
        public string DocumentId { get; set; } = "";

        public long Position { get; set; }

        public string Symbol { get; set; } = "";

        public string Reference { get; set; } = "";

        public string? AdoptedOn { get; set; }

        public string Text { get; set; } = "";

        public string? Title { get; set; }
    }
}

/// <summary>A library paragraph across the years of its series, oldest first.</summary>
/// <param name="LibraryId">The document asked about.</param>
/// <param name="Paragraph">The paragraph asked about ("p12").</param>
/// <param name="Title">The series' title, when the document has one.</param>
/// <param name="Items">The same paragraph in each resolution of the series that holds it, oldest first (the one asked about included).</param>
public sealed record ParagraphHistoryDto(Guid LibraryId, string Paragraph, string? Title, IReadOnlyList<ParagraphYearDto> Items);

/// <summary>The paragraph in one resolution of the series.</summary>
/// <param name="Id">The library document.</param>
/// <param name="Paragraph">The paragraph in it ("p12").</param>
/// <param name="Symbol">The document's symbol.</param>
/// <param name="Number">The paragraph's citation there.</param>
/// <param name="Date">The adoption date.</param>
/// <param name="Text">The paragraph's text there.</param>
/// <param name="Asked">Whether this is the paragraph asked about.</param>
/// <param name="Unchanged">Whether the text is the one before's, word for word; null for the oldest.</param>
/// <param name="Changes">The word diff from the one before (empty for the oldest).</param>
public sealed record ParagraphYearDto(Guid Id, string Paragraph, string Symbol, string Number, DateOnly? Date, string Text, bool Asked, bool? Unchanged, IReadOnlyList<DiffSegmentDto> Changes);
