using System.Globalization;
using System.Security.Cryptography;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Api.Platform;
using Drafting.Api.Platform.Limits;
using Drafting.Contract;
using Drafting.Model.Import.Docx;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// <c>POST /api/resolutions/{id}/word-review</c>: a delegation's returned Word file (our export, with its tracked
/// changes and comments) becomes that delegation's proposals and comments, compared with the text the file was
/// exported from (its custom properties name the resolution and the seq or revision). Importing the same file again
/// creates nothing new: each change's opId is derived from the file's bytes.
/// </summary>
public static class WordReviewApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteHandlerBuilder MapWordReview(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/resolutions/{id:guid}/word-review", Review)
            .WithTags("Negotiation").RequireAuthorization().RequirePermission(Permission.Propose)
            .WithMetadata(new RequestSizeLimitAttribute(ResolutionsApi.MaxImportBytes))
            .Accepts<byte[]>(Model.Export.Docx.DocxWriter.ContentType, "multipart/form-data")
            .WithSummary("Import a delegation's returned Word file: each tracked (or untracked) change in a clause becomes that delegation's proposal, each Word comment a comment; ?delegation= lets the pen-holder import on a delegation's behalf");

    private static async Task<Results<Ok<WordReviewDto>, NotFound, ProblemHttpResult>> Review(
        Guid id, [FromQuery] string? delegation, HttpRequest request, HttpContext http, ResolutionStore store, EventReader events, RevisionStore revisions, ExportBaseStore exportBases,
        ParticipantStore participants, AuthorshipStore authorship, CommentStore commentStore, CommentService comments, ProposalService proposals, ParticipantLimits limits,
        CancellationToken cancellationToken)
    {
        var user = http.User;
        var own = user.Organization();
        var forDelegation = string.IsNullOrWhiteSpace(delegation) ? own : delegation.Trim();
        if (!string.Equals(forDelegation, own, StringComparison.Ordinal) && http.Role() != ParticipantRole.Penholder)
        {
            return new Refusal(RefusalKind.Forbidden, $"Only the pen-holder imports a Word review on behalf of another delegation; you may import {own}'s.").ToProblem();
        }

        var people = await participants.ListAsync(id, cancellationToken);
        var delegates = people.Where(p => p.Organization == forDelegation && ParticipantRoles.Parse(p.Role) is ParticipantRole.Drafter or ParticipantRole.Penholder).ToList();
        if (delegates.Count == 0 && forDelegation != own)
        {
            return Refusal.Invalid($"No drafter of '{forDelegation}' takes part in this resolution.").ToProblem();
        }

        var (bytes, name, error) = await WordUpload.ReadAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var (read, problem) = WordDocumentReader.Read(bytes!);
        if (problem is not null)
        {
            return WordUpload.ToProblem(problem, name);
        }

        if (read!.Origin is not { } origin)
        {
            return Refusal.Invalid("This Word file carries no resolution id in its document properties, so it cannot be compared with the text it came from. Review a file exported from this resolution, or import it as a new draft.").ToProblem();
        }

        if (origin.ResolutionId != id)
        {
            return Refusal.Invalid($"This Word file was exported from resolution {origin.ResolutionId}, not from this one.").ToProblem();
        }

        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        var warnings = new List<ImportWarningDto>();
        Resolution baseText;
        var findUntracked = true;
        if (origin.Revision is { } number)
        {
            if (await revisions.GetAsync(id, number, cancellationToken) is not { } published)
            {
                return RevisionsApi.NoRevision(number);
            }

            baseText = published.Revision.Resolution;
        }
        else if (origin.Seq is { } exportedAt && await exportBases.GetAsync(id, exportedAt, cancellationToken) is { } exported)
        {
            // The text the file really showed: its tracked and untracked changes alike are proposed on it, and carried
            // onto today's text when accepted, the way a stale edit is.
            baseText = exported;
        }
        else
        {
            baseText = found.Resolution;
            if (origin.Seq != found.Seq)
            {
                // Other changes since the export cannot be told from edits made with tracking off: only tracked ones count.
                findUntracked = false;
                warnings.Add(new ImportWarningDto(0, "text-moved-on", string.Create(CultureInfo.InvariantCulture,
                    $"The text changed since this file was exported (seq {origin.Seq}, now {found.Seq}): only tracked changes are proposed, each on the version of its clause that the file shows.")));
            }
        }

        var review = WordReview.Compare(baseText, bytes!, findUntracked);
        if (!review.Succeeded)
        {
            if (review.Problem is { } unreadable)
            {
                return WordUpload.ToProblem(unreadable, name);
            }

            var errors = review.Diagnostics.Where(d => d.Severity == Model.Import.DiagnosticSeverity.Error).ToList();
            return TypedResults.Problem(string.Join(" ", errors.Select(e => e.Message)), statusCode: StatusCodes.Status400BadRequest, title: "The Word file could not be read as this resolution",
                extensions: new Dictionary<string, object?> { [ErrorResponses.CodeExtension] = ErrorCodes.InvalidRequest, ["errors"] = errors.Select(e => new ImportWarningDto(e.Line, e.Code, e.Message)).ToList() });
        }

        warnings.AddRange(review.Diagnostics.Select(d => new ImportWarningDto(d.Line, d.Code, d.Message)));
        warnings.AddRange(WordReviewDrift.Since(baseText, found.Resolution, review.Changes));
        // Everything that can be refused is checked before the first proposal or comment is stored.
        if (WordCommentImport.Refusal(review.Comments) is { } refusedComment)
        {
            return refusedComment.ToProblem();
        }

        var fileKey = Convert.ToHexString(SHA256.HashData(bytes!))[..24];
        var budget = new WordReviewBudget(limits, user.UserId().ToString());
        var usedOpIds = await events.OpIdsStartingAsync(id, WordReviewProposals.OpIdPrefix(fileKey), cancellationToken);
        var (made, refused) = await WordReviewProposals.ProposeAsync(id, user, forDelegation, delegates, name, fileKey,
            review.Changes, baseText, found, proposals, authorship, usedOpIds, budget, cancellationToken);
        if (refused is not null)
        {
            return refused.ToProblem();
        }

        // Only comments the uploader may read count as already there: matching a hidden one would confirm its body to a guesser.
        var role = http.Role();
        var readable = (await commentStore.ListAsync(id, cancellationToken))
            .Where(c => CommentService.Visible(c.Visibility(), c.AudienceOrganization, own, role)).ToList();
        var madeComments = await WordCommentImport.AddAsync(id, user, review.Comments, readable, comments, cancellationToken, budget.CommentAsync);
        if (budget.Warning(made!, madeComments) is { } cut)
        {
            if (!made!.Any(p => p.Status == "created") && !madeComments.Any(c => c.Status == "created"))
            {
                // Nothing stored at all: the file is refused as a whole, as a REST proposal would be.
                http.Response.Headers.RetryAfter = budget.RetrySeconds.ToString(CultureInfo.InvariantCulture);
                return ErrorResponses.Problem(cut.Message.Replace(" were not proposed", " could not be proposed", StringComparison.Ordinal), StatusCodes.Status429TooManyRequests, "Too many requests", ErrorCodes.RateLimited);
            }

            warnings.Add(cut);
        }

        return TypedResults.Ok(new WordReviewDto(forDelegation, origin.Revision is null ? origin.Seq : null, origin.Revision, made!, madeComments, warnings));
    }
}
