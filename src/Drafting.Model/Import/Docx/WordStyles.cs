using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// What the reader needs from <c>styles.xml</c>, following <c>w:basedOn</c>: the numbering a paragraph style carries,
/// whether a character style is italic, and whether a paragraph style is a heading or our export's title.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _italic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _heading = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int NumId, int? Level)?> _numbering = new(StringComparer.Ordinal);

    public WordStyles(MainDocumentPart main)
    {
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    /// <summary>The list and level that paragraph style <paramref name="styleId"/> (or a style it is based on) numbers with.</summary>
    public (int NumId, int? Level)? Numbering(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (!_numbering.TryGetValue(styleId, out var known))
        {
            known = FindNumbering(styleId);
            _numbering[styleId] = known;
        }

        return known;
    }

    private (int NumId, int? Level)? FindNumbering(string styleId)
    {
        for (var (style, hops) = (Find(styleId), 0); style is not null && hops < 20; style = Find(style.BasedOn?.Val?.Value), hops++)
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering && numbering.NumberingId?.Val?.Value is { } numId)
            {
                return (numId, numbering.NumberingLevelReference?.Val?.Value);
            }
        }

        return null;
    }

    /// <summary>Whether character style <paramref name="styleId"/> (or a style it is based on) sets italics.</summary>
    public bool IsItalic(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }

        if (_italic.TryGetValue(styleId, out var known))
        {
            return known;
        }

        var italic = false;
        for (var (style, hops) = (Find(styleId), 0); style is not null && hops < 20; style = Find(style.BasedOn?.Val?.Value), hops++)
        {
            if (style.StyleRunProperties?.Italic is { } set)
            {
                italic = set.Val?.Value ?? true;
                break;
            }
        }

        _italic[styleId] = italic;
        return italic;
    }

    /// <summary>Whether paragraph style <paramref name="styleId"/> is a heading: a built-in "heading N", an outline level, or our "UN Heading".</summary>
    public bool IsHeading(string? styleId)
    {
        if (styleId is null || Find(styleId) is not { } style)
        {
            return false;
        }

        if (!_heading.TryGetValue(styleId, out var heading))
        {
            var name = style.StyleName?.Val?.Value ?? "";
            heading = styleId == "UNHeading"
                || name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
                || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is >= 0 and < 9;
            _heading[styleId] = heading;
        }

        return heading;
    }

    /// <summary>Whether paragraph style <paramref name="styleId"/> is our export's title of a General Assembly draft.</summary>
    public static bool IsTitle(string? styleId) => styleId == "UNTitle";

    /// <summary>Whether the paragraph is our export's line saying what the file is ("Rev.1", "Compilation of proposals as of …"): not text of the draft.</summary>
    public static bool IsIdentity(string? styleId) => styleId == "UNIdentity";

    /// <summary>Whether the paragraph is our export's session or agenda item line under the masthead.</summary>
    public static bool IsSession(string? styleId) => styleId == "UNSession";

    private Style? Find(string? id) => id is not null && _byId.TryGetValue(id, out var style) ? style : null;
}
