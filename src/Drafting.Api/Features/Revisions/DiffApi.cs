using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Diff;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Revisions;

/// <summary>What changed: two versions compared clause by clause, and one clause's history.</summary>
public static class DiffApi
{
    /// <summary>Maps <c>/api/resolutions/{id}/diff</c> and <c>/api/resolutions/{id}/clauses/{clauseId}/history</c>.</summary>
    public static RouteGroupBuilder MapDiff(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}").WithTags("Revisions").RequireAuthorization();
        group.MapGet("/diff", Diff).RequirePermission(Permission.Read)
            .WithSummary("Clause-by-clause word diff from revision `from` to revision `to` (omitted: the current text); ?format=html renders it as a document with <ins>/<del>");
        group.MapGet("/clauses/{clauseId}/history", History).RequirePermission(Permission.Read)
            .WithSummary("Every version of a clause: text, who wrote it when, and the words changed");
        return group;
    }

    private static async Task<Results<Ok<DiffDto>, ContentHttpResult, ProblemHttpResult>> Diff(
        Guid id, int? from, int? to, string? format, HttpContext http, ResolutionStore store, RevisionStore revisions, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "html"))
        {
            return TypedResults.Problem($"format '{format}' is not available; use json (the default) or html.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid comparison");
        }

        // The rendered document is an export: one rule for it whichever URL asks.
        if (format == "html" && Permissions.Check(http.Role(), Permission.Export) is { } refusal)
        {
            return refusal.ToProblem();
        }

        if (from is null)
        {
            return TypedResults.Problem("from is required: the number of the revision to compare from (0 for the zero draft).", statusCode: StatusCodes.Status400BadRequest, title: "Invalid comparison");
        }

        var older = await revisions.GetAsync(id, from.Value, cancellationToken);
        if (older is not { } start)
        {
            return RevisionsApi.NoRevision(from.Value);
        }

        Resolution newer;
        DiffSideDto side;
        if (to is { } number)
        {
            if (await revisions.GetAsync(id, number, cancellationToken) is not { } end)
            {
                return RevisionsApi.NoRevision(number);
            }

            (newer, side) = (end.Revision.Resolution, new DiffSideDto(number, end.Row.Label, end.Row.Seq));
        }
        else if (await store.GetAsync(id, cancellationToken) is { } current)
        {
            (newer, side) = (current.Resolution, new DiffSideDto(null, "Current text", current.Seq));
        }
        else
        {
            return TypedResults.Problem($"There is no resolution {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such resolution");
        }

        if (format == "html")
        {
            return TypedResults.Content(Model.Export.HtmlWriter.Write(newer, start.Revision.Resolution), Model.Export.HtmlWriter.ContentType);
        }

        var comparison = ResolutionComparison.Compare(start.Revision.Resolution, newer);
        return TypedResults.Ok(DiffDto.Of(new DiffSideDto(from, start.Row.Label, start.Row.Seq), side, comparison));
    }

    private static async Task<Results<Ok<List<ClauseVersionDto>>, ProblemHttpResult>> History(
        Guid id, string clauseId, AuthorshipStore authorship, CancellationToken cancellationToken)
    {
        var versions = ClauseId.IsValid(clauseId) ? await authorship.ClauseHistoryAsync(id, clauseId, cancellationToken) : [];
        if (versions.Count == 0)
        {
            return TypedResults.Problem($"There is no clause '{clauseId}' in this resolution.", statusCode: StatusCodes.Status404NotFound, title: "No such clause");
        }

        var history = new List<ClauseVersionDto>();
        string? previous = null;
        foreach (var version in versions)
        {
            var changes = WordDiff.Compare(previous ?? "", version.Text).Select(s => new SegmentDto(s.Kind, s.Text)).ToList();
            history.Add(new ClauseVersionDto(
                (int)version.Version, version.Text, version.Seq is 0 ? null : version.Seq,
                version.ActorId is null ? null : new AuthorDto(version.ActorId, version.DisplayName ?? "", version.Organization ?? ""),
                version.ChangedAt, changes, version.ProposedBy, SourceDto.FromStored(version.Source)));
            previous = version.Text;
        }

        return TypedResults.Ok(history);
    }
}
