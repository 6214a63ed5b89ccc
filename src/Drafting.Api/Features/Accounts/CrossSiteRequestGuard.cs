using Drafting.Api.Platform;
using Drafting.Contract;

namespace Drafting.Api.Features.Accounts;

/// <summary>
/// Refuses what a page of another origin could do with the browser's cookie: a hub handshake or an API call
/// from a foreign <c>Origin</c>, and a cookie-carried state change without the <c>X-Requested-With</c> header
/// that our pages (and the SignalR client) send and that a cross-site form cannot.
/// </summary>
/// <remarks>
/// SameSite=Strict does not help against a page on another port of the same host or on a sibling subdomain:
/// those are the same site. Origins are compared whole (scheme, host and port).
/// </remarks>
public sealed class CrossSiteRequestGuard(RequestDelegate next, IConfiguration configuration, IProblemDetailsService problems)
{
    /// <summary>The header every state-changing cookie request must carry, with <see cref="RequiredValue"/>.</summary>
    public const string RequiredHeader = "X-Requested-With";

    /// <summary>The value of <see cref="RequiredHeader"/>, as the SignalR JavaScript client sends it.</summary>
    public const string RequiredValue = "XMLHttpRequest";

    /// <summary>The setting listing the origins allowed besides the server's own (comma or semicolon separated).</summary>
    public const string AllowedOriginsSetting = "Drafting:AllowedOrigins";

    private readonly HashSet<string> configuredOrigins = ReadOrigins(configuration);

    /// <summary>Checks the request, then passes it on or answers 403 <c>cross-site</c>.</summary>
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var isHub = request.Path.StartsWithSegments("/hubs");
        if (!isHub && !request.Path.StartsWithSegments("/api"))
        {
            return next(http);
        }

        var carriesToken = CarriesToken(request);
        if ((isHub || !carriesToken) && request.Headers.Origin is { Count: > 0 } origin && !IsAllowed(origin.ToString(), request))
        {
            return Refuse(http, $"Requests from {origin} are not accepted; this server accepts its own pages' origin and those in {AllowedOriginsSetting}.");
        }

        if (RidesOnCookie(request, carriesToken) && !IsSafe(request.Method) && request.Headers[RequiredHeader] != RequiredValue)
        {
            return Refuse(http, $"A request signed in by cookie that changes something must carry the header {RequiredHeader}: {RequiredValue}.");
        }

        return next(http);
    }

    /// <summary>Whether the request authenticates with a bearer token (the header, or the hub handshake's query) rather than the cookie.</summary>
    public static bool CarriesToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey("access_token"));

    /// <summary>
    /// Whether the browser's cookie would speak for this request: it carries the cookie, or it is the cookie
    /// sign-in (a forged sign-in would put the victim in the attacker's account). Without either there is
    /// nothing to forge: the request is anonymous and gets its 401.
    /// </summary>
    private static bool RidesOnCookie(HttpRequest request, bool carriesToken) =>
        !carriesToken && (request.Cookies.ContainsKey(ApplicationCookie.Name) || request.Path.Equals("/api/auth/sign-in", StringComparison.OrdinalIgnoreCase));

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private bool IsAllowed(string origin, HttpRequest request) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || configuredOrigins.Contains(origin.TrimEnd('/'));

    private static HashSet<string> ReadOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedOriginsSetting);
        var values = section.GetChildren().Select(child => child.Value).Append(section.Value)
            .SelectMany(value => (value ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return values.Select(value => value.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private Task Refuse(HttpContext http, string detail)
    {
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Cross-site request refused",
                Detail = detail,
                Extensions = { [ErrorResponses.CodeExtension] = ErrorCodes.CrossSite },
            },
        }).AsTask();
    }
}
