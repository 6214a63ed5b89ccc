using System.Security.Claims;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Import;
using Drafting.Model.Import.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Exports;

/// <summary>
/// The Word branch of <c>POST /api/resolutions/import</c>: the file read through the one importer, the resolution
/// stored, then the file's comments added by the importer on their clauses, each naming its Word author.
/// </summary>
public static class WordImport
{
    /// <summary>Imports the Word file in <paramref name="request"/>; 201 with the resolution, or a ProblemDetails.</summary>
    public static async Task<Results<Created<ResolutionDto>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, ResolutionStore store, CommentService comments, CancellationToken cancellationToken)
    {
        if (WordUpload.TrackedChanges(request.Query["trackedChanges"]) is not { } handling)
        {
            return TypedResults.Problem("trackedChanges is accept (the default) or reject.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }

        var (bytes, name, error) = await WordUpload.ReadAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var result = DocxImporter.Import(bytes!, handling);
        if (result.Problem is { } problem)
        {
            return WordUpload.ToProblem(problem, name);
        }

        var import = result.Import!;
        if (!import.Succeeded)
        {
            var errors = import.Errors.ToList();
            return TypedResults.Problem(
                string.Join(" ", errors.Select(e => e.Line > 0 ? $"Paragraph {e.Line}: {e.Message}" : e.Message)),
                statusCode: StatusCodes.Status400BadRequest,
                title: "The draft could not be imported",
                extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(e => new ImportWarningDto(e.Line, e.Code, e.Message)).ToList() });
        }

        if (WordCommentImport.Refusal(result.Comments) is { } refused)
        {
            return refused.ToProblem();
        }

        var resolution = import.Resolution!;
        var seq = await store.CreateAsync(resolution, user.UserId(), StructureChangeDto.Created(resolution), cancellationToken);
        var warnings = import.Warnings.ToList();
        var added = (await WordCommentImport.AddAsync(resolution.Id, user, result.Comments, [], comments, cancellationToken)).Count(c => c.Status == "created");
        if (added > 0)
        {
            warnings.Add(new ImportDiagnostic(0, DiagnosticSeverity.Warning, "word-comments",
                $"{added} Word comment(s) were added as comments by you, each naming its Word author."));
        }

        var created = ResolutionDto.From(resolution, seq, ParticipantRole.Penholder, warnings, EditingMode.Open);
        return TypedResults.Created($"/api/resolutions/{resolution.Id}", await ResolutionsApi.WithSameSymbolAsync(created, user.UserId(), store, cancellationToken));
    }
}
