using Drafting.Contract.Events;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

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
    /// <summary>The source as events name it.</summary>
    public SourcePayload ToPayload() => new(LibraryId, Paragraph, Symbol, Number, Label);

    /// <summary>The source as clients see it; null for none.</summary>
    public static SourceDto? From(Drafting.Model.Library.ParagraphSource? source) =>
        source is null ? null : new(source.LibraryId, source.Paragraph, source.Symbol, source.Number, source.Label);

    /// <summary>A stored source (JSON) as clients see it; null for none.</summary>
    public static SourceDto? FromStored(string? json) => From(Drafting.Model.Library.ParagraphSource.FromJson(json));
}

/// <summary>A structure or sponsor change as it is logged and returned: <c>created</c>, <c>inserted</c>, <c>deleted</c>, <c>moved</c>, <c>sponsors</c>.</summary>
public sealed record StructureChangeDto(string Change, string? ClauseId, long Seq, int Version, SourceDto? Source = null)
{
    /// <summary>The payload of a new resolution's <c>ResolutionCreated</c> event (seq 1).</summary>
    public static ResolutionCreatedPayload Created(Resolution resolution) => new("created", 1, resolution.Version);
}
