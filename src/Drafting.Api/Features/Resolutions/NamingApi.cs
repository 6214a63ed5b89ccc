using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// What a draft is called: the pen-holder and the Secretariat set its title, symbol, session and agenda items
/// (<c>PATCH /api/resolutions/{id}</c>); each change is a <c>ResolutionNamed</c> event, broadcast, and listed in its history.
/// </summary>
public static class NamingApi
{
    /// <summary>Maps <c>PATCH /api/resolutions/{id}</c> and <c>GET /api/resolutions/{id}/names</c>.</summary>
    public static RouteGroupBuilder MapNaming(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}").WithTags("Resolutions").RequireAuthorization();
        group.MapPatch("/", Patch).RequirePermission(Permission.NameDraft)
            .WithSummary("Name the draft: title, symbol (a UN form: S/2026/118, A/C.3/79/L.5/Rev.1 …), session and agenda items, each optional (\"\" or [] clears it); pen-holder and secretary");
        group.MapGet("/names", History).RequirePermission(Permission.Read).WithSummary("Every naming change, oldest first: who, when, from what to what");
        return group;
    }

    private static async Task<Results<Ok<NamesDto>, ProblemHttpResult>> Patch(
        Guid id, NameDraftRequest request, string? opId, HttpContext http, ResolutionChanges changes, CancellationToken cancellationToken)
    {
        var naming = new DraftNaming(request.Title, request.Symbol, request.Session, request.AgendaItems);
        var outcome = await changes.ApplyAsync(id, http.Actor(), opId, EventTypes.ResolutionNamed, context =>
        {
            var (named, refusal) = naming.ApplyTo(context.Resolution);
            if (named is null)
            {
                return refusal!;
            }

            var payload = NamesDto.From(named, 0, NamesDto.From(context.Resolution, 0)).ToPayload();
            return new ResolutionWrite(named, RewrittenPart.Naming, EventTypes.ResolutionNamed, payload);
        }, cancellationToken);
        return ResolutionChanges.Answer(outcome, stored => stored.Payload.Deserialize<NamesDto>(DraftingJson.Options)!.AtSeq(stored.Seq));
    }

    private static async Task<Ok<List<NamingChangeDto>>> History(Guid id, EventReader events, CancellationToken cancellationToken) =>
        TypedResults.Ok((await events.EventsOfTypeAsync(id, EventTypes.ResolutionNamed, cancellationToken))
            .Select(e => new NamingChangeDto(
                e.Seq, e.CreatedAt, e.DisplayName ?? "", e.Organization ?? "",
                JsonSerializer.Deserialize<NamesDto>(e.Payload, DraftingJson.Options)! with { Seq = e.Seq }))
            .ToList());
}

/// <summary>A naming change: every member optional; <c>""</c> (or <c>[]</c> for agenda items) clears it, absent leaves it.</summary>
public sealed record NameDraftRequest(string? Title = null, string? Symbol = null, string? Session = null, IReadOnlyList<string>? AgendaItems = null);

/// <summary>What a draft is called, as the <c>ResolutionNamed</c> event carries it, with what it was called before.</summary>
public sealed record NamesDto(string? Title, string? Symbol, string? Session, IReadOnlyList<string> AgendaItems, int Version, long Seq, NamesDto? Previous = null) : ILoggedAnswer<NamesDto>
{
    /// <inheritdoc />
    public NamesDto AtSeq(long seq) => this with { Seq = seq };

    /// <summary>The names as their <c>ResolutionNamed</c> event carries them.</summary>
    public ResolutionNamedPayload ToPayload() => new(Title, Symbol, Session, AgendaItems, Version, Seq, Previous?.ToPayload());

    /// <summary>The names of <paramref name="resolution"/>.</summary>
    public static NamesDto From(Resolution resolution, long seq, NamesDto? previous = null) =>
        new(resolution.Title, resolution.Symbol, resolution.Session, [.. resolution.AgendaItems], resolution.Version, seq, previous);
}

/// <summary>One naming change in the history: its seq, when (UTC, ISO 8601), by whom, and the names before and after.</summary>
public sealed record NamingChangeDto(long Seq, string At, string ByName, string ByOrganization, NamesDto Names);
