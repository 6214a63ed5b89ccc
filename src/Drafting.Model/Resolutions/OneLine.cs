namespace Drafting.Model.Resolutions;

/// <summary>
/// The rule for fields printed on one line (symbol, title, formula, organ, sponsor names): no line break, tab or other
/// control character. A line break in a title becomes paragraphs of its own on the Markdown round trip, and a control
/// character makes every Word file of the resolution invalid.
/// </summary>
public static class OneLine
{
    /// <summary>Whether <paramref name="value"/> (null counts) holds no control character.</summary>
    public static bool Holds(string? value) => value is null || !value.Any(char.IsControl);

    /// <summary>Throws when <paramref name="value"/> holds a control character.</summary>
    /// <exception cref="ArgumentException">It does; the message names the field and the character.</exception>
    public static void Require(string? value, string field)
    {
        if (value?.FirstOrDefault(char.IsControl) is { } control && control != default)
        {
            throw new ArgumentException($"The {field} is one line of text; it holds the control character U+{(int)control:X4}.", field);
        }
    }
}
