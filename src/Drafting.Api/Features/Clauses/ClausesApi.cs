using System.Text.Json;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Import;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Clauses;

/// <summary>Clause text edits and structure changes: insert, delete, move.</summary>
public static class ClausesApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/clauses</c>.</summary>
    public static RouteGroupBuilder MapClauses(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/clauses").WithTags("Clauses").RequireAuthorization();
        group.MapPut("/{clauseId}", Edit).RequirePermission(Permission.Edit)
            .WithSummary("Edit a clause's text made on baseVersion; 409 with the current text when stale");
        group.MapPost("/", Insert).RequirePermission(Permission.Edit).WithSummary("Insert a clause");
        group.MapDelete("/{clauseId}", Delete).RequirePermission(Permission.Edit).WithSummary("Delete a clause and its sub-paragraphs");
        group.MapPost("/{clauseId}/move", Move).RequirePermission(Permission.Edit).WithSummary("Move a clause within its list");
        return group;
    }

    private static async Task<Results<Ok<EditClauseResult>, Conflict<EditClauseResult>, ProblemHttpResult>> Edit(
        Guid id, string clauseId, EditClauseRequest request, HttpContext http, ClauseEditService editor, CancellationToken cancellationToken)
    {
        if (!ClauseId.IsValid(clauseId))
        {
            return NoClause(clauseId);
        }

        var (text, error) = ClauseText.CheckEdit(request.Text, request.BaseVersion, request.OpId);
        if (error is not null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid edit");
        }

        var (result, refusal) = await editor.EditAsync(id, http.Actor(), new ClauseId(clauseId), text!, request.BaseVersion!.Value, request.OpId, cancellationToken);
        return refusal switch
        {
            null => TypedResults.Ok(result!),
            { Kind: RefusalKind.EditConflict } when result is not null => TypedResults.Conflict(result),
            _ => refusal.ToProblem(),
        };
    }

    private static async Task<Results<Created<StructureChangeDto>, ProblemHttpResult>> Insert(
        Guid id, InsertClauseRequest request, HttpContext http, ResolutionChanges changes, LibrarySources sources, CancellationToken cancellationToken)
    {
        var (text, error) = ClauseText.Normalize(request.Text);
        error ??= request.Kind is null ? "kind is required: preambular, operative or subParagraph." : null;
        error ??= request.Kind == ClauseKind.SubParagraph && !ClauseId.IsValid(request.ParentId) ? "parentId is required for a sub-paragraph: the clause it belongs to." : null;
        error ??= request.Kind != ClauseKind.SubParagraph && request.ParentId is not null ? "parentId is only for sub-paragraphs." : null;
        error ??= request.Position is < 0 ? "position counts from 0." : null;
        error ??= ClauseText.OpIdError(request.OpId);
        if (error is not null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid clause");
        }

        var (source, invalidSource) = await sources.FindAsync(request.Source, cancellationToken);
        if (invalidSource is not null)
        {
            return invalidSource.ToProblem();
        }

        var kind = request.Kind!.Value;
        var clause = new Clause(ClauseId.New(), kind, text!, OpeningPhrases.Default.Detect(kind, text!));
        ClauseId? parent = request.ParentId is null ? null : new ClauseId(request.ParentId);
        return await ChangeStructureAsync(id, http, changes, request.OpId, "inserted", clause.Id,
            resolution => resolution.InsertClause(clause, parent, request.Position ?? int.MaxValue), cancellationToken,
            source is null ? null : new ClauseTaken(clause.Id, source)) switch
        {
            { Result: { } change } => TypedResults.Created($"/api/resolutions/{id}", change),
            { Problem: var problem } => problem!,
        };
    }

    private static async Task<Results<Ok<StructureChangeDto>, ProblemHttpResult>> Delete(
        Guid id, string clauseId, string? opId, HttpContext http, ResolutionChanges changes, CancellationToken cancellationToken)
    {
        if (!ClauseId.IsValid(clauseId))
        {
            return NoClause(clauseId);
        }

        var target = new ClauseId(clauseId);
        return await ChangeStructureAsync(id, http, changes, opId, "deleted", target, resolution => resolution.RemoveClause(target), cancellationToken) switch
        {
            { Result: { } change } => TypedResults.Ok(change),
            { Problem: var problem } => problem!,
        };
    }

    private static async Task<Results<Ok<StructureChangeDto>, ProblemHttpResult>> Move(
        Guid id, string clauseId, MoveClauseRequest request, HttpContext http, ResolutionChanges changes, CancellationToken cancellationToken)
    {
        if (!ClauseId.IsValid(clauseId))
        {
            return NoClause(clauseId);
        }

        if (request.Position is not >= 0 || ClauseText.OpIdError(request.OpId) is not null)
        {
            return TypedResults.Problem(ClauseText.OpIdError(request.OpId) ?? "position is required and counts from 0.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid move");
        }

        var target = new ClauseId(clauseId);
        return await ChangeStructureAsync(id, http, changes, request.OpId, "moved", target, resolution => resolution.MoveClause(target, request.Position.Value), cancellationToken) switch
        {
            { Result: { } change } => TypedResults.Ok(change),
            { Problem: var problem } => problem!,
        };
    }

    private static async Task<(StructureChangeDto? Result, ProblemHttpResult? Problem)> ChangeStructureAsync(
        Guid id, HttpContext http, ResolutionChanges changes, string? opId, string change, ClauseId clauseId, Func<Resolution, Resolution> apply, CancellationToken cancellationToken, ClauseTaken? taken = null)
    {
        var outcome = await changes.ApplyAsync(id, http.Actor(), opId, EventTypes.StructureChanged, context => Decide(context, http.Role(), change, clauseId, apply, taken), cancellationToken);
        switch (outcome.Status)
        {
            case WriteStatus.Stored:
                return (new StructureChangeDto(change, clauseId.Value, outcome.Seq, outcome.Resolution!.Version, SourceDto.From(taken?.Source)), null);
            case WriteStatus.Duplicate:
                return (JsonSerializer.Deserialize<StructureChangeDto>(outcome.Payload, DraftingJson.Options)! with { Seq = outcome.Seq }, null);
            default:
                return (null, outcome.Refusal!.ToProblem());
        }
    }

    private static Decision<ResolutionWrite> Decide(ChangeContext context, ParticipantRole role, string change, ClauseId clauseId, Func<Resolution, Resolution> apply, ClauseTaken? taken)
    {
        var resolution = context.Resolution;
        if (Permissions.CheckDirectEdit(role, context.Negotiation.Mode, resolution.Stage, context.Negotiation.Silence, context.Now) is { } refused)
        {
            return refused;
        }

        try
        {
            var updated = apply(resolution);
            var payload = new StructureChangedPayload(change, clauseId.Value, 0, updated.Version, SourceDto.From(taken?.Source)?.ToPayload());
            return new ResolutionWrite(updated, RewrittenPart.Clauses, EventTypes.StructureChanged, payload, TakenFrom: taken);
        }
        catch (KeyNotFoundException missing)
        {
            return Refusal.NotFound(missing.Message);
        }
        catch (ArgumentException invalid)
        {
            return Refusal.Invalid(invalid.Message);
        }
    }

    private static ProblemHttpResult NoClause(string clauseId) => Refusal.NotFound($"There is no clause '{clauseId}' in this resolution.").ToProblem();
}
