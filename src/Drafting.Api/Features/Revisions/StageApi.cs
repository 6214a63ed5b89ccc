using System.Globalization;
using System.Text.Json;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Revisions;

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
        Guid id, ChangeStageRequest request, string? opId, HttpContext http, ResolutionChanges changes, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Stage is not { } to)
        {
            return TypedResults.Problem($"stage is required: one of {string.Join(", ", Enum.GetNames<Stage>().Select(JsonNamingPolicy.CamelCase.ConvertName))}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid stage");
        }

        if (DecisionRequest.Read(request, to, time) is var (decided, invalid) && invalid is not null)
        {
            return TypedResults.Problem(invalid, statusCode: StatusCodes.Status400BadRequest, title: "Invalid stage change");
        }

        var role = http.Role();
        var outcome = await changes.ApplyAsync(id, http.Actor(), opId, EventTypes.StageChanged,
            context => Decide(context, role, to, decided, request.Symbol), cancellationToken);
        return ResolutionChanges.Answer(outcome, stored => StageOf(stored.Resolution!, stored.Seq));
    }

    private static StageDto StageOf(Resolution resolution, long seq) =>
        new(resolution.Stage, StageLifecycle.Next(resolution.Stage), seq, resolution.Version, DecisionDto.From(resolution.Decided), resolution.Symbol, resolution.Date);

    private static Decision<ResolutionWrite> Decide(ChangeContext context, ParticipantRole role, Stage to, DecisionRecord? decided, string? symbol)
    {
        var resolution = context.Resolution;
        var from = resolution.Stage;
        if (context.Negotiation.Silence is { } silence && silence.FreezesAt(context.Now))
        {
            // The delegations were told the text stands unless one breaks silence by the deadline: moving it on meanwhile
            // would decide for them before their time is up.
            return new Refusal(RefusalKind.Conflict, string.Create(CultureInfo.InvariantCulture,
                $"Revision {silence.Revision} is under silence until {silence.Until:yyyy-MM-dd HH:mm} UTC: the stage cannot change while it runs. Withdraw the silence first, or wait for it to end."));
        }

        if (!StageLifecycle.CanMove(from, to))
        {
            return new Refusal(RefusalKind.InvalidTransition, $"A draft {Describe(from)} cannot become {Describe(to)}."
                + (StageLifecycle.Next(from) is { Count: > 0 } next ? $" From here it can become {string.Join(" or ", next.Select(Describe))}." : " That stage is final."));
        }

        if (!role.MayMoveStage(from, to))
        {
            return new Refusal(RefusalKind.Forbidden, $"As {role.ToString().ToLowerInvariant()} you cannot move a draft {Describe(from)} to {Describe(to)}; the pen-holder can.");
        }

        var updated = decided is null ? resolution.WithStage(to) : resolution.Decide(to, decided, symbol);
        var payload = StageOf(updated, 0).ToPayload();
        return new ResolutionWrite(updated, RewrittenPart.Stage, EventTypes.StageChanged, payload);
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
