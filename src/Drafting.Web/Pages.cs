using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Web;

/// <summary>The stable page URLs of the browser front end, served from this library's static web assets.</summary>
public static class Pages
{
    private const string ContentRoot = "_content/Drafting.Web/";

    /// <summary>Maps <c>/</c> (resolutions), <c>/sign-in</c>, <c>/resolutions/{id}</c>, <c>/people</c> (site admin) and <c>/library</c>, <c>/library/{id}</c> (agreed language).</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (HttpContext http) => Page(http, "index.html")).RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/sign-in", (HttpContext http) => Page(http, "sign-in.html")).AllowAnonymous().ExcludeFromDescription();
        routes.MapGet("/resolutions/{id:guid}", (HttpContext http) => Page(http, "resolution.html")).RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/people", (HttpContext http) => Page(http, "people.html")).RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/library", (HttpContext http) => Page(http, "library.html")).RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/library/{id:guid}", (HttpContext http) => Page(http, "library.html")).RequireAuthorization().ExcludeFromDescription();
        return routes;
    }

    private static IResult Page(HttpContext http, string name)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(ContentRoot + name);
        if (!file.Exists)
        {
            return TypedResults.NotFound();
        }

        ProtectPage(http.Response);
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Stream(file.CreateReadStream(), "text/html; charset=utf-8");
    }

    /// <summary>
    /// The headers every HTML page gets, including the raw files under <c>/_content/Drafting.Web/</c> when served as
    /// static files: scripts and connections from this origin only, never framed by another site.
    /// </summary>
    public static void ProtectPage(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
    }

    /// <summary>Static file options that protect HTML files as pages are protected.</summary>
    public static StaticFileOptions StaticFiles { get; } = new()
    {
        OnPrepareResponse = context =>
        {
            if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                ProtectPage(context.Context.Response);
            }
            else
            {
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            }
        },
    };
}
