using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// How a line or a paragraph looks at its edges: numbered like an operative paragraph, opening like a clause,
/// ending like one. The importer tells clauses, wraps and headings apart by these shapes alone.
/// </summary>
internal static partial class ClauseShape
{
    /// <summary>"12. …": the number of an operative paragraph, in group <c>n</c>, and the rest of the line, in group <c>rest</c>.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,3})\.(?:\s+(?<rest>.*))?$")]
    public static partial Regex OperativeNumber();

    /// <summary>Whether <paramref name="text"/> starts with an emphasis marker ("*Recalling*", "_Decides_").</summary>
    public static bool StartsWithEmphasis(string text) => text.StartsWith('*') || text.StartsWith('_');

    /// <summary>
    /// Whether <paramref name="text"/> opens like a clause: with emphasis, as drafts set their opening phrase, or with
    /// an opening phrase known for <paramref name="phraseKind"/> (<see cref="ClauseKind.SubParagraph"/> takes any).
    /// </summary>
    public static bool OpensLikeClause(string text, OpeningPhrases phrases, ClauseKind phraseKind) =>
        StartsWithEmphasis(text) || phrases.Match(phraseKind, text) is not null;

    /// <summary>
    /// Whether <paramref name="text"/> ends with the punctuation that closes a clause: , ; : . ! or ?.
    /// With <paramref name="lookPastClosers"/>, trailing white space, a footnote marker after the punctuation
    /// ("…the Convention,1" or "…the Convention,[^1]") and closing quotes, brackets and emphasis markers after it
    /// ("…entitled “Peace.”") are looked past; without it, only the last character counts.
    /// </summary>
    public static bool EndsWithClausePunctuation(string text, bool lookPastClosers) =>
        ClosingCharacter(text, lookPastClosers) is ',' or ';' or ':' or '.' or '!' or '?';

    /// <summary>
    /// The last character of <paramref name="text"/> that counts for its punctuation, looking past what
    /// <see cref="EndsWithClausePunctuation"/> looks past; null when the text is empty.
    /// </summary>
    public static char? ClosingCharacter(string text, bool lookPastClosers)
    {
        if (lookPastClosers)
        {
            text = TrailingFootnoteMarker().Replace(text.TrimEnd(), "").TrimEnd('"', '\u201D', '\u2019', '*', '_', ')', ']');
        }

        return text.Length > 0 ? text[^1] : null;
    }

    [GeneratedRegex(@"(?<=[,;:.])(?:\d{1,2}|\[\^\d{1,3}\])$")]
    private static partial Regex TrailingFootnoteMarker();
}
