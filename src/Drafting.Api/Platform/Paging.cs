using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Drafting.Api.Platform;

/// <summary>
/// Lists come in bounded pages: <c>?limit=</c> (default <see cref="DefaultSize"/>, at most <see cref="MaxSize"/>)
/// and <c>?after=</c> the cursor of the previous page; a <c>Link: &lt;…&gt;; rel="next"</c> header names the
/// next page while there is one. The body stays a plain array, so a client that ignores paging still works
/// on short lists.
/// </summary>
public static class Paging
{
    /// <summary>Rows per page when the caller does not say.</summary>
    public const int DefaultSize = 200;

    /// <summary>The most rows a page holds.</summary>
    public const int MaxSize = 500;

    /// <summary>The page size and start the caller asked for, or the refusal of a bad one.</summary>
    public static (int Size, PageCursor? After, ProblemHttpResult? Problem) Read(int? limit, string? after)
    {
        if (limit is < 1 or > MaxSize)
        {
            return (0, null, Refusal.Invalid($"limit counts from 1 to {MaxSize} (default {DefaultSize}).").ToProblem());
        }

        var cursor = PageCursor.Parse(after);
        return after is not null && cursor is null
            ? (0, null, Refusal.Invalid("after is not a cursor this server gave: use the Link header of the previous page.").ToProblem())
            : (limit ?? DefaultSize, cursor, null);
    }

    /// <summary>Names the next page in a <c>Link</c> header when <paramref name="next"/> is not null.</summary>
    public static void LinkNext(HttpContext http, PageCursor? next)
    {
        if (next is null)
        {
            return;
        }

        var query = QueryString.Create(http.Request.Query
            .Where(pair => pair.Key is not "after")
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>("after", next.ToString())));
        http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{query}>; rel=\"next\"";
    }
}
