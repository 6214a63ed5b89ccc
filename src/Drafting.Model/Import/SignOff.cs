using System.Text.RegularExpressions;

namespace Drafting.Model.Import;

/// <summary>
/// The lines a General Assembly resolution closes with: the meeting and the date of adoption ("48th plenary meeting" /
/// "15 December 2022", also on one line or with the date above the meeting; "54th (resumed) plenary meeting" when the session met again). They are neither a paragraph nor part of the last one.
/// </summary>
internal static partial class SignOff
{
    /// <summary>
    /// Consumes the sign-off starting with <paramref name="text"/> (and its date on the next line) and returns its meeting
    /// ("48th plenary meeting"); null, consuming nothing, when it is none.
    /// </summary>
    public static string? Read(PageCleanup body, string text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return null;
        }

        if (Date().IsMatch(text.Trim()))
        {
            // Some layouts print the date above the meeting ("15 December 2022" / "54th plenary meeting").
            if (body.PeekTexts(1) is [var below] && Meeting().Match(below.Text.Trim()) is { Success: true } under && !under.Groups["date"].Success)
            {
                body.Skip(1);
                return under.Groups["meeting"].Value;
            }

            return null;
        }

        if (Meeting().Match(text.Trim()) is not { Success: true } meeting)
        {
            return null;
        }

        if (!meeting.Groups["date"].Success && body.PeekTexts(1) is [var next] && Date().IsMatch(next.Text))
        {
            body.Skip(1);
        }

        return meeting.Groups["meeting"].Value;
    }

    [GeneratedRegex(@"^(?<meeting>\d{1,4}(?:st|nd|rd|th) (?:\(?resumed\)? )?plenary meeting)(?:\s+(?<date>\d{1,2} [A-Z][a-z]+ \d{4}))?$")]
    private static partial Regex Meeting();

    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$")]
    private static partial Regex Date();
}
