using System.Globalization;
using System.Security.Claims;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Features.Revisions;
using Drafting.Api.Platform;
using Drafting.Model.Library;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Agreed language: the library of adopted resolutions (import by the site admin; list, read and search by everyone
/// signed in), the agreed-language check of a draft (its participants) and a new draft from an adopted text.
/// </summary>
public static class LibraryApi
{
    /// <summary>The kind of a hit in the library.</summary>
    public const string LibraryKind = "library";

    /// <summary>The kind of a hit in a draft.</summary>
    public const string DraftKind = "draft";

    /// <summary>The largest upload, in bytes: a .zip of a few thousand resolutions.</summary>
    public const long MaxUploadBytes = 64 * 1024 * 1024;

    /// <summary>Hits per search page when the caller does not say.</summary>
    public const int DefaultSearchSize = 20;

    /// <summary>The longest <c>symbol</c> or <c>title</c> filter of the list.</summary>
    public const int MaxListFilterLength = 200;

    /// <summary>The most hits a search page holds.</summary>
    public const int MaxSearchSize = 100;

    /// <summary>Maps <c>/api/library</c> and <c>/api/resolutions/{id}/agreed-language</c>.</summary>
    public static RouteGroupBuilder MapLibraryEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/library").WithTags("Library").RequireAuthorization();
        group.MapPost("/", Import).RequireAuthorization(policy => policy.RequireRole(CurrentUser.AdminRole))
            .WithSummary("Import adopted resolutions: one Akoma Ntoso file (application/xml) or a .zip of them (application/zip); site admin")
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .Accepts<byte[]>("application/xml", "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", List).WithSummary("The adopted resolutions, newest first, paged (?limit=, ?after=, Link: rel=\"next\"); ?symbol= (beginning) and ?title= (words in order) narrow it");
        group.MapGet("/search", Search).WithSummary("Search agreed language: words, \"phrases\", prefix*; filters organ, yearFrom, yearTo, session, symbol, kind");
        group.MapGet("/{id:guid}", Get).WithSummary("An adopted resolution, shaped as a resolution's JSON");
        group.MapGet("/paragraphs/{id:guid}/{paragraph}/history", ParagraphHistoryOf)
            .WithSummary("A library paragraph across the years: the same paragraph in the resolutions of its series (same title, or high overlap), oldest first, each with its word diff to the one before");
        group.MapDelete("/{id:guid}", Remove).RequireAuthorization(policy => policy.RequireRole(CurrentUser.AdminRole))
            .WithSummary("Take an adopted text out of the library (site admin): its paragraphs leave search and checks; drafts keep what they took from it")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:guid}/draft", Draft).WithSummary("A new draft whose zero draft is this adopted text; you become its pen-holder");

        routes.MapGet("/api/resolutions/{id:guid}/agreed-language", AgreedLanguageOf).RequireAuthorization().RequirePermission(Permission.Read)
            .WithTags("Library").WithSummary("For every clause (or ?clause= one), the closest adopted paragraph and how it differs");
        routes.MapGet("/api/resolutions/{id:guid}/agreed-language/{clauseId}/history", DraftParagraphHistoryOf).RequireAuthorization().RequirePermission(Permission.Read)
            .WithTags("Library").WithSummary("A draft paragraph across the years: the series of its closest adopted paragraph, oldest first, then the draft's text, each with its word diff to the one before");
        return group;
    }

    private static async Task<Results<Ok<ImportReportDto>, ProblemHttpResult>> Import(HttpRequest request, LibraryImport import, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("application/xml" or "text/xml" or "application/akn+xml" or "application/zip" or "application/x-zip-compressed"))
        {
            return ErrorResponses.Problem(
                $"Send one Akoma Ntoso file as application/xml or a .zip of them as application/zip, not '{request.ContentType ?? "no content type"}'.",
                StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", Contract.ErrorCodes.InvalidRequest);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        body.Position = 0;
        List<(string File, byte[]? Content, string? Refusal)> files;
        if (mediaType is "application/zip" or "application/x-zip-compressed")
        {
            try
            {
                files = LibraryZip.Entries(body).ToList();
            }
            catch (InvalidDataException failure)
            {
                return Refusal.Invalid($"The .zip could not be opened: {failure.Message}").ToProblem();
            }

            if (files.Count == 0)
            {
                return Refusal.Invalid("The .zip holds no file.").ToProblem();
            }
        }
        else
        {
            files = [(FileName(request), body.ToArray(), null)];
        }

        return TypedResults.Ok(await import.ImportAsync(files, null, cancellationToken));
    }

    /// <summary>The uploaded file's name: <c>?file=</c>, else the Content-Disposition file name, else "upload.xml".</summary>
    private static string FileName(HttpRequest request)
    {
        var name = request.Query["file"].ToString();
        if (name.Length == 0 && Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            name = (disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "").Trim('"');
        }

        name = new string(name.Where(c => !char.IsControl(c)).Take(300).ToArray());
        return name.Length == 0 ? "upload.xml" : name;
    }

    private static async Task<Results<Ok<List<LibrarySummaryDto>>, ProblemHttpResult>> List(
        int? limit, string? after, string? symbol, string? title, HttpContext http, LibraryStore store, CancellationToken cancellationToken)
    {
        var (size, cursor, problem) = Paging.Read(limit, after);
        if (problem is not null)
        {
            return problem;
        }

        if (symbol?.Length > MaxListFilterLength || title?.Length > MaxListFilterLength)
        {
            return Refusal.Invalid($"'{(symbol?.Length > MaxListFilterLength ? "symbol" : "title")}' is longer than {MaxListFilterLength} characters.").ToProblem();
        }

        var rows = await store.ListAsync(cursor, size, symbol, title, cancellationToken);
        Paging.LinkNext(http, PageCursor.CutToPage(rows, size, row => new PageCursor(row.SortKey, row.Id)));
        return TypedResults.Ok(rows.Select(LibrarySummaryDto.From).ToList());
    }

    private static async Task<Results<Ok<LibraryDocumentDto>, ProblemHttpResult>> Get(Guid id, LibraryStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(LibraryDocumentShape.From(found.Document, found.Paragraphs))
            : NotInLibrary(id);

    private static async Task<Results<Ok<RemovedLibraryDocumentDto>, ProblemHttpResult>> Remove(Guid id, HttpContext http, LibraryStore store, ILogger<LibraryStore> log, CancellationToken cancellationToken)
    {
        if (await store.RemoveAsync(id, cancellationToken) is not { } removed)
        {
            return NotInLibrary(id);
        }

        log.LogInformation("Library document {Symbol} ({Id}, from {File}) removed by {User}", removed.Symbol, removed.Id, removed.File, http.User.UserId());
        return TypedResults.Ok(removed);
    }

    private static async Task<Results<Ok<SearchPageDto>, ProblemHttpResult>> Search(
        string? q, string? organ, int? yearFrom, int? yearTo, int? session, string? symbol, string? kind, int? limit, string? after,
        HttpContext http, LibrarySearch search, CancellationToken cancellationToken)
    {
        var (query, refusal) = SearchQuery.Parse(q);
        if (query is null)
        {
            return Refusal.Invalid(refusal!).ToProblem();
        }

        if (kind is not (null or LibraryKind or DraftKind))
        {
            return Refusal.Invalid($"kind is '{LibraryKind}' or '{DraftKind}' (or left out for both).").ToProblem();
        }

        if (limit is < 1 or > MaxSearchSize)
        {
            return Refusal.Invalid($"limit counts from 1 to {MaxSearchSize} (default {DefaultSearchSize}).").ToProblem();
        }

        if (organ is { Length: > 200 } || symbol is { Length: > 100 })
        {
            return Refusal.Invalid("organ (200) and symbol (100) are limited in length.").ToProblem();
        }

        var offset = 0;
        if (after is not null)
        {
            if (PageCursor.Parse(after) is not { CreatedAt: "offset" } cursor || !int.TryParse(cursor.Id, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                return Refusal.Invalid("after is not a cursor this server gave: use the next cursor of the previous page.").ToProblem();
            }
        }

        var size = limit ?? DefaultSearchSize;
        var filters = new LibraryFilters(Blank(organ), yearFrom, yearTo, session, Blank(symbol), kind);
        var (items, more) = await search.SearchAsync(query, filters, http.User.UserId(), offset, size, cancellationToken);
        var next = more ? new PageCursor("offset", (offset + size).ToString(CultureInfo.InvariantCulture)) : null;
        Paging.LinkNext(http, next);
        return TypedResults.Ok(new SearchPageDto(items, next?.ToString()));
    }

    private static async Task<Results<Ok<AgreedLanguageDto>, ProblemHttpResult>> AgreedLanguageOf(Guid id, string? clause, ResolutionStore resolutions, AgreedLanguageCheck check, CancellationToken cancellationToken)
    {
        if (clause is not null)
        {
            // The live mark of one paragraph: that paragraph read alone, not the whole draft.
            return ClauseId.IsValid(clause) && await resolutions.GetCitedClauseAsync(id, new ClauseId(clause), cancellationToken) is { } cited
                ? TypedResults.Ok(await check.CheckAsync(id, [cited], cancellationToken))
                : Refusal.NotFound($"clause: there is no clause '{clause}' in this resolution.").ToProblem();
        }

        return await resolutions.GetAsync(id, cancellationToken) is { } loaded
            ? TypedResults.Ok(await check.CheckAsync(loaded.Resolution, cancellationToken))
            : Refusal.NotFound($"There is no resolution {id}.").ToProblem();
    }

    private static async Task<Results<Ok<DraftParagraphHistoryDto>, ProblemHttpResult>> DraftParagraphHistoryOf(
        Guid id, string clauseId, ResolutionStore resolutions, ParagraphHistory history, CancellationToken cancellationToken)
    {
        if (await resolutions.GetAsync(id, cancellationToken) is not { } loaded)
        {
            return Refusal.NotFound($"There is no resolution {id}.").ToProblem();
        }

        return ClauseId.IsValid(clauseId) && loaded.Resolution.Find(new ClauseId(clauseId)) is not null
            ? TypedResults.Ok(await history.OfDraftAsync(loaded.Resolution, new ClauseId(clauseId), cancellationToken))
            : Refusal.NotFound($"clauseId: there is no clause '{clauseId}' in this resolution.").ToProblem();
    }

    private static async Task<Results<Created<ResolutionDto>, ProblemHttpResult>> Draft(
        Guid id, ClaimsPrincipal user, LibraryStore store, ResolutionStore resolutions, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return NotInLibrary(id);
        }

        var adopted = LibraryStore.ToAdoptedText(found.Document, found.Paragraphs);
        var draft = AdoptedDraft.From(adopted, Guid.NewGuid());
        // The zero draft is the adopted text itself, so that "changes since the base" shows exactly this year's edits;
        // it is published in the transaction that creates the draft: a draft without its base is never stored.
        var label = $"Zero draft (from {adopted.Symbol})";
        long seq = 1;
        await resolutions.CreateAsync(draft, user.UserId(), StructureChangeDto.Created(draft), cancellationToken, async transaction =>
        {
            var (revision, _) = await RevisionStore.PublishAsync(
                transaction, user.UserId(), label.Length <= Revisions.RevisionsApi.MaxLabelLength ? label : null, cancellationToken);
            seq = revision.Seq;
        });
        return TypedResults.Created($"/api/resolutions/{draft.Id}", ResolutionDto.From(draft, seq, ParticipantRole.Penholder, mode: EditingMode.Open));
    }

    private static async Task<Results<Ok<ParagraphHistoryDto>, ProblemHttpResult>> ParagraphHistoryOf(Guid id, string paragraph, ParagraphHistory history, CancellationToken cancellationToken)
    {
        if (!ParagraphSource.IsParagraphId(paragraph))
        {
            return Refusal.Invalid($"paragraph '{paragraph}' is not a library paragraph: 'p' and its position, as a search hit's clauseId gives it.").ToProblem();
        }

        return await history.OfAsync(id, int.Parse(paragraph.AsSpan(1), CultureInfo.InvariantCulture), cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Refusal.NotFound($"The library has no paragraph '{paragraph}' in {id}.").ToProblem();
    }

    private static ProblemHttpResult NotInLibrary(Guid id) => Refusal.NotFound($"There is no adopted resolution {id} in the library.").ToProblem();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
