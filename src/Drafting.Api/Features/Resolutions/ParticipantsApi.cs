using Drafting.Api.Features.Accounts;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Who takes part in a resolution: the pen-holder adds delegations, observers and the Secretariat.</summary>
public static class ParticipantsApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/participants</c>.</summary>
    public static RouteGroupBuilder MapParticipants(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/participants").WithTags("Participants").RequireAuthorization();
        group.MapGet("/", List).RequirePermission(Permission.Read).WithSummary("The participants and their roles");
        group.MapPost("/", Add).RequirePermission(Permission.ManageParticipants).WithSummary("Add a participant or change a role (pen-holder)");
        // Only those who may add people see the accounts: the address book is not shown to every participant.
        group.MapGet("/candidates", Candidates).RequirePermission(Permission.ManageParticipants)
            .WithSummary("Accounts to add, as one types: display name, user name or organization containing ?q= (at most 10; pen-holder, site admin)");
        return group;
    }

    /// <summary>The most candidates one answer lists.</summary>
    public const int MaxCandidates = 10;

    private static async Task<Results<Ok<List<ParticipantCandidateDto>>, ProblemHttpResult>> Candidates(
        Guid id, string? q, ParticipantStore participants, CancellationToken cancellationToken)
    {
        if (q is { Length: > 100 })
        {
            return Refusal.Invalid("q: at most 100 characters.").ToProblem();
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(new List<ParticipantCandidateDto>());
        }

        var rows = await participants.CandidatesAsync(id, q, MaxCandidates, cancellationToken);
        return TypedResults.Ok(rows.Select(r => new ParticipantCandidateDto(
            r.UserName, r.DisplayName, r.Organization, r.Role.Length == 0 ? null : Enum.Parse<ParticipantRole>(r.Role))).ToList());
    }

    private static async Task<Ok<List<ParticipantDto>>> List(Guid id, ParticipantStore participants, CancellationToken cancellationToken) =>
        TypedResults.Ok((await participants.ListAsync(id, cancellationToken)).Select(ToDto).ToList());

    private static async Task<Results<Ok<ParticipantDto>, ProblemHttpResult>> Add(
        Guid id, AddParticipantRequest request, HttpContext http, UserStore users, ParticipantStore participants, LiveBroadcaster live, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || request.Role is null)
        {
            return TypedResults.Problem("userName and role (penholder, drafter, observer or secretary) are required.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid participant");
        }

        var account = await users.FindByNameAsync(request.UserName, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem($"There is no account '{request.UserName.Trim()}'; a site admin creates accounts.", statusCode: StatusCodes.Status404NotFound, title: "No such user");
        }

        // A pen-holder may step down when another holds the pen; the store refuses the change that would leave none.
        var accountId = Guid.Parse(account.Id);

        var dto = new ParticipantDto(account.Id, account.UserName, account.DisplayName, account.Organization, request.Role.Value);
        var payload = new ParticipantChangedPayload(dto.UserId, dto.UserName, dto.DisplayName, dto.Organization, EventPayloads.Name(dto.Role));
        var (seq, refusal) = await participants.SetAsync(id, accountId, request.Role.Value, http.Actor(), http.User.IsInRole(CurrentUser.AdminRole), payload, cancellationToken);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }

        await live.PublishAsync(id, seq, EventTypes.ParticipantChanged, http.Actor(), EventPayloads.ToJson(EventTypes.ParticipantChanged, payload));
        return TypedResults.Ok(dto);
    }

    private static ParticipantDto ToDto(ParticipantRow row) =>
        new(row.UserId, row.UserName, row.DisplayName, row.Organization, Enum.Parse<ParticipantRole>(row.Role));
}
