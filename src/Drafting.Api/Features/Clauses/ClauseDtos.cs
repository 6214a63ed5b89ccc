using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Drafting.Api.Features.Comments;
using Drafting.Api.Startup;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Clauses;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it, rather than a silent default.

/// <summary>A clause edit made on <paramref name="BaseVersion"/> of the clause.</summary>
public sealed record EditClauseRequest([property: Required] string? Text = null, [property: Required] int? BaseVersion = null, string? OpId = null);

/// <summary>
/// The outcome of a clause edit: <c>applied</c>, <c>merged</c>, <c>conflict</c> (with the current text and, in
/// <paramref name="By"/>, who wrote it, so the page can name the person to agree with) or <c>duplicate</c>.
/// </summary>
public sealed record EditClauseResult(string Status, string ClauseId, int Version, string Text, string? Opening, long Seq, AuthorDto? By = null);

/// <summary>A new clause at <paramref name="Position"/> (zero-based) of its list.</summary>
/// <param name="Source">Where the text was taken from in the library of adopted texts, when it was: recorded in the clause history.</param>
public sealed record InsertClauseRequest([property: Required] ClauseKind? Kind = null, string? ParentId = null, int? Position = null, [property: Required] string? Text = null, string? OpId = null, SourceRequest? Source = null);

/// <summary>An adopted paragraph named as a text's source: the library document and the paragraph ("p12", as search hits name it).</summary>
public sealed record SourceRequest(Guid? LibraryId = null, string? Paragraph = null);

/// <summary>The adopted paragraph a clause version or proposal was taken from, with its label ("from A/RES/78/218, OP 5").</summary>
/// <param name="LibraryId">The library document.</param>
/// <param name="Paragraph">The paragraph in it ("p12").</param>
/// <param name="Symbol">The document's symbol.</param>
/// <param name="Number">The paragraph's citation ("OP 5").</param>
/// <param name="Label">As shown: "from A/RES/78/218, OP 5".</param>
public sealed record SourceDto(Guid LibraryId, string Paragraph, string Symbol, string Number, string Label)
{
    /// <summary>The source as clients see it; null for none.</summary>
    public static SourceDto? From(Drafting.Model.Library.ParagraphSource? source) =>
        source is null ? null : new(source.LibraryId, source.Paragraph, source.Symbol, source.Number, source.Label);

    /// <summary>A stored source (JSON) as clients see it; null for none.</summary>
    public static SourceDto? FromStored(string? json) => From(Drafting.Model.Library.ParagraphSource.FromJson(json));
}

/// <summary>A clause moved to <paramref name="Position"/> (zero-based) within its list.</summary>
public sealed record MoveClauseRequest([property: Required] int? Position = null, string? OpId = null);

/// <summary>A structure or sponsor change as it is logged and returned: <c>created</c>, <c>inserted</c>, <c>deleted</c>, <c>moved</c>, <c>sponsors</c>.</summary>
public sealed record StructureChangeDto(string Change, string? ClauseId, long Seq, int Version, SourceDto? Source = null)
{
    /// <summary>The payload of a new resolution's <c>ResolutionCreated</c> event (seq 1).</summary>
    public static JsonElement Created(Resolution resolution) =>
        JsonSerializer.SerializeToElement(new StructureChangeDto("created", null, 1, resolution.Version), DraftingJsonContext.Default.StructureChangeDto);
}
