using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Platform;

/// <summary>
/// Turns unreadable requests (malformed JSON, wrong types, oversized bodies) into a 4xx ProblemDetails
/// that says what and where, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A multipart body whose boundaries or headers do not parse: the request's fault, not the server's.
        if (exception is InvalidDataException or IOException && httpContext.Request.HasFormContentType && !httpContext.RequestAborted.IsCancellationRequested)
        {
            exception = new BadHttpRequestException($"The multipart body cannot be read: {exception.Message}", exception);
        }

        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var detail = RequestErrorWording.Describe(badRequest);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Unreadable request",
                Detail = detail,
            },
        });
    }
}
