using System.Security.Claims;
using System.Text;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Features.Exports;

/// <summary>A new draft from Markdown, plain text or Word: <c>POST /api/resolutions/import</c>.</summary>
public static class ImportApi
{
    /// <summary>Maps <c>/api/resolutions/import</c>.</summary>
    public static RouteHandlerBuilder MapImport(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/resolutions/import", Import).WithTags("Resolutions").RequireAuthorization()
            .WithSummary("Import a draft from Markdown, plain text or Word (.docx; ?trackedChanges=accept|reject) as the body or a multipart file")
            .WithMetadata(new RequestSizeLimitAttribute(ResolutionsApi.MaxImportBytes))
            .Accepts<string>("text/markdown", "text/plain", Model.Export.Docx.DocxWriter.ContentType, "multipart/form-data");

    private static async Task<Results<Created<ResolutionDto>, ProblemHttpResult>> Import(HttpRequest request, ClaimsPrincipal user, ResolutionStore store, CommentService comments, CancellationToken cancellationToken)
    {
        if (await WordUpload.IsWordAsync(request, cancellationToken))
        {
            return await WordImport.ImportAsync(request, user, store, comments, cancellationToken);
        }

        var (text, error) = await ReadImportTextAsync(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var result = ResolutionImporter.Default.Import(text!, null, cancellationToken);
        if (!result.Succeeded)
        {
            var errors = result.Errors.ToList();
            return TypedResults.Problem(
                string.Join(" ", errors.Select(e => e.ToString())),
                statusCode: StatusCodes.Status400BadRequest,
                title: "The draft could not be imported",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = errors.Select(e => new ImportWarningDto(e.Line, e.Code, e.Message)).ToList(),
                });
        }

        var resolution = result.Resolution!;
        return TypedResults.Created($"/api/resolutions/{resolution.Id}", await ResolutionsApi.StoreNewAsync(resolution, user.UserId(), store, result.Warnings, cancellationToken));
    }

    private static async Task<(string? Text, ProblemHttpResult? Error)> ReadImportTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream body;
        IFormFile? file = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            file = form.Files.Count > 0 ? form.Files[0] : null;
            if (file is null)
            {
                return form.TryGetValue("text", out var pasted) && !string.IsNullOrEmpty(pasted.ToString())
                    ? (pasted.ToString(), null)
                    : (null, BadImport("The form holds neither a file nor a 'text' field."));
            }

            body = file.OpenReadStream();
        }
        else
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is not ("text/markdown" or "text/plain" or "text/x-markdown"))
            {
                return (null, TypedResults.Problem(
                    $"Send the draft as text/markdown, text/plain or a multipart file, not '{request.ContentType ?? "no content type"}'.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type"));
            }

            body = request.Body;
        }

        await using (body)
        {
            using var reader = new StreamReader(body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            try
            {
                return (await reader.ReadToEndAsync(cancellationToken), null);
            }
            catch (DecoderFallbackException)
            {
                var what = file is null ? "The body" : $"The file '{file.FileName}'";
                return (null, BadImport($"{what} is not UTF-8 text. A Word document (.docx) or PDF must be pasted as text, or saved as .txt/.md first."));
            }
        }
    }

    private static ProblemHttpResult BadImport(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The draft could not be imported");
}
