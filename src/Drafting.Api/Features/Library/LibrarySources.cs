using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Library;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Turns the <c>source</c> a clause insert or an insert proposal names into the adopted paragraph it is, or a 400 naming
/// the field: a text is credited to agreed language only when that paragraph is in the library.
/// </summary>
public sealed class LibrarySources(DraftingDatabase database)
{
    /// <summary>The source <paramref name="request"/> names (null when it names none), or why it cannot be one.</summary>
    public async Task<(ParagraphSource? Source, Refusal? Refusal)> FindAsync(SourceRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return (null, null);
        }

        if (request.LibraryId is not { } libraryId || libraryId == Guid.Empty)
        {
            return (null, Refusal.Invalid("source.libraryId is required: the adopted resolution the text was taken from (a search hit's id)."));
        }

        if (!ParagraphSource.IsParagraphId(request.Paragraph))
        {
            return (null, Refusal.Invalid($"source.paragraph '{request.Paragraph}' is not a library paragraph: 'p' and its position, as a search hit's clauseId gives it."));
        }

        var position = int.Parse(request.Paragraph!.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            """
            SELECT d.symbol, p.reference, p.kind FROM library_documents d JOIN library_paragraphs p ON p.document_id = d.id
            WHERE d.id = @id AND p.position = @position
            """,
            new { id = libraryId.ToString(), position = (long)position }, cancellationToken: cancellationToken));
        if (found is not { } paragraph)
        {
            var document = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM library_documents WHERE id = @id", new { id = libraryId.ToString() }, cancellationToken: cancellationToken));
            return (null, Refusal.Invalid(document == 0
                ? $"source.libraryId: there is no adopted resolution {libraryId} in the library."
                : $"source.paragraph: the adopted resolution {libraryId} has no paragraph '{request.Paragraph}'."));
        }

        if (paragraph.Kind == "heading")
        {
            return (null, Refusal.Invalid($"source.paragraph: '{request.Paragraph}' is a heading, not agreed language."));
        }

        return (new ParagraphSource(libraryId, request.Paragraph!, paragraph.Symbol, paragraph.Reference), null);
    }

    private sealed class SourceRow
    {
        public string Symbol { get; set; } = "";

        public string Reference { get; set; } = "";

        public string Kind { get; set; } = "";
    }
}
