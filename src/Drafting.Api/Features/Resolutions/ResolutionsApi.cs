using System.Security.Claims;
using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Model.Import;
using Drafting.Model.Lint;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Resolutions: list, create, read and lint (imports and exports are in Features/Exports).</summary>
public static class ResolutionsApi
{
    /// <summary>The largest import body accepted, in bytes (the importer itself stops at ResolutionLimits.MaxCharacters).</summary>
    public const long MaxImportBytes = 8 * 1024 * 1024;

    /// <summary>Maps <c>/api/resolutions</c>.</summary>
    public static RouteGroupBuilder MapResolutions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions").WithTags("Resolutions").RequireAuthorization();

        group.MapGet("/", List).WithSummary("The resolutions you take part in");
        group.MapPost("/", Create).WithSummary("Create an empty resolution; you become its pen-holder");
        group.MapGet("/{id:guid}", Get).RequirePermission(Permission.Read).WithSummary("The resolution as JSON");
        group.MapGet("/{id:guid}/lint", Lint).RequirePermission(Permission.Read).WithSummary("Editorial findings");
        return group;
    }

    private static async Task<Ok<List<ResolutionSummary>>> List(ClaimsPrincipal user, ResolutionStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListForUserAsync(user.UserId(), cancellationToken)).ToList());

    private static async Task<Results<Created<ResolutionDto>, ProblemHttpResult>> Create(CreateResolutionRequest request, ClaimsPrincipal user, ResolutionStore store, CancellationToken cancellationToken)
    {
        if (request.Organ is { Length: > 200 } || request.Formula is { Length: > 500 } || request.Title is { Length: > 1000 } || request.Symbol is { Length: > 100 } || request.Code is { Length: > 100 })
        {
            return TypedResults.Problem("organ (200), formula (500), title (1,000), symbol and code (100 each) are limited in length.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid resolution");
        }

        // One-line fields: a line break in a title would become paragraphs of its own in a Markdown export, and a
        // control character makes the Word file invalid.
        var multiLine = new[] { ("organ", request.Organ), ("formula", request.Formula), ("title", request.Title), ("symbol", request.Symbol), ("code", request.Code) }
            .Where(field => !OneLine.Holds(field.Item2)).Select(field => field.Item1).ToList();
        if (multiLine.Count > 0)
        {
            return TypedResults.Problem($"{string.Join(", ", multiLine)}: one line of text, without line breaks, tabs or control characters.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid resolution");
        }

        var organ = string.IsNullOrWhiteSpace(request.Organ) ? Organ.SecurityCouncil : new Organ(request.Organ);
        var resolution = new Resolution(Guid.NewGuid(), organ, string.IsNullOrWhiteSpace(request.Formula) ? organ.DefaultFormula : request.Formula, [], [],
            symbol: request.Symbol, title: request.Title, code: request.Code);
        return TypedResults.Created($"/api/resolutions/{resolution.Id}", await StoreNewAsync(resolution, user.UserId(), store, null, cancellationToken));
    }

    private static async Task<Results<Ok<ResolutionDto>, NotFound>> Get(Guid id, HttpContext http, ResolutionStore store, TimeProvider time, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(ResolutionDto.From(found.Resolution, found.Seq, http.Role(), mode: found.Negotiation.Mode, silence: found.Negotiation.Silence, now: time.GetUtcNow(),
                siteAdmin: http.User.IsInRole(CurrentUser.AdminRole)))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<List<LintFindingDto>>, NotFound>> Lint(Guid id, ResolutionStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var findings = ResolutionLinter.Default.Lint(found.Resolution)
            .Select(f => new LintFindingDto(f.ClauseId?.Value, f.Code, f.Message, JsonNamingPolicy.CamelCase.ConvertName(f.Severity.ToString())))
            .ToList();
        return TypedResults.Ok(findings);
    }

    /// <summary>Stores a new resolution made by <paramref name="creator"/> and answers with it.</summary>
    internal static async Task<ResolutionDto> StoreNewAsync(Resolution resolution, Guid creator, ResolutionStore store, IEnumerable<ImportDiagnostic>? warnings, CancellationToken cancellationToken)
    {
        var seq = await store.CreateAsync(resolution, creator, StructureChangeDto.Created(resolution), cancellationToken);
        return await WithSameSymbolAsync(ResolutionDto.From(resolution, seq, ParticipantRole.Penholder, warnings ?? [], EditingMode.Open), creator, store, cancellationToken);
    }

    /// <summary>A new resolution's answer, naming the drafts its creator already has under the same symbol (none: left out).</summary>
    internal static async Task<ResolutionDto> WithSameSymbolAsync(ResolutionDto created, Guid creator, ResolutionStore store, CancellationToken cancellationToken)
    {
        if (created.Symbol is not { Length: > 0 } symbol)
        {
            return created;
        }

        var same = await store.WithSymbolForUserAsync(creator, symbol, created.Id, cancellationToken);
        return same.Count == 0 ? created : created with { SameSymbol = same };
    }
}
