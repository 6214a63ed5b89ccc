using System.Security.Claims;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Features.Negotiation;

/// <summary>Proposals by delegation: drafters and the pen-holder propose and support; the pen-holder accepts or rejects.</summary>
public static class ProposalsApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/proposals</c>.</summary>
    public static RouteGroupBuilder MapProposals(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/proposals").WithTags("Negotiation").RequireAuthorization();
        group.MapGet("/", List).RequirePermission(Permission.Read)
            .WithSummary("Proposals, oldest first; ?status=open|accepted|rejected|withdrawn|superseded, ?organization= (proposing or supporting), ?limit= (at most 500)");
        group.MapGet("/{proposalId:guid}", Get).RequirePermission(Permission.Read).WithSummary("One proposal");
        group.MapGet("/{proposalId:guid}/preview", Preview).RequirePermission(Permission.Read)
            .WithSummary("What accepting it would give now: for a replacement made on an older text, the current text, what changed since, and the result to accept as expectedText (or why it overlaps)");
        group.MapPost("/", Propose).RequirePermission(Permission.Propose)
            .WithSummary("Propose on behalf of your delegation: replace (clauseId, text, baseVersion), insert (insertKind, text, afterClauseId?, parentId?), delete (clauseId), move (clauseId, afterClauseId?)");
        group.MapPost("/{proposalId:guid}/support", Support).RequirePermission(Permission.Propose).WithSummary("Your delegation joins the proposal");
        group.MapPost("/{proposalId:guid}/withdraw", Withdraw).RequirePermission(Permission.Propose).WithSummary("The proposing delegation takes it back");
        group.MapPost("/{proposalId:guid}/accept", Accept).RequirePermission(Permission.DecideProposals)
            .WithSummary("Apply it (pen-holder); with text and baseVersion, as modified. A replacement made on an older text is accepted only with expectedText, the result its preview showed (409 preview-required); 409 edit-conflict when the clause moved on in the same words");
        group.MapPost("/{proposalId:guid}/reject", Reject).RequirePermission(Permission.DecideProposals).WithSummary("Reject it with a reason its delegations see (pen-holder)");
        return group;
    }

    private static async Task<Results<Ok<List<ProposalDto>>, ProblemHttpResult>> List(
        Guid id, [FromQuery] string? status, [FromQuery] string? organization, [FromQuery] int? limit, [FromQuery] string? after, HttpContext http, ProposalStore proposals, CancellationToken cancellationToken)
    {
        ProposalStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ProposalStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Refusal.Invalid($"status '{status}' is not one of open, accepted, rejected, withdrawn, superseded, closed.").ToProblem();
            }

            wanted = parsed;
        }

        var (size, start, problem) = Paging.Read(limit, after);
        if (problem is not null)
        {
            return problem;
        }

        var (rows, next) = await proposals.PageAsync(id, wanted, string.IsNullOrWhiteSpace(organization) ? null : organization.Trim(), start, size, cancellationToken);
        Paging.LinkNext(http, next);
        return TypedResults.Ok(rows.Select(p => p.ToDto()).ToList());
    }

    private static async Task<Results<Ok<ProposalDto>, ProblemHttpResult>> Get(Guid id, Guid proposalId, ProposalStore proposals, CancellationToken cancellationToken) =>
        await proposals.GetAsync(id, proposalId, cancellationToken) is { } found
            ? TypedResults.Ok(found.ToDto())
            : Refusal.NotFound($"There is no proposal {proposalId} in this resolution.").ToProblem();

    private static async Task<Results<Ok<ProposalPreviewDto>, ProblemHttpResult>> Preview(Guid id, Guid proposalId, ProposalStore proposals, ResolutionStore resolutions, CancellationToken cancellationToken)
    {
        if (await proposals.GetAsync(id, proposalId, cancellationToken) is not { } found || await resolutions.GetAsync(id, cancellationToken) is not { } current)
        {
            return Refusal.NotFound($"There is no proposal {proposalId} in this resolution.").ToProblem();
        }

        return TypedResults.Ok(found.ToModel().PreviewDto(current.Resolution));
    }

    private static async Task<Results<Created<ProposalDto>, ProblemHttpResult>> Propose(Guid id, ProposeRequest request, ClaimsPrincipal user, ProposalService service, CancellationToken cancellationToken) =>
        await service.ProposeAsync(id, user, request, cancellationToken) switch
        {
            ({ } proposal, _) => TypedResults.Created($"/api/resolutions/{id}/proposals/{proposal.Id}", proposal),
            (_, var refusal) => refusal!.ToProblem(),
        };

    private static async Task<Results<Ok<ProposalDto>, ProblemHttpResult>> Support(Guid id, Guid proposalId, ProposalActionRequest? request, ClaimsPrincipal user, ProposalService service, CancellationToken cancellationToken) =>
        Answer(await service.SupportAsync(id, proposalId, user, request?.OpId, cancellationToken));

    private static async Task<Results<Ok<ProposalDto>, ProblemHttpResult>> Withdraw(Guid id, Guid proposalId, ProposalActionRequest? request, ClaimsPrincipal user, ProposalService service, CancellationToken cancellationToken) =>
        Answer(await service.WithdrawAsync(id, proposalId, user, request?.OpId, cancellationToken));

    private static async Task<Results<Ok<ProposalDto>, ProblemHttpResult>> Reject(Guid id, Guid proposalId, DecideProposalRequest request, ClaimsPrincipal user, ProposalService service, CancellationToken cancellationToken) =>
        Answer(await service.RejectAsync(id, proposalId, user, request, cancellationToken));

    private static async Task<Results<Ok<AcceptResultDto>, ProblemHttpResult>> Accept(Guid id, Guid proposalId, DecideProposalRequest? request, ClaimsPrincipal user, ProposalService service, CancellationToken cancellationToken) =>
        await service.AcceptAsync(id, proposalId, user, request ?? new DecideProposalRequest(null, null, null, null), cancellationToken) switch
        {
            ({ } result, _) => TypedResults.Ok(result),
            (_, var refusal) => refusal!.ToProblem(),
        };

    private static Results<Ok<ProposalDto>, ProblemHttpResult> Answer((ProposalDto? Proposal, Refusal? Refusal) outcome) =>
        outcome.Proposal is { } proposal ? TypedResults.Ok(proposal) : outcome.Refusal!.ToProblem();
}
