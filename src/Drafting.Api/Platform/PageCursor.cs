using System.Buffers.Text;
using System.Text;

namespace Drafting.Api.Platform;

/// <summary>
/// Where a page of a list ends: the sort key (creation time, id) of its last row, opaque to callers. The next
/// page starts strictly after it, so rows added meanwhile are neither skipped nor repeated.
/// </summary>
/// <param name="CreatedAt">The last row's creation time as stored.</param>
/// <param name="Id">The last row's id.</param>
public sealed record PageCursor(string CreatedAt, string Id)
{
    /// <summary>The cursor as a URL-safe string.</summary>
    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedAt}|{Id}"));

    /// <summary>
    /// Cuts <paramref name="rows"/>, read with one row more than <paramref name="size"/>, to the page, and returns the
    /// cursor of the next page when that extra row showed there is one.
    /// </summary>
    public static PageCursor? CutToPage<T>(List<T> rows, int size, Func<T, PageCursor> cursorOf)
    {
        if (rows.Count <= size)
        {
            return null;
        }

        rows.RemoveRange(size, rows.Count - size);
        return cursorOf(rows[^1]);
    }

    /// <summary>The cursor a caller sent back, or null when it is not one of ours.</summary>
    public static PageCursor? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 200)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
            return parts is [{ Length: > 0 } createdAt, { Length: > 0 } id] ? new PageCursor(createdAt, id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
