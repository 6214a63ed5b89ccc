using System.Security.Claims;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Negotiation;

/// <summary>The silence procedure on a resolution.</summary>
public static class SilenceApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/silence</c>.</summary>
    public static RouteGroupBuilder MapSilence(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/silence").WithTags("Negotiation").RequireAuthorization();
        group.MapGet("/", Get).RequirePermission(Permission.Read)
            .WithSummary("The silence procedure: status running, broken, passed or withdrawn (none when never started), revision, until, brokenBy");
        group.MapPost("/", Start).RequirePermission(Permission.StartSilence)
            .WithSummary("Put the latest published revision under silence until a deadline (pen-holder, secretary); text and proposals freeze");
        group.MapDelete("/", Withdraw).RequirePermission(Permission.WithdrawSilence).WithSummary("Withdraw the running silence (pen-holder)");
        group.MapPost("/break", Break).RequirePermission(Permission.BreakSilence).WithSummary("Break silence with a statement (drafter delegations)");
        routes.MapGroup("/api/resolutions/{id:guid}/silences").WithTags("Negotiation").RequireAuthorization()
            .MapGet("/", List).RequirePermission(Permission.Read)
            .WithSummary("Every silence of the resolution, newest first: revision, deadline, who started it and how it ended (passed, broken by whom with the statement and time, withdrawn or ended by whom)");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<SilenceRecordDto>>> List(Guid id, SilenceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(id, cancellationToken));

    private static async Task<Ok<SilenceDto>> Get(Guid id, SilenceService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(id, cancellationToken));

    private static async Task<Results<Created<SilenceDto>, ProblemHttpResult>> Start(Guid id, StartSilenceRequest request, ClaimsPrincipal user, SilenceService service, CancellationToken cancellationToken) =>
        await service.StartAsync(id, user, request, cancellationToken) switch
        {
            ({ } silence, _) => TypedResults.Created($"/api/resolutions/{id}/silence", silence),
            (_, var refusal) => refusal!.ToProblem(),
        };

    private static async Task<Results<Ok<SilenceDto>, ProblemHttpResult>> Break(Guid id, BreakSilenceRequest request, ClaimsPrincipal user, SilenceService service, CancellationToken cancellationToken) =>
        Answer(await service.BreakAsync(id, user, request, cancellationToken));

    private static async Task<Results<Ok<SilenceDto>, ProblemHttpResult>> Withdraw(Guid id, string? opId, ClaimsPrincipal user, SilenceService service, CancellationToken cancellationToken) =>
        Answer(await service.WithdrawAsync(id, user, opId, cancellationToken));

    private static Results<Ok<SilenceDto>, ProblemHttpResult> Answer((SilenceDto? Silence, Refusal? Refusal) outcome) =>
        outcome.Silence is { } silence ? TypedResults.Ok(silence) : outcome.Refusal!.ToProblem();
}
