using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// A label found at the start of a sub-paragraph ("(a)", "(ii)", "c.", "–") with every reading it allows:
/// "(i)" is the ninth letter or the first roman numeral, and only its context can tell.
/// </summary>
internal sealed partial record SubParagraphLabel(string Token, IReadOnlyList<(LabelStyle Style, int Ordinal)> Readings, int Length)
{
    /// <summary>Ordinal used by tirets and bullets, which are never out of sequence.</summary>
    public const int AnyOrdinal = -1;

    public static SubParagraphLabel? At(string text)
    {
        var match = Label().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var token = match.Groups["token"].Value;
        var length = match.Length;
        if (match.Groups["tiret"].Success)
        {
            return new(token, [(LabelStyle.Tiret, AnyOrdinal)], length);
        }

        if (match.Groups["bullet"].Success)
        {
            return new(token, [(LabelStyle.Bullet, AnyOrdinal)], length);
        }

        var inParentheses = match.Groups["open"].Success;
        if (char.IsAsciiDigit(token[0]))
        {
            // Only "(1)" reads as a label: the pattern leaves "1." to the numbered operative paragraphs.
            return new(token, [(LabelStyle.NumberInParentheses, int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) - 1)], length);
        }

        var readings = new List<(LabelStyle, int)>();
        if (RomanOrdinal(token) is { } roman)
        {
            readings.Add((inParentheses ? LabelStyle.RomanInParentheses : LabelStyle.RomanWithPeriod, roman));
        }

        if (token.All(c => c == token[0]))
        {
            readings.Add((inParentheses ? LabelStyle.LetterInParentheses : LabelStyle.LetterWithPeriod, ((token.Length - 1) * 26) + (token[0] - 'a')));
        }

        return readings.Count == 0 ? null : new(token, readings, length);
    }

    private static int? RomanOrdinal(string token) =>
        RomanOrdinals.TryGetValue(token, out var ordinal) ? ordinal : null;

    /// <summary>The roman numerals i to cc with their ordinals (0 for i), looked up rather than rebuilt for every label.</summary>
    private static readonly Dictionary<string, int> RomanOrdinals =
        Enumerable.Range(1, 200).ToDictionary(value => ClauseLabels.Roman(value), value => value - 1, StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:(?<open>\()(?<token>[a-z]{1,4}|\d{1,2})\)(?:\s+|$)|(?<token>[a-z]{1,4})\.\s+|(?<tiret>[\u2013\u2014-])\s+|(?<bullet>[\u2022\u00B7\u25AA\u25E6*])\s+)")]
    private static partial Regex Label();
}
