namespace Drafting.Model.Comments;

/// <summary>
/// The quoted span a comment is about, with up to <see cref="ContextLength"/> characters on each side
/// so that the span can be found again after the clause's text changes (W3C text quote selector).
/// </summary>
public sealed record TextQuote
{
    /// <summary>How much context is kept on each side of the quote.</summary>
    public const int ContextLength = 32;

    /// <summary>The longest quote: a comment anchors on a phrase or a paragraph, not on a whole text.</summary>
    public const int MaxLength = 2_000;

    /// <summary>Creates a quote.</summary>
    /// <exception cref="ArgumentException">The exact text is empty or longer than 2,000 characters.</exception>
    public TextQuote(string exact, string? prefix = null, string? suffix = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(exact);
        if (exact.Length > MaxLength)
        {
            throw new ArgumentException("A quote holds at most 2,000 characters.", nameof(exact));
        }

        Exact = exact;
        Prefix = Tail(prefix ?? "", ContextLength);
        Suffix = Head(suffix ?? "", ContextLength);
    }

    /// <summary>The quoted text itself.</summary>
    public string Exact { get; }

    /// <summary>Up to 32 characters before the quote.</summary>
    public string Prefix { get; }

    /// <summary>Up to 32 characters after the quote.</summary>
    public string Suffix { get; }

    /// <summary>The quote of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] with its context.</summary>
    public static TextQuote Of(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        return new TextQuote(text[start..end], text[Math.Max(0, start - ContextLength)..start], text[end..Math.Min(text.Length, end + ContextLength)]);
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    private static string Head(string text, int length) => text.Length <= length ? text : text[..length];
}
