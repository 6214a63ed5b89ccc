using System.Text.RegularExpressions;

namespace Drafting.Model.Import;

/// <summary>
/// What a PDF copy prints around the text on every page: running headers ("S/RES/2417 (2018)", with the short title
/// beside the symbol in General Assembly copies), page numbers ("3/7"), job numbers ("18-08912 (E)", "*1808912*") and the
/// rule above the footnotes.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>
    /// Whether the trimmed line <paramref name="text"/> is nothing but page furniture. PDF copies often put two items on
    /// one line ("2/4    18-08912"), so the line is also tried piece by piece, split where the layout left wide gaps.
    /// A running header joined to its title by one space counts only with the document's <paramref name="ownSymbol"/>.
    /// </summary>
    public static bool IsLine(string text, string? ownSymbol = null)
    {
        if (IsPiece(text) || FootnoteRule().IsMatch(text))
        {
            return true;
        }

        // Copied from a PDF viewer the items come joined by one space: "24-22612 (E) 121224 *2422612*", "24-22612 2/3",
        // "A/RES/79/12 Cooperation between the United Nations and …".
        if (JoinedItems().IsMatch(text)
            || (ownSymbol is not null && JoinedRunningHeader().Match(text) is { Success: true } header
                && header.Groups["symbol"].Value == ownSymbol && IsRunningTitle(header.Groups["title"].Value)))
        {
            return true;
        }

        if (text.Length < 8 || text.IndexOf("   ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var pieces = WideGap().Split(text);
        return pieces.Length > 1
            && ((pieces.All(p => IsPiece(p) || PrintDate().IsMatch(p)) && pieces.Any(IsPiece))
                || IsHeaderWithRunningTitle(pieces));
    }

    /// <summary>
    /// "A/RES/77/248          Oceans and the law of the sea" (or the title first, on odd pages): the symbol and the
    /// resolution's short title that General Assembly PDFs print at the head of every page after the first.
    /// </summary>
    private static bool IsHeaderWithRunningTitle(string[] pieces) =>
        pieces.Length == 2
        && IsRunningTitle(RunningHeader().IsMatch(pieces[0]) ? pieces[1] : RunningHeader().IsMatch(pieces[1]) ? pieces[0] : null);

    private static bool IsRunningTitle(string? title) =>
        title is { Length: > 0 and <= MaxRunningTitle } && char.IsLetter(title[0]) && !ClauseShape.EndsWithClausePunctuation(title, lookPastClosers: false);

    /// <summary>The longest running title read as page furniture.</summary>
    private const int MaxRunningTitle = 120;

    private static bool IsPiece(string text) =>
        RunningHeader().IsMatch(text) || PageNumber().IsMatch(text) || JobNumber().IsMatch(text);

    /// <summary>The symbol repeated at the top of every PDF page: "S/RES/2417 (2018)", "A/RES/78/70", "A/C.3/78/L.12/Rev.1".</summary>
    [GeneratedRegex(@"^(?:S|A|E)/(?:[A-Z0-9.]+/)*[0-9]+(?:/[A-Za-z0-9.]+)*(?:\s+\(\d{4}\))?(?:\s+\[\*\])?$")]
    private static partial Regex RunningHeader();

    /// <summary>"3/7", the page number of a PDF copy.</summary>
    [GeneratedRegex(@"^\d{1,3}\s*/\s*\d{1,3}$")]
    private static partial Regex PageNumber();

    /// <summary>"18-08912", "18-08912 (E)", the job number on the first and last page, and its bar code text "*1808912*".</summary>
    [GeneratedRegex(@"^(?:\*\d{7}\*|\d{2}-\d{5}(?:\s+\([A-Z]\))?(?:\s+\d{6})?)$")]
    private static partial Regex JobNumber();

    /// <summary>Job number, print date, bar code and page number joined by single spaces: "24-22612 (E) 121224 *2422612*", "2/3 24-22612".</summary>
    [GeneratedRegex(@"^(?:\d{2}-\d{5}(?: \([A-Z]\))?(?: \d{6})?(?: \*\d{7}\*)?(?: \d{1,3}/\d{1,3})?|\d{1,3}/\d{1,3} \d{2}-\d{5}(?: \([A-Z]\))?)$")]
    private static partial Regex JoinedItems();

    /// <summary>
    /// A symbol and a capitalized running title joined by one space; read as furniture only with the document's own
    /// symbol, so that a wrapped line of a paragraph starting with a cited symbol stays text.
    /// </summary>
    [GeneratedRegex(@"^(?<symbol>[SAE]/\S+(?: \(\d{4}\))?) (?<title>[A-Z].*)$")]
    private static partial Regex JoinedRunningHeader();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex WideGap();

    /// <summary>"___________________": the rule above the footnotes at the foot of a PDF page.</summary>
    [GeneratedRegex(@"^_{5,}$")]
    private static partial Regex FootnoteRule();

    /// <summary>"141223", the print date beside a job number.</summary>
    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PrintDate();
}
