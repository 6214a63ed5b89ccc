using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Drafting.Api.Auth;
using Drafting.Api.Comments;
using Drafting.Api.Extensions;
using Drafting.Api.Resolutions;
using Drafting.Api.Storage;
using Drafting.Contract;
using Drafting.Model.Import.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Negotiation;

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
        Guid id, [FromQuery] string? delegation, HttpRequest request, HttpContext http, ResolutionStore store, RevisionStore revisions,
        ParticipantStore participants, AuthorshipStore authorship, CommentStore commentStore, CommentService comments, ProposalService proposals, CancellationToken cancellationToken)
    {
        var user = http.User;
        var own = user.FindFirstValue(CurrentUser.OrganizationClaim) ?? "";
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
                return Revisions.RevisionsApi.NoRevision(number);
            }

            baseText = published.Revision.Resolution;
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
        var fileKey = Convert.ToHexString(SHA256.HashData(bytes!))[..24];
        var made = new List<WordReviewProposalDto>();
        var seqBefore = found.Seq;
        for (var i = 0; i < review.Changes.Count; i++)
        {
            var change = review.Changes[i];
            var (proposer, matched, flaggedNames) = Proposer(user, forDelegation, delegates, change.Authors);
            var baseVersion = change.Kind == ProposalKind.Replace ? await BaseVersionAsync(id, baseText, change, found.Resolution, authorship, cancellationToken) : null;
            var proposal = new ProposeRequest(change.Kind,
                change.Kind == ProposalKind.Insert ? null : change.ClauseId?.Value,
                change.AfterClauseId?.Value, change.InsertKind, change.ParentId?.Value, change.Text, baseVersion,
                Rationale(forDelegation, name, change, matched, flaggedNames),
                string.Create(CultureInfo.InvariantCulture, $"word-review:{fileKey}:{i}"));
            var (dto, refusal) = await proposals.ProposeAsync(id, proposer, proposal, cancellationToken);
            var shownBy = proposer.FindFirstValue(CurrentUser.DisplayNameClaim) ?? "";
            var clause = (change.ClauseId ?? change.AfterClauseId)?.Value;
            made.Add(dto is not null
                ? new WordReviewProposalDto(dto.Seq > seqBefore ? "created" : "duplicate", dto.Id, change.Kind, clause, change.Tracked, change.Authors, shownBy, flaggedNames.Count > 0, change.Paragraph, null)
                : new WordReviewProposalDto(refusal!.Kind == RefusalKind.Conflict && refusal.Message.Contains("opId", StringComparison.OrdinalIgnoreCase) ? "duplicate" : "refused",
                    null, change.Kind, clause, change.Tracked, change.Authors, shownBy, flaggedNames.Count > 0, change.Paragraph, refusal.Message));
        }

        var existing = await commentStore.ListAsync(id, cancellationToken);
        var madeComments = new List<WordReviewCommentDto>();
        var stored = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var comment in review.Comments)
        {
            var body = WordImport.Body(comment.Source);
            Guid? parent = comment.Source.ParentWordId is { } parentWordId && stored.TryGetValue(parentWordId, out var p) ? p : null;
            var twin = existing.FirstOrDefault(c => c.Body == body && (parent is null ? c.ClauseId == comment.ClauseId?.Value && c.ParentId is null : c.ParentId == parent.ToString()));
            if (twin is not null)
            {
                stored[comment.Source.WordId] = Guid.Parse(twin.Id);
                madeComments.Add(new WordReviewCommentDto("duplicate", Guid.Parse(twin.Id), comment.Source.Author, twin.ClauseId));
                continue;
            }

            if (comment.Source.ParentWordId is not null && parent is null)
            {
                madeComments.Add(new WordReviewCommentDto("skipped", null, comment.Source.Author, null));
                continue;
            }

            var add = new AddCommentRequest(comment.ClauseId?.Value, comment.Quote is null ? null : new QuoteDto(comment.Quote, null, null), body, CommentVisibility.All, parent);
            var (added, _) = await comments.AddAsync(id, user, add, cancellationToken);
            if (added is null && comment.Quote is not null)
            {
                (added, _) = await comments.AddAsync(id, user, add with { Quote = null }, cancellationToken);
            }

            if (added is not null)
            {
                stored[comment.Source.WordId] = added.Id;
            }

            madeComments.Add(new WordReviewCommentDto(added is null ? "skipped" : "created", added?.Id, comment.Source.Author, comment.ClauseId?.Value));
        }

        return TypedResults.Ok(new WordReviewDto(forDelegation, origin.Revision is null ? origin.Seq : null, origin.Revision, made, madeComments, warnings));
    }

    /// <summary>
    /// Who the proposal is attributed to: the first Word author who is a drafter or pen-holder of the delegation (by
    /// display or user name, "Name (Delegation)" as our exports sign), else the caller on the delegation's behalf.
    /// Returns the principal, the matched name and the Word authors matching nobody.
    /// </summary>
    private static (ClaimsPrincipal Proposer, string? Matched, List<string> Flagged) Proposer(ClaimsPrincipal caller, string delegation, List<ParticipantRow> delegates, IReadOnlyList<string> authors)
    {
        ParticipantRow? match = null;
        var flagged = new List<string>();
        foreach (var author in authors)
        {
            var bare = author.EndsWith(')') && author.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? author[..open] : author;
            var found = delegates.FirstOrDefault(d => string.Equals(d.DisplayName, bare, StringComparison.OrdinalIgnoreCase) || string.Equals(d.UserName, bare, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                flagged.Add(author);
            }
            else
            {
                match ??= found;
            }
        }

        var (userId, displayName) = match is not null ? (match.UserId, match.DisplayName) : (caller.UserId().ToString(), caller.FindFirstValue(CurrentUser.DisplayNameClaim) ?? "");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId),
            new Claim(CurrentUser.DisplayNameClaim, displayName),
            new Claim(CurrentUser.OrganizationClaim, delegation),
        ], "word-review");
        return (new ClaimsPrincipal(identity), match?.DisplayName, flagged);
    }

    private static string Rationale(string delegation, string? fileName, ReviewChange change, string? matched, List<string> flagged)
    {
        var from = fileName is null ? $"From {delegation}'s Word review" : $"From {delegation}'s Word review ({fileName})";
        var how = change.Tracked ? "a tracked change" : "a change made without tracking, found by comparing the file with the exported text";
        var by = matched is not null ? $" by {matched}" : "";
        var unknown = flagged.Count == 0 ? "" : $" Word author(s) not among {delegation}'s participants: {string.Join(", ", flagged.Select(f => $"\u201C{f}\u201D"))}.";
        return Model.Export.MarkdownWriter.Escape($"{from}: {how}{by}.{unknown}");
    }

    /// <summary>
    /// The version the delegation changed: the newest version of the clause whose text is the one the file showed
    /// (so accepting merges with what changed since), else the base's version.
    /// </summary>
    private static async Task<int?> BaseVersionAsync(Guid id, Resolution baseText, ReviewChange change, Resolution current, AuthorshipStore authorship, CancellationToken cancellationToken)
    {
        var clauseId = change.ClauseId!.Value;
        if (change.FileBaseText is { } shown)
        {
            var history = await authorship.ClauseHistoryAsync(id, clauseId.Value, cancellationToken);
            if (history.Where(h => h.Text == shown).OrderByDescending(h => h.Version).FirstOrDefault() is { } version)
            {
                return (int)version.Version;
            }
        }

        return (baseText.Find(clauseId) ?? current.Find(clauseId))?.Clause.Version;
    }
}
