using System.ComponentModel.DataAnnotations;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
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

/// <summary>A clause moved to <paramref name="Position"/> (zero-based) within its list.</summary>
public sealed record MoveClauseRequest([property: Required] int? Position = null, string? OpId = null);
