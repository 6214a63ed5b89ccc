namespace Drafting.Api.Platform;

/// <summary>
/// Every answer says <c>X-Content-Type-Options: nosniff</c>, and every HTML answer that is not one of our pages (a
/// diff, an HTML export, an error page) carries a Content-Security-Policy for a document: no scripts, no requests,
/// its inline style only, never framed. Such a document holds delegations' words; were any of them to slip past the
/// encoder, the browser would still run nothing. Pages set their own, looser policy first and keep it.
/// </summary>
public sealed class HtmlAnswerHeaders(RequestDelegate next)
{
    /// <summary>The policy of an HTML document that is not a page of the application.</summary>
    public const string DocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Sets the headers when the answer starts, once its content type is known.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = DocumentPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
