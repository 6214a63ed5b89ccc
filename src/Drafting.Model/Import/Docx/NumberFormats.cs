using System.Globalization;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import.Docx;

/// <summary>Writes a list counter as Word shows it in a number format (<c>w:numFmt</c>).</summary>
internal static class NumberFormats
{
    /// <summary>The counter <paramref name="value"/> in format <paramref name="format"/> (Word's name, e.g. <c>lowerLetter</c>).</summary>
    public static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value),
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerRoman" => value > 0 ? ClauseLabels.Roman(value) : "0",
        "upperRoman" => value > 0 ? ClauseLabels.Roman(value).ToUpperInvariant() : "0",
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "none" or "bullet" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>a … z, then aa … zz as Word writes them (the letter repeated, not a base-26 number).</summary>
    private static string Letters(int value)
    {
        if (value <= 0)
        {
            return "";
        }

        var letter = (char)('a' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }
}
