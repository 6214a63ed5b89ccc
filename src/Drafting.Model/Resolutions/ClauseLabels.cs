using System.Globalization;
using System.Text;

namespace Drafting.Model.Resolutions;

/// <summary>Derives the labels that are never stored: "3.", "(b)", "(ii)", "c.".</summary>
public static class ClauseLabels
{
    /// <summary>The label of the sub-paragraph at zero-based <paramref name="index"/> in a list of <paramref name="style"/>.</summary>
    public static string For(LabelStyle style, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return style switch
        {
            LabelStyle.LetterInParentheses => $"({Letters(index)})",
            LabelStyle.RomanInParentheses => $"({Roman(index + 1)})",
            LabelStyle.LetterWithPeriod => $"{Letters(index)}.",
            LabelStyle.RomanWithPeriod => $"{Roman(index + 1)}.",
            LabelStyle.NumberInParentheses => string.Create(CultureInfo.InvariantCulture, $"({index + 1})"),
            LabelStyle.Tiret => "\u2013",
            LabelStyle.Bullet => "\u2022",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
    }

    /// <summary>The label of the operative paragraph at zero-based <paramref name="index"/>: "1.", "2.", ….</summary>
    public static string ForOperative(int index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}.");

    /// <summary>The usual style of a sub-paragraph list at one-based <paramref name="depth"/>: (a), then (i), then a., then i.</summary>
    public static LabelStyle DefaultStyle(int depth) => depth switch
    {
        1 => LabelStyle.LetterInParentheses,
        2 => LabelStyle.RomanInParentheses,
        3 => LabelStyle.LetterWithPeriod,
        _ => LabelStyle.RomanWithPeriod,
    };

    /// <summary>a … z, aa … zz, aaa …, as UN documents continue past z.</summary>
    internal static string Letters(int index)
    {
        var letter = (char)('a' + (index % 26));
        return new string(letter, (index / 26) + 1);
    }

    /// <summary>Lower-case roman numeral of a positive number.</summary>
    internal static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Symbol)> numerals =
        [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var text = new StringBuilder();
        foreach (var (value, symbol) in numerals)
        {
            while (number >= value)
            {
                text.Append(symbol);
                number -= value;
            }
        }

        return text.ToString();
    }
}
