namespace Drafting.Model.Resolutions;

/// <summary>
/// The rule for fields printed on one line (symbol, title, formula, organ, sponsor names): no line break, tab or other
/// control character. A line break in a title becomes paragraphs of its own on the Markdown round trip, and a control
/// character makes every Word file of the resolution invalid. Line breaks include Unicode's line and paragraph
/// separators (U+2028, U+2029), which are not control characters but which Markdown readers break lines on.
/// </summary>
public static class OneLine
{
    /// <summary>Whether <paramref name="value"/> (null counts) holds no control character and no line or paragraph separator.</summary>
    public static bool Holds(string? value) => value is null || !value.Any(Breaks);

    /// <summary>Throws when <paramref name="value"/> holds a control character.</summary>
    /// <exception cref="ArgumentException">It does; the message names the field and the character.</exception>
    public static void Require(string? value, string field)
    {
        if (value?.FirstOrDefault(Breaks) is { } control && control != default)
        {
            throw new ArgumentException($"The {field} is one line of text; it holds the line break or control character U+{(int)control:X4}.", field);
        }
    }

    /// <summary>Control characters (tab, CR, LF, U+000B, U+000C, U+0085 among them) and the two Unicode separators.</summary>
    private static bool Breaks(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
