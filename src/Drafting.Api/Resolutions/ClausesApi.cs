using System.Text.Json;
using Drafting.Api.Storage;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Resolutions;

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
        Guid id, string clauseId, EditClauseRequest request, HttpContext http, ClauseEditor editor, CancellationToken cancellationToken)
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

        try
        {
            var (status, result, refusal) = await editor.EditAsync(id, http.Actor(), new ClauseId(clauseId), text!, request.BaseVersion!.Value, request.OpId, cancellationToken);
            return status switch
            {
                EditStatus.NotFound => NoClause(clauseId),
                EditStatus.Frozen => Frozen(refusal!),
                EditStatus.Forbidden => TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
                EditStatus.Conflict => TypedResults.Conflict(result!),
                _ => TypedResults.Ok(result!),
            };
        }
        catch (ArgumentException invalid)
        {
            return TypedResults.Problem(invalid.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid edit");
        }
    }

    private static async Task<Results<Created<StructureChange>, ProblemHttpResult>> Insert(
        Guid id, InsertClauseRequest request, HttpContext http, ResolutionStore store, CancellationToken cancellationToken)
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

        var kind = request.Kind!.Value;
        var clause = new Clause(ClauseId.New(), kind, text!, OpeningPhrases.Default.Detect(kind, text!));
        ClauseId? parent = request.ParentId is null ? null : new ClauseId(request.ParentId);
        return await ChangeStructureAsync(id, http, store, request.OpId, "inserted", clause.Id,
            resolution => resolution.InsertClause(clause, parent, request.Position ?? int.MaxValue), cancellationToken) switch
        {
            { Result: { } change } => TypedResults.Created($"/api/resolutions/{id}", change),
            { Problem: var problem } => problem!,
        };
    }

    private static async Task<Results<Ok<StructureChange>, ProblemHttpResult>> Delete(
        Guid id, string clauseId, string? opId, HttpContext http, ResolutionStore store, CancellationToken cancellationToken)
    {
        if (!ClauseId.IsValid(clauseId))
        {
            return NoClause(clauseId);
        }

        var target = new ClauseId(clauseId);
        return await ChangeStructureAsync(id, http, store, opId, "deleted", target, resolution => resolution.RemoveClause(target), cancellationToken) switch
        {
            { Result: { } change } => TypedResults.Ok(change),
            { Problem: var problem } => problem!,
        };
    }

    private static async Task<Results<Ok<StructureChange>, ProblemHttpResult>> Move(
        Guid id, string clauseId, MoveClauseRequest request, HttpContext http, ResolutionStore store, CancellationToken cancellationToken)
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
        return await ChangeStructureAsync(id, http, store, request.OpId, "moved", target, resolution => resolution.MoveClause(target, request.Position.Value), cancellationToken) switch
        {
            { Result: { } change } => TypedResults.Ok(change),
            { Problem: var problem } => problem!,
        };
    }

    private static async Task<(StructureChange? Result, ProblemHttpResult? Problem)> ChangeStructureAsync(
        Guid id, HttpContext http, ResolutionStore store, string? opId, string change, ClauseId clauseId, Func<Resolution, Resolution> apply, CancellationToken cancellationToken)
    {
        string? refusal = null;
        string? frozen = null;
        var outcome = await store.ChangeAsync(id, http.Actor(), opId, resolution =>
        {
            frozen = TextFreeze.Refusal(resolution.Stage, http.Role());
            if (frozen is not null)
            {
                return ResolutionChange.Refused("");
            }

            try
            {
                var updated = apply(resolution);
                var payload = JsonSerializer.Serialize(new StructureChange(change, clauseId.Value, 0, updated.Version), DraftingJsonContext.Default.StructureChange);
                return new ResolutionChange(updated, ChangeScope.Structure, "StructureChanged", payload);
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                refusal = e.Message;
                return ResolutionChange.Refused("");
            }
        }, cancellationToken);

        if (frozen is not null)
        {
            return (null, Frozen(frozen));
        }

        if (outcome.Status == ChangeStatus.NotFound || refusal is not null)
        {
            return (null, TypedResults.Problem(refusal ?? $"There is no resolution {id}.", statusCode: refusal is not null && refusal.StartsWith("No clause", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, title: "Structure change refused"));
        }

        if (outcome.Status == ChangeStatus.Stored)
        {
            await http.RequestServices.GetRequiredService<Live.LiveBroadcaster>().PublishAsync(id, "StructureChanged", http.Actor(), outcome);
        }

        var result = JsonSerializer.Deserialize(outcome.Payload, DraftingJsonContext.Default.StructureChange)!;
        return (result with { Seq = outcome.Seq }, null);
    }

    private static ProblemHttpResult Frozen(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: "Text frozen");

    private static ProblemHttpResult NoClause(string clauseId) =>
        TypedResults.Problem($"There is no clause '{clauseId}' in this resolution.", statusCode: StatusCodes.Status404NotFound, title: "No such clause");
}
