using System.Globalization;
using System.Security.Claims;
using System.Text;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Api.Platform;
using Drafting.Model.Comments;
using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Features.Exports;

/// <summary>Downloads of a resolution in Word (UN layout), Markdown, HTML and Akoma Ntoso.</summary>
public static class ExportsApi
{
    /// <summary>The formats by their name in the URL.</summary>
    public static readonly IReadOnlyDictionary<string, ExportFormat> Formats = new[]
    {
        new ExportFormat("docx", DocxWriter.ContentType, r => r.Compilation is { } compilation
            ? DocxWriter.WriteCompilation(compilation, r.Now, r.Author, r.Comments, r.Identity)
            : DocxWriter.Write(r.Resolution, new DocxOptions
            {
                CompareTo = r.CompareTo,
                ClauseAuthors = r.ClauseAuthors,
                StructureAuthors = r.StructureAuthors ?? new Dictionary<ClauseId, ChangeAuthor>(),
                Comments = r.Comments,
                RevisionAuthor = r.Author,
                RevisionDate = r.Now,
                Origin = r.Origin,
                Identity = r.Identity,
            })),
        new ExportFormat("md", "text/markdown; charset=utf-8", r => Encoding.UTF8.GetBytes(MarkdownWriter.Write(r.Resolution))),
        new ExportFormat("html", HtmlWriter.ContentType, r => Encoding.UTF8.GetBytes(HtmlWriter.Write(r.Resolution, r.CompareTo, r.Compilation, r.Silences, r.Identity, r.Comments, r.AgreedLanguage))),
        new ExportFormat("akn", AknWriter.ContentType, r => Encoding.UTF8.GetBytes(AknWriter.Write(r.Resolution, DateOnly.FromDateTime(r.Now.UtcDateTime), r.Identity, r.Silences)), "akn.xml"),
    }.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Maps <c>/api/resolutions/{id}/export/{format}</c>.</summary>
    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/resolutions/{id:guid}/export").WithTags("Exports").RequireAuthorization();
        group.MapGet("/{format}", Export).RequirePermission(Permission.Export)
            .WithSummary("Download in an export format: docx (UN layout), md, html or akn (Akoma Ntoso); ?revision=N exports a published revision, ?compareTo=N marks the changes since revision N as tracked changes (docx, html), ?comments=none|public|all adds no comments (the default), those shared with all, or also the private ones you may see marked with their audience (docx, html); ?compilation=true (docx, html) the compilation text: every open proposal at its place with its delegations (docx: a tracked change per delegation; competing ones in a comment), filtered by ?organization= and ?clause=")
            .Produces(StatusCodes.Status200OK, contentType: DocxWriter.ContentType, additionalContentTypes: ["text/markdown", "text/html", AknWriter.ContentType]);
        return group;
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Export(
        Guid id, string format, [FromQuery] string? comments, [FromQuery] int? revision, [FromQuery] int? compareTo, [FromQuery] bool? compilation,
        [FromQuery] string? organization, [FromQuery] string? clause, [FromQuery] bool? agreedLanguage,
        HttpContext http, AgreedLanguageCheck agreedLanguageCheck, ResolutionStore store, RevisionStore revisions, ExportBaseStore exportBases, SilenceStore silenceStore, AuthorshipStore authorship, CommentStore commentStore, ProposalStore proposalStore, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Formats.TryGetValue(format, out var exporter))
        {
            return TypedResults.Problem(
                $"Export format '{format}' is not available; available formats: {string.Join(", ", Formats.Keys)}.",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown export format",
                extensions: new Dictionary<string, object?> { ["availableFormats"] = Formats.Keys.ToList() });
        }

        // A Word file of the current text keeps the text it shows, so that the file returned with edits is compared with it.
        var keepsBase = format == "docx" && revision is null && compilation != true;
        if ((keepsBase ? await exportBases.KeepAsync(id, cancellationToken) : await store.GetAsync(id, cancellationToken)) is not { } found)
        {
            return TypedResults.NotFound();
        }

        // The resolution to export (the current text or a published revision) and the revision to mark changes against.
        var resolution = found.Resolution;
        var exportedSeq = found.Seq;
        var published = await revisions.ListAsync(id, cancellationToken);
        Revision? exportedRevision = null;
        if (revision is { } number)
        {
            if (await revisions.GetAsync(id, number, cancellationToken) is not { } chosen)
            {
                return RevisionsApi.NoRevision(number);
            }

            (resolution, exportedSeq, exportedRevision) = (chosen.Revision.Resolution, chosen.Row.Seq, chosen.Revision);
        }

        Resolution? older = null;
        IReadOnlyDictionary<ClauseId, ChangeAuthor> authors = new Dictionary<ClauseId, ChangeAuthor>();
        IReadOnlyDictionary<ClauseId, ChangeAuthor> structureAuthors = new Dictionary<ClauseId, ChangeAuthor>();
        string? comparedWith = null;
        if (compareTo is { } baseline)
        {
            if (await revisions.GetAsync(id, baseline, cancellationToken) is not { } basis)
            {
                return RevisionsApi.NoRevision(baseline);
            }

            (older, comparedWith) = (basis.Revision.Resolution, basis.Row.Label);
            var authorsBetween = await authorship.ClauseAuthorsBetweenAsync(id, basis.Row.Seq, exportedSeq, cancellationToken);
            authors = ChangeAuthors(authorsBetween.LastChange);
            structureAuthors = ChangeAuthors(authorsBetween.LastStructureChange);
        }

        Compilation? compiled = null;
        if (compilation == true)
        {
            if (format is not ("docx" or "html") || revision is not null || compareTo is not null)
            {
                return Refusal.Invalid("compilation=true is available for the current text as docx or html, without revision or compareTo.").ToProblem();
            }

            var open = await proposalStore.ListAsync(id, ProposalStatus.Open, string.IsNullOrWhiteSpace(organization) ? null : organization.Trim(), cancellationToken);
            compiled = Compilation.Of(resolution, open.Select(p => p.ToModel()).Where(p => clause is null || p.Anchor?.Value == clause || p.ClauseId?.Value == clause));
        }

        if (CommentChoice(comments) is not { } choice)
        {
            return Refusal.Invalid($"comments '{comments}' is not one of none (the default), public (comments shared with all participants) or all (also the private ones you may see, each marked with its audience).").ToProblem();
        }

        var exported = choice == "none" ? [] : await VisibleCommentsAsync(id, http, commentStore, includePrivate: choice == "all", cancellationToken);
        var origin = new Model.Import.Docx.WordOrigin(id, exportedSeq, revision);
        // The HTML and AKN records carry every silence and the statements that broke them (the text itself stays the UN document).
        var silences = format is "html" or "akn" && revision is null && compiled is null
            ? new SilenceRecord(
                [.. (await silenceStore.ListAsync(id, cancellationToken)).Select(s => s.ToRecorded())],
                published.ToDictionary(r => (int)r.Number, r => r.Label),
                time.GetUtcNow())
            : null;
        Dictionary<ClauseId, string>? agreed = null;
        if (agreedLanguage == true)
        {
            if (format != "html")
            {
                return Refusal.Invalid("agreedLanguage=true is available for html only: a column beside the text, noting each paragraph that is agreed language.").ToProblem();
            }

            agreed = (await agreedLanguageCheck.CheckAsync(resolution, cancellationToken)).Clauses
                .Where(c => c.Source is not null).ToDictionary(c => new ClauseId(c.ClauseId), c => c.Source!.Label);
        }

        var now = time.GetUtcNow();
        // What the file is: the revision asked for, or what the current text is (the latest revision unchanged, or the text after it).
        var identity = exportedRevision is not null
            ? DocumentIdentity.Of(exportedRevision)
            : DocumentIdentity.Of(resolution, published.Count == 0 ? null : (await revisions.GetAsync(id, (int)published[^1].Number, cancellationToken))?.Revision, now);
        identity = compiled is null ? identity with { ComparedWith = comparedWith } : identity with { Compilation = true, AsOf = now };
        var request = new ExportRequest(resolution, older, exported, Author(http.User), now, authors, compiled, origin, structureAuthors, silences, identity, agreed);
        return TypedResults.File(exporter.Write(request), exporter.ContentType, identity.FileName(resolution, exporter.Extension));
    }

    /// <summary>
    /// none, public or all; <c>true</c> (the earlier flag) is public and <c>false</c> none, so that an old link never
    /// puts a private comment into a file meant for circulation. Null when the value is none of these.
    /// </summary>
    private static string? CommentChoice(string? comments) => comments?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" or "false" => "none",
        "public" or "true" => "public",
        "all" => "all",
        _ => null,
    };

    /// <summary>
    /// The open comments the caller may see, as the writers take them: those shared with all participants, and with
    /// <paramref name="includePrivate"/> the private ones the caller may read too, each marked with its audience ("African Union only",
    /// "African Union and the pen-holder").
    /// </summary>
    private static async Task<List<ExportComment>> VisibleCommentsAsync(Guid id, HttpContext http, CommentStore commentStore, bool includePrivate, CancellationToken cancellationToken)
    {
        var organization = http.User.Organization();
        var all = await commentStore.ListAsync(id, cancellationToken);
        return [.. all
            .Where(c => !c.Resolved && CommentService.Visible(c.Visibility(), c.AudienceOrganization, organization, http.Role()))
            .Where(c => includePrivate || c.Visibility() == CommentVisibility.All)
            .Select(c => c.Visibility() == CommentVisibility.All ? c.ToDto() : c.ToDto() with { Body = $"[{CommentService.AudienceLabel(c.Visibility(), c.AudienceOrganization)}] {c.Body}" })
            .Select(ToExport)];
    }

    private static ExportComment ToExport(CommentDto comment) => new(
        comment.Id,
        comment.Anchor is { } anchor && ClauseId.IsValid(anchor.ClauseId) ? new ClauseId(anchor.ClauseId) : null,
        Math.Max(0, comment.Anchor?.Start ?? 0),
        Math.Max(comment.Anchor?.Start ?? 0, comment.Anchor?.End ?? 0),
        comment.Anchor?.Quote.Exact ?? "",
        string.IsNullOrWhiteSpace(comment.Author.DisplayName) ? "Unknown" : comment.Author.DisplayName,
        comment.Author.Organization,
        DateTimeOffset.TryParse(comment.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : DateTimeOffset.UnixEpoch,
        comment.Body,
        comment.ParentId,
        comment.Anchor?.Status == AnchorStatus.Orphaned);

    private static Dictionary<ClauseId, ChangeAuthor> ChangeAuthors(IReadOnlyDictionary<string, ClauseAuthor> byClause) =>
        byClause.Where(a => ClauseId.IsValid(a.Key)).ToDictionary(
            a => new ClauseId(a.Key),
            a => new ChangeAuthor(
                PersonLabel.Of(a.Value.Name, a.Value.Organization),
                DateTimeOffset.Parse(a.Value.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));

    private static string Author(ClaimsPrincipal user) => PersonLabel.Of(user.DisplayName(), user.Organization(), "Drafting");
}

/// <summary>What a writer is asked for: the resolution, an optional older version for tracked changes, comments, and who exports when.</summary>
/// <param name="Resolution">The resolution to export.</param>
/// <param name="CompareTo">The older version to mark changes against; null for a clean document.</param>
/// <param name="Comments">Comments to include (Word only).</param>
/// <param name="Author">Who the tracked changes are attributed to.</param>
/// <param name="Now">When the export is made.</param>
/// <param name="ClauseAuthors">Who last changed each clause since <paramref name="CompareTo"/>, from the event log.</param>
/// <param name="Compilation">For a compilation text: the open proposals at their places (docx: tracked changes by delegation; html: inline).</param>
/// <param name="Origin">The resolution id and the seq or revision exported, written into a Word file so a returned copy finds its base.</param>
/// <param name="Identity">What the file is ("Rev.1", the compilation …), printed under its masthead.</param>
/// <param name="AgreedLanguage">For html with agreedLanguage=true: per clause, the adopted paragraph closest to it ("as in …").</param>
public sealed record ExportRequest(
    Resolution Resolution, Resolution? CompareTo, IReadOnlyList<ExportComment> Comments, string Author, DateTimeOffset Now, IReadOnlyDictionary<ClauseId, ChangeAuthor> ClauseAuthors,
    Compilation? Compilation = null, Model.Import.Docx.WordOrigin? Origin = null, IReadOnlyDictionary<ClauseId, ChangeAuthor>? StructureAuthors = null,
    SilenceRecord? Silences = null, DocumentIdentity? Identity = null, IReadOnlyDictionary<ClauseId, string>? AgreedLanguage = null);

/// <summary>One export format: its name in the URL, media type, file extension and writer.</summary>
/// <param name="Name">The name in the URL, e.g. <c>docx</c>.</param>
/// <param name="ContentType">The media type served.</param>
/// <param name="Write">Writes the document's bytes.</param>
/// <param name="FileExtension">The file extension when it differs from <paramref name="Name"/>.</param>
public sealed record ExportFormat(string Name, string ContentType, Func<ExportRequest, byte[]> Write, string? FileExtension = null)
{
    /// <summary>The extension of the downloaded file.</summary>
    public string Extension => FileExtension ?? Name;
}
