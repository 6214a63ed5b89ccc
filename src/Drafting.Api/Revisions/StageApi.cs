using System.Text.Json;
using Drafting.Api.Resolutions;
using Drafting.Api.Storage;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Revisions;

/// <summary>The draft's stage: draft → in blue → adopted / not adopted, or withdrawn.</summary>
public static class StageApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/stage</c>.</summary>
    public static RouteGroupBuilder MapStage(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/stage").WithTags("Revisions").RequireAuthorization();
        group.MapGet("/", Get).RequirePermission(Permission.Read).WithSummary("The stage and the stages it can move to");
        group.MapPut("/", Put).RequirePermission(Permission.ChangeStage)
            .WithSummary("Move the draft to another stage (pen-holder: any move; secretary: in blue, adopted, not adopted)");
        return group;
    }

    private static async Task<Results<Ok<StageDto>, NotFound>> Get(Guid id, ResolutionStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(new StageDto(found.Resolution.Stage, StageLifecycle.Next(found.Resolution.Stage), found.Seq, found.Resolution.Version))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<StageDto>, ProblemHttpResult>> Put(
        Guid id, ChangeStageRequest request, string? opId, HttpContext http, ResolutionStore store, Live.LiveBroadcaster live, CancellationToken cancellationToken)
    {
        if (request.Stage is not { } to)
        {
            return TypedResults.Problem($"stage is required: one of {string.Join(", ", Enum.GetNames<Stage>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid stage");
        }

        var role = http.Role();
        (int Status, string Detail)? refusal = null;
        var outcome = await store.ChangeAsync(id, http.Actor(), opId, resolution =>
        {
            var from = resolution.Stage;
            refusal = (from, to) switch
            {
                _ when !StageLifecycle.CanMove(from, to) => (StatusCodes.Status409Conflict,
                    $"A draft {Describe(from)} cannot become {Describe(to)}." + (StageLifecycle.Next(from) is { Count: > 0 } next ? $" From here it can become {string.Join(" or ", next.Select(Describe))}." : " That stage is final.")),
                _ when !role.MayMoveStage(from, to) => (StatusCodes.Status403Forbidden,
                    $"As {role.ToString().ToLowerInvariant()} you cannot move a draft {Describe(from)} to {Describe(to)}; the pen-holder can."),
                _ => null,
            };
            if (refusal is not null)
            {
                return ResolutionChange.Refused("");
            }

            var updated = resolution.WithStage(to);
            var payload = JsonSerializer.Serialize(new StageDto(to, StageLifecycle.Next(to), 0, updated.Version), Extensions.ApplicationServices.Json);
            return new ResolutionChange(updated, ChangeScope.Stage, "StageChanged", payload);
        }, cancellationToken);

        if (outcome.Status == ChangeStatus.NotFound)
        {
            return TypedResults.Problem($"There is no resolution {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such resolution");
        }

        if (refusal is { } refused)
        {
            return TypedResults.Problem(refused.Detail, statusCode: refused.Status, title: "Stage change refused");
        }

        if (outcome.Status == ChangeStatus.Stored)
        {
            await live.PublishAsync(id, outcome.Seq, "StageChanged", http.Actor(), outcome.Payload);
        }

        return TypedResults.Ok(JsonSerializer.Deserialize<StageDto>(outcome.Payload, Extensions.ApplicationServices.Json)! with { Seq = outcome.Seq });
    }

    private static string Describe(Stage stage) => stage switch
    {
        Stage.Draft => "under negotiation",
        Stage.InBlue => "in blue",
        Stage.Adopted => "adopted",
        Stage.NotAdopted => "not adopted",
        _ => "withdrawn",
    };
}
