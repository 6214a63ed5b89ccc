using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Resolutions;

/// <summary>The sponsor list, set by the pen-holder.</summary>
public static class SponsorsApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/sponsors</c>.</summary>
    public static RouteGroupBuilder MapSponsors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/sponsors").WithTags("Sponsors").RequireAuthorization();
        group.MapGet("/", Get).RequirePermission(Permission.Read)
            .WithSummary("The sponsor record: every State that sponsored, with when and at which revision it joined or withdrew; ?joinedSince=N keeps the active ones that joined at revision N or later");
        group.MapPut("/", Put).RequirePermission(Permission.ManageSponsors).WithSummary("Replace the sponsor list (pen-holder)");
        return group;
    }

    private static async Task<Results<Ok<List<SponsorDto>>, NotFound>> Get(Guid id, int? joinedSince, ResolutionStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var record = joinedSince is { } number ? SponsorHistory.JoinedSince(found.Resolution.Sponsors, number) : found.Resolution.Sponsors;
        return TypedResults.Ok(record.Select(SponsorDto.From).ToList());
    }

    /// <summary>
    /// Sets the active sponsor list. States left out are recorded as withdrawn (today, at the next revision),
    /// new ones as joining; a State sent with a <c>withdrawn</c> date withdraws. The answer is the whole record.
    /// </summary>
    private static async Task<Results<Ok<List<SponsorDto>>, ProblemHttpResult>> Put(
        Guid id, SponsorInput[] sponsors, string? opId, HttpContext http, ResolutionChanges changes, TimeProvider time, CancellationToken cancellationToken)
    {
        if (sponsors.Length > 250)
        {
            return Invalid($"{sponsors.Length} sponsors were sent; there are 195 Member and observer States.");
        }

        var list = new List<Sponsor>();
        for (var i = 0; i < sponsors.Length; i++)
        {
            var input = sponsors[i];
            if (input is null || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200 || !OneLine.Holds(input.Name))
            {
                return Invalid($"Sponsor {i + 1}: name is required: one line of at most 200 characters, without line breaks, tabs or control characters.");
            }

            if (list.Any(s => string.Equals(s.Name, input.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return Invalid($"Sponsor {i + 1}: {input.Name.Trim()} is listed twice.");
            }

            if (input.Joined is { } joined && input.Withdrawn is { } withdrawn && withdrawn < joined)
            {
                return Invalid($"Sponsor {i + 1}: {input.Name.Trim()} cannot withdraw before joining.");
            }

            list.Add(new Sponsor(input.Name, input.Role ?? SponsorRole.Main, input.Joined, input.Withdrawn));
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var outcome = await changes.ApplyAsync(id, http.Actor(), opId, EventTypes.SponsorsChanged, context =>
        {
            var (resolution, nextRevision) = (context.Resolution, context.NextRevision);
            // Co-sponsors may still join a draft in blue; once the vote or a withdrawal has happened the list is history.
            if (StageLifecycle.IsFinal(resolution.Stage))
            {
                return TextFreeze.Refusal(resolution.Stage, ParticipantRole.Penholder)!;
            }

            var updated = resolution.WithSponsors(SponsorHistory.Apply(resolution.Sponsors, list, today, nextRevision));
            var payload = new SponsorsChangedPayload("sponsors", 0, updated.Version);
            return new ResolutionWrite(updated, RewrittenPart.Sponsors, EventTypes.SponsorsChanged, payload);
        }, cancellationToken);

        return outcome.Refusal is { } refusal
            ? refusal.ToProblem()
            : TypedResults.Ok(outcome.Resolution!.Sponsors.Select(SponsorDto.From).ToList());
    }

    private static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid sponsor list");
}
