using System.Security.Claims;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Participants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Comments;

/// <summary>Annotations: everyone on a resolution reads the comments they may see; observers, drafters and the pen-holder write them.</summary>
public static class CommentsApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/comments</c>.</summary>
    public static RouteGroupBuilder MapComments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/comments").WithTags("Comments").RequireAuthorization();
        group.MapGet("/", List).RequirePermission(Permission.Read).WithSummary("Comments you may see, with anchor status, oldest first, in pages (?limit=, ?after=; Link rel=next)");
        group.MapPost("/", Add).RequirePermission(Permission.Comment).WithSummary("Comment on a quoted span of a clause, or reply");
        group.MapPatch("/{commentId:guid}", Update).RequirePermission(Permission.Comment).WithSummary("Resolve or reopen (author or pen-holder)");
        return group;
    }

    private static async Task<Results<Ok<List<CommentDto>>, ProblemHttpResult>> List(
        Guid id, int? limit, string? after, HttpContext http, CommentStore comments, CancellationToken cancellationToken)
    {
        var (size, start, problem) = Paging.Read(limit, after);
        if (problem is not null)
        {
            return problem;
        }

        var organization = http.User.Organization();
        var reader = new CommentReader(organization, http.Role() == ParticipantRole.Penholder);
        var (page, next) = await comments.PageAsync(id, start, size, cancellationToken, reader);
        Paging.LinkNext(http, next);
        return TypedResults.Ok(page.Where(c => CommentService.Visible(c.Visibility(), c.AudienceOrganization, organization, http.Role())).Select(c => c.ToDto()).ToList());
    }

    private static async Task<Results<Created<CommentDto>, ProblemHttpResult>> Add(Guid id, AddCommentRequest request, ClaimsPrincipal user, CommentService service, CancellationToken cancellationToken)
    {
        var (comment, refusal) = await service.AddAsync(id, user, request, cancellationToken);
        return comment is null
            ? refusal!.ToProblem()
            : TypedResults.Created($"/api/resolutions/{id}/comments/{comment.Id}", comment);
    }

    private static async Task<Results<Ok<CommentDto>, ProblemHttpResult>> Update(
        Guid id, Guid commentId, UpdateCommentRequest request, HttpContext http, CommentStore comments, CommentService service, CancellationToken cancellationToken)
    {
        if (request.Resolved is null)
        {
            return TypedResults.Problem("resolved (true or false) is required.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid change");
        }

        var comment = await comments.GetAsync(id, commentId, cancellationToken);
        if (comment is null || !CommentService.Visible(comment.Visibility(), comment.AudienceOrganization, http.User.Organization(), http.Role()))
        {
            return TypedResults.Problem($"There is no comment {commentId} in this resolution.", statusCode: StatusCodes.Status404NotFound, title: "No such comment");
        }

        if (comment.AuthorId != http.Actor().ToString() && http.Role() != ParticipantRole.Penholder)
        {
            return TypedResults.Problem("Only the author or the pen-holder resolves a comment.", statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        }

        return TypedResults.Ok(await service.SetResolvedAsync(comment, request.Resolved.Value, http.Actor(), cancellationToken));
    }
}
