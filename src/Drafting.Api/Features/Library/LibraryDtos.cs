namespace Drafting.Api.Features.Library;

/// <summary>What an import did: each file imported (with the document it became) or refused (with the reason).</summary>
/// <param name="Imported">Documents stored, in the order received: a file holding a resolution in parts gives one per part.</param>
/// <param name="Refused">Files not stored, each with why.</param>
public sealed record ImportReportDto(IReadOnlyList<ImportedFileDto> Imported, IReadOnlyList<RefusedFileDto> Refused);

/// <summary>A document stored in the library from a file.</summary>
/// <param name="File">The file name (inside the zip, with its folders).</param>
/// <param name="Id">The library document's id (the same on every re-import of the symbol).</param>
/// <param name="Symbol">The document's symbol.</param>
/// <param name="Replaced">Whether it replaced an earlier import of the same symbol.</param>
/// <param name="ReplacedFile">The file the replaced import was read from (this file again, or another holding the same symbol); null when nothing was replaced.</param>
public sealed record ImportedFileDto(string File, Guid Id, string Symbol, bool Replaced, string? ReplacedFile);

/// <summary>A document taken out of the library.</summary>
/// <param name="Id">Its id, which no longer answers.</param>
/// <param name="Symbol">Its symbol.</param>
/// <param name="File">The file it had been imported from.</param>
/// <param name="Paragraphs">The paragraphs no search or check finds any more (headings not counted).</param>
/// <param name="Cited">Draft paragraphs and open proposals taken from it: they keep its symbol and citation.</param>
public sealed record RemovedLibraryDocumentDto(Guid Id, string Symbol, string File, int Paragraphs, int Cited);

/// <summary>A file not stored.</summary>
/// <param name="File">The file name.</param>
/// <param name="Reason">Why, worded for the person who sent it.</param>
public sealed record RefusedFileDto(string File, string Reason);

/// <summary>A line of the library list.</summary>
public sealed record LibrarySummaryDto(Guid Id, string Symbol, string Organ, DateOnly? Date, int? Session, string? AgendaItem, string? Title, int Paragraphs)
{
    /// <summary>The row as a list line.</summary>
    public static LibrarySummaryDto From(LibraryDocumentRow row) =>
        new(Guid.Parse(row.Id, System.Globalization.CultureInfo.InvariantCulture), row.Symbol, row.Organ, ParseDate(row.AdoptedOn), (int?)row.Session, row.AgendaItem, row.Title, (int)row.ParagraphCount);

    /// <summary>A stored yyyy-MM-dd date.</summary>
    public static DateOnly? ParseDate(string? date) =>
        date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// An adopted text shaped as a resolution's JSON (<c>preambular</c>, <c>operative</c> with nested <c>subparagraphs</c>,
/// <c>headings</c>), with the numbers as printed and where it comes from.
/// </summary>
public sealed record LibraryDocumentDto(
    Guid Id,
    string Organ,
    string Symbol,
    string? Title,
    string Formula,
    DateOnly? Date,
    int? Session,
    string? AgendaItem,
    string Stage,
    string Source,
    IReadOnlyList<LibraryClauseDto> Preambular,
    IReadOnlyList<LibraryClauseDto> Operative,
    IReadOnlyList<LibraryHeadingDto> Headings);

/// <summary>A paragraph of an adopted text.</summary>
/// <param name="Id">Stable for this import: "p" and its position.</param>
/// <param name="Number">As printed ("5.", "(a)"); empty when the text gives none.</param>
/// <param name="Reference">How it is cited ("OP 5 (a)").</param>
/// <param name="Opening">The italic opening, if any.</param>
/// <param name="Text">The plain text.</param>
/// <param name="Subparagraphs">Its sub-paragraphs.</param>
public sealed record LibraryClauseDto(string Id, string Number, string Reference, string? Opening, string Text, IReadOnlyList<LibraryClauseDto> Subparagraphs);

/// <summary>A heading, standing before the paragraph named.</summary>
public sealed record LibraryHeadingDto(string Id, string Text, string? BeforeClauseId);

/// <summary>A page of search hits, best first.</summary>
/// <param name="Items">The hits.</param>
/// <param name="Next">The cursor of the next page (also in the <c>Link</c> header), or null on the last.</param>
public sealed record SearchPageDto(IReadOnlyList<SearchHitDto> Items, string? Next);

/// <summary>A paragraph found by a search.</summary>
/// <param name="Kind"><c>library</c> (adopted) or <c>draft</c> (a draft the reader takes part in).</param>
/// <param name="Id">The library document or draft resolution.</param>
/// <param name="ClauseId">The paragraph: "p" and position in a library document, the clause id in a draft.</param>
/// <param name="Symbol">The document's symbol (a draft's, when it has one).</param>
/// <param name="Number">How the paragraph is cited ("OP 5 (a)").</param>
/// <param name="Date">The adoption date (a draft's date, when set).</param>
/// <param name="Text">The paragraph's plain text.</param>
/// <param name="Marked">The text as HTML: matched words in <c>&lt;mark&gt;</c>, everything else escaped.</param>
public sealed record SearchHitDto(string Kind, Guid Id, string ClauseId, string? Symbol, string Number, DateOnly? Date, string Text, string Marked);

/// <summary>The agreed-language check of a draft: for every clause, its closest adopted paragraph or none.</summary>
public sealed record AgreedLanguageDto(Guid ResolutionId, IReadOnlyList<ClauseSourceDto> Clauses);

/// <summary>A draft clause and the adopted paragraph closest to it.</summary>
/// <param name="ClauseId">The draft clause.</param>
/// <param name="Number">Its number in the draft ("PP 2", "OP 3 (a)").</param>
/// <param name="Source">The closest adopted paragraph, or null when none is close enough.</param>
public sealed record ClauseSourceDto(string ClauseId, string Number, AgreedSourceDto? Source);

/// <summary>The adopted paragraph a draft clause comes closest to, and how it differs.</summary>
/// <param name="Id">The library document.</param>
/// <param name="Symbol">Its symbol.</param>
/// <param name="Number">The paragraph's citation.</param>
/// <param name="Text">The adopted text.</param>
/// <param name="Similarity">The share of words in common, 0 to 1.</param>
/// <param name="Identical">Whether the words are the same.</param>
/// <param name="WordsDiffer">How many words differ.</param>
/// <param name="Summary">"identical" or "N words differ".</param>
/// <param name="Label">As a delegate says it: "as in S/RES/2518 (2020) OP 5, 3 words differ".</param>
/// <param name="Diff">The word diff from the adopted text to the draft's.</param>
/// <param name="Paragraph">The paragraph in the document ("p12"): for its history across years.</param>
public sealed record AgreedSourceDto(Guid Id, string Symbol, string Number, string Text, double Similarity, bool Identical, int WordsDiffer, string Summary, string Label, IReadOnlyList<DiffSegmentDto> Diff, string? Paragraph = null);

/// <summary>A stretch of a word diff: <c>equal</c>, <c>inserted</c> (only in the draft) or <c>deleted</c> (only in the adopted text).</summary>
public sealed record DiffSegmentDto(string Kind, string Text)
{
    /// <summary>The model's word diff as the contract writes it.</summary>
    public static List<DiffSegmentDto> From(IEnumerable<Drafting.Model.Diff.DiffSegment> segments) =>
        segments.Select(s => new DiffSegmentDto(s.Kind switch
        {
            Drafting.Model.Diff.SegmentKind.Inserted => "inserted",
            Drafting.Model.Diff.SegmentKind.Deleted => "deleted",
            _ => "equal",
        }, s.Text)).ToList();
}
