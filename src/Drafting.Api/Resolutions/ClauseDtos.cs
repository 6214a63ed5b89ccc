using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Resolutions;

// Request bodies: every member is nullable so that a missing one gets a clear 400 naming it, rather than a silent default.

/// <summary>A clause edit made on <paramref name="BaseVersion"/> of the clause.</summary>
public sealed record EditClauseRequest([property: Required] string? Text = null, [property: Required] int? BaseVersion = null, string? OpId = null);

/// <summary>
/// The outcome of a clause edit: <c>applied</c>, <c>merged</c>, <c>conflict</c> (with the current text and, in
/// <paramref name="By"/>, who wrote it, so the page can name the person to agree with) or <c>duplicate</c>.
/// </summary>
public sealed record EditClauseResult(string Status, string ClauseId, int Version, string Text, string? Opening, long Seq, Comments.AuthorDto? By = null);

/// <summary>A new clause at <paramref name="Position"/> (zero-based) of its list.</summary>
public sealed record InsertClauseRequest([property: Required] ClauseKind? Kind = null, string? ParentId = null, int? Position = null, [property: Required] string? Text = null, string? OpId = null);

/// <summary>A clause moved to <paramref name="Position"/> (zero-based) within its list.</summary>
public sealed record MoveClauseRequest([property: Required] int? Position = null, string? OpId = null);

/// <summary>A structure or sponsor change as it is logged and returned: <c>created</c>, <c>inserted</c>, <c>deleted</c>, <c>moved</c>, <c>sponsors</c>.</summary>
public sealed record StructureChangeDto(string Change, string? ClauseId, long Seq, int Version)
{
    /// <summary>The payload of a new resolution's <c>ResolutionCreated</c> event (seq 1).</summary>
    public static JsonElement Created(Resolution resolution) =>
        JsonSerializer.SerializeToElement(new StructureChangeDto("created", null, 1, resolution.Version), DraftingJsonContext.Default.StructureChangeDto);
}
