using System.Text.RegularExpressions;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// Which files of the UNxml corpora the corpus test reads: General Assembly resolutions of sessions 70 to 78 and Security
/// Council resolutions adopted before 2016, told by their file names (A_RES_77_230…, S_RES_2240_2015…).
/// </summary>
internal static partial class CorpusSelection
{
    public static bool Wanted(string path)
    {
        var name = Path.GetFileName(path);
        if (GeneralAssembly().Match(name) is { Success: true } ga)
        {
            return int.Parse(ga.Groups["session"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 70 and <= 78;
        }

        return SecurityCouncil().Match(name) is { Success: true } sc
            && int.Parse(sc.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < 2016;
    }

    [GeneratedRegex(@"^A_RES_(?<session>\d{2,3})_\d+", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralAssembly();

    [GeneratedRegex(@"^S_RES_\d+_(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityCouncil();
}
