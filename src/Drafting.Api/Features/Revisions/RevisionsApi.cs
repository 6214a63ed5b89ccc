using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Participants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Revisions;

/// <summary>Published revisions: publish the current state (secretary or pen-holder), list them, read any one whole.</summary>
public static class RevisionsApi
{
    /// <summary>The longest revision label.</summary>
    public const int MaxLabelLength = 100;

    /// <summary>Maps <c>/api/resolutions/{id}/revisions</c>.</summary>
    public static RouteGroupBuilder MapRevisions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/revisions").WithTags("Revisions").RequireAuthorization();
        group.MapGet("/", List).RequirePermission(Permission.Read).WithSummary("The published revisions, oldest first");
        group.MapPost("/", Publish).RequirePermission(Permission.Publish).WithSummary("Publish the current state as the next revision (secretary, pen-holder)");
        group.MapGet("/{number:int}", Get).RequirePermission(Permission.Read).WithSummary("One revision with its full text as published");
        return group;
    }

    private static async Task<Ok<List<RevisionDto>>> List(Guid id, RevisionStore revisions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await revisions.ListAsync(id, cancellationToken)).Select(RevisionDto.From).ToList());

    private static async Task<Results<Ok<RevisionDetailDto>, ProblemHttpResult>> Get(Guid id, int number, HttpContext http, RevisionStore revisions, CancellationToken cancellationToken)
    {
        if (await revisions.GetAsync(id, number, cancellationToken) is not { } found)
        {
            return NoRevision(number);
        }

        return TypedResults.Ok(new RevisionDetailDto(RevisionDto.From(found.Row), ResolutionDto.From(found.Revision.Resolution, found.Row.Seq, http.Role())));
    }

    /// <summary>The 404 for a revision number that has not been published, for every endpoint that takes one.</summary>
    internal static ProblemHttpResult NoRevision(int number) =>
        TypedResults.Problem($"Revision {number} of this resolution has not been published; list them at …/revisions.", statusCode: StatusCodes.Status404NotFound, title: "No such revision");

    private static async Task<Results<Created<RevisionDto>, ProblemHttpResult>> Publish(
        Guid id, PublishRevisionRequest request, HttpContext http, RevisionStore revisions, LiveBroadcaster live, CancellationToken cancellationToken)
    {
        var label = request.Label?.Trim();
        if (label is { Length: 0 })
        {
            label = null;
        }

        if (label is not null && (label.Length > MaxLabelLength || label.Any(char.IsControl)))
        {
            return TypedResults.Problem($"label is at most {MaxLabelLength} characters on one line, e.g. \"Rev.2\".", statusCode: StatusCodes.Status400BadRequest, title: "Invalid revision label");
        }

        var published = await revisions.PublishAsync(id, http.Actor(), label, cancellationToken);
        if (published is not { } stored)
        {
            return TypedResults.Problem($"There is no resolution {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such resolution");
        }

        var dto = RevisionDto.From(stored.Revision);
        await live.PublishAsync(id, dto.Seq, EventTypes.RevisionPublished, http.Actor(), stored.Payload);
        return TypedResults.Created($"/api/resolutions/{id}/revisions/{dto.Number}", dto);
    }
}
