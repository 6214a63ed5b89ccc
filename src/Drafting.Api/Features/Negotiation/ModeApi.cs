using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Negotiation;

/// <summary>Who changes the text directly: <c>open</c> (drafters edit) or <c>proposals</c> (only the pen-holder edits; the others propose).</summary>
public static class ModeApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/mode</c>.</summary>
    public static RouteGroupBuilder MapMode(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/mode").WithTags("Negotiation").RequireAuthorization();
        group.MapGet("/", Get).RequirePermission(Permission.Read).WithSummary("The editing mode: open or proposals");
        group.MapPut("/", Put).RequirePermission(Permission.DecideProposals).WithSummary("Switch between open editing and proposals (pen-holder); applies at once to open connections");
        return group;
    }

    private static async Task<Results<Ok<ModeDto>, ProblemHttpResult>> Get(Guid id, ResolutionStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(new ModeDto(found.Negotiation.Mode, found.Seq))
            : Refusal.NotFound($"There is no resolution {id}.").ToProblem();

    private static async Task<Results<Ok<ModeDto>, ProblemHttpResult>> Put(Guid id, SetModeRequest request, HttpContext http, ResolutionChanges changes, CancellationToken cancellationToken)
    {
        if (request.Mode is not { } mode || ClauseText.OpIdError(request.OpId) is not null)
        {
            return Refusal.Invalid(ClauseText.OpIdError(request.OpId) ?? "mode is required: open or proposals.").ToProblem();
        }

        var outcome = await changes.ApplyAsync(id, http.Actor(), request.OpId, EventTypes.ModeChanged, context =>
        {
            if (StageLifecycle.IsFinal(context.Resolution.Stage))
            {
                return TextFreeze.Refusal(context.Resolution.Stage, ParticipantRole.Penholder)!;
            }

            var payload = new ModeChangedPayload(EventPayloads.Name(mode), 0);
            return new ResolutionWrite(context.Resolution, RewrittenPart.Mode, EventTypes.ModeChanged, payload, Mode: mode);
        }, cancellationToken);
        return ResolutionChanges.Answer(outcome, stored => new ModeDto(mode, stored.Seq));
    }
}
