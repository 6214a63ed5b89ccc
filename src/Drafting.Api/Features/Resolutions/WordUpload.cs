using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import.Docx;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// A Word file in a request: a body sent as a Word media type, or a multipart file that is one by its name or its first
/// bytes (a zip or an OLE file, so a renamed .doc is still answered as a Word problem rather than "not UTF-8 text").
/// </summary>
public static class WordUpload
{
    /// <summary>The media types taken as Word: .docx, .docm and the older .doc.</summary>
    public static readonly IReadOnlySet<string> MediaTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DocxWriter.ContentType, "application/vnd.ms-word.document.macroenabled.12", "application/msword",
    };

    private static readonly string[] Extensions = [".docx", ".docm", ".doc", ".dotx", ".odt"];

    /// <summary>Whether the request carries a Word file (reads the form if it is one).</summary>
    public static async Task<bool> IsWordAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (MediaTypes.Contains(MediaType(request.ContentType)))
        {
            return true;
        }

        if (!request.HasFormContentType)
        {
            return false;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
        {
            return false;
        }

        var file = form.Files[0];
        if (Extensions.Any(e => file.FileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || MediaTypes.Contains(MediaType(file.ContentType)))
        {
            return true;
        }

        var head = new byte[4];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, 4, throwOnEndOfStream: false, cancellationToken);
        return read == 4 && ((head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04) || (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0));
    }

    /// <summary>The file's bytes (at most the Word limit plus one, so an oversized file is told apart), or a problem.</summary>
    public static async Task<(byte[]? Bytes, string? FileName, ProblemHttpResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream body;
        string? name = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count == 0)
            {
                return (null, null, ErrorResponses.Problem("The form holds no file. Send the Word document as the form's file.", StatusCodes.Status400BadRequest, "No Word file", ErrorCodes.InvalidRequest));
            }

            name = form.Files[0].FileName;
            body = form.Files[0].OpenReadStream();
        }
        else
        {
            body = request.Body;
        }

        await using (body)
        {
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > WordPackageCheck.MaxFileBytes)
                {
                    break;
                }
            }

            return (copy.ToArray(), name, null);
        }
    }

    /// <summary>The ProblemDetails for a file that is not a readable Word document: 413 when too large, else 400; <c>reason</c> says which.</summary>
    public static ProblemHttpResult ToProblem(WordFileProblem problem, string? fileName)
    {
        var tooLarge = problem.Kind == WordFileProblemKind.TooLarge;
        var what = fileName is null ? "" : $"'{fileName}': ";
        return TypedResults.Problem(what + problem.Message,
            statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
            title: "The Word file could not be read",
            extensions: new Dictionary<string, object?>
            {
                [ErrorResponses.CodeExtension] = tooLarge ? ErrorCodes.TooLarge : ErrorCodes.InvalidRequest,
                ["reason"] = problem.Reason,
            });
    }

    /// <summary>The <c>trackedChanges</c> query value: accept (default) or reject; null when it is neither.</summary>
    public static TrackedChangeHandling? TrackedChanges(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "accept" => TrackedChangeHandling.Accept,
        "reject" => TrackedChangeHandling.Reject,
        _ => null,
    };

    private static string MediaType(string? contentType) => contentType?.Split(';')[0].Trim() ?? "";
}
