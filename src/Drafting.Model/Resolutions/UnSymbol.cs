using System.Text.RegularExpressions;

namespace Drafting.Model.Resolutions;

/// <summary>
/// The forms of a United Nations document symbol a draft or resolution carries: "S/2026/118", "S/RES/2518 (2020)",
/// "A/79/L.12", "A/C.3/79/L.5", "A/RES/79/181", "A/ES-10/L.30", "A/HRC/55/L.3", "E/2026/L.5", each optionally followed
/// by "/Rev.1", "/Add.1" or "/Corr.1" (in any sequence, as "A/C.3/79/L.5/Rev.1/Corr.1").
/// </summary>
/// <remarks>
/// The check is on the form only: a symbol the Secretariat has not issued yet is accepted, so a draft can be named
/// before it is circulated. A typo in the shape ("S/2026-118", "A/79/L12") is what it catches.
/// </remarks>
public static partial class UnSymbol
{
    /// <summary>Examples of each accepted form, for messages.</summary>
    public const string Examples = "S/2026/118, S/RES/2518 (2020), A/79/L.12, A/C.3/79/L.5, A/RES/79/181, optionally with /Rev.1, /Add.1 or /Corr.1";

    /// <summary>Whether <paramref name="symbol"/> (trimmed) has the form of a UN document symbol.</summary>
    public static bool IsValid(string? symbol) => symbol is not null && Form().IsMatch(symbol.Trim());

    [GeneratedRegex(
        @"^(?:S/\d{4}/\d{1,4}" +
        @"|S/RES/\d{1,4} \(\d{4}\)" +
        @"|S/PRST/\d{4}/\d{1,3}" +
        @"|A/(?:ES-\d{1,2}|(?:C\.[1-6]/)?\d{1,3})/L\.\d{1,4}" +
        @"|A/RES/(?:ES-\d{1,2}|\d{1,3})/\d{1,4}" +
        @"|A/HRC/(?:RES/)?\d{1,3}/(?:L\.)?\d{1,4}" +
        @"|E/(?:RES/)?\d{4}/(?:L\.)?\d{1,4})" +
        @"(?:/(?:Rev|Add|Corr)\.\d{1,2})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
