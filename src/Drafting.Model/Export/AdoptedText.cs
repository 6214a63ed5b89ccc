using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// What an adopted resolution prints where a draft has its sponsor line and title, as the official texts do: the
/// Security Council's "Resolution 2417 (2018)" / "Adopted by the Security Council at its 8267th meeting, on 24 May 2018";
/// the General Assembly's "Resolution adopted by the General Assembly on 15 December 2022" / "77/230. Title", and its
/// sign-off after the last paragraph ("48th plenary meeting" / "15 December 2022").
/// </summary>
public static partial class AdoptedText
{
    /// <summary>Whether <paramref name="resolution"/> is printed as adopted: adopted, with the date of adoption known.</summary>
    public static bool Applies(Resolution resolution) => resolution.Stage == Stage.Adopted && AdoptionDate(resolution) is not null;

    /// <summary>The lines standing between the masthead and the formula: a first, bold line and the adoption line.</summary>
    public static (string? Number, string Adoption, string? Title) Lines(Resolution resolution)
    {
        var date = Format(AdoptionDate(resolution)!.Value);
        if (IsGeneralAssembly(resolution))
        {
            var number = resolution.Symbol is { } symbol && GeneralAssemblyNumber().Match(symbol) is { Success: true } ga ? $"{ga.Groups["n"].Value}." : null;
            var title = (number, resolution.Title) switch
            {
                (null, var plain) => plain,
                (_, null) => number,
                var (n, t) => $"{n} {t}",
            };
            return (null, $"Resolution adopted by the {resolution.Organ.Name} on {date}", title);
        }

        var resolutionNumber = resolution.Symbol is { } sc && CouncilNumber().Match(sc) is { Success: true } m ? $"Resolution {m.Groups["n"].Value}" : null;
        var meeting = resolution.Decided?.Meeting is { } at ? $" at its {at}," : "";
        return (resolutionNumber, $"Adopted by the {resolution.Organ.Name}{meeting} on {date}", null);
    }

    /// <summary>The General Assembly's sign-off: its meeting and date, after the last paragraph; empty for other organs or without a meeting.</summary>
    public static IReadOnlyList<string> SignOff(Resolution resolution) =>
        Applies(resolution) && IsGeneralAssembly(resolution) && resolution.Decided?.Meeting is { } meeting
            ? [meeting, Format(AdoptionDate(resolution)!.Value)]
            : [];

    private static DateOnly? AdoptionDate(Resolution resolution) => resolution.Decided?.Date ?? resolution.Date;

    private static bool IsGeneralAssembly(Resolution resolution) => resolution.Organ.Name.Equals(Organ.GeneralAssembly.Name, StringComparison.OrdinalIgnoreCase);

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"S/RES/2417 (2018)" → "2417 (2018)".</summary>
    [GeneratedRegex(@"^S/RES/(?<n>\d+ \(\d{4}\))$")]
    private static partial Regex CouncilNumber();

    /// <summary>"A/RES/77/230" → "77/230".</summary>
    [GeneratedRegex(@"^A/RES/(?<n>\d+/\d+(?: [A-Z])?)$")]
    private static partial Regex GeneralAssemblyNumber();
}
