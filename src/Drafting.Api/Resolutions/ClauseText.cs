using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Resolutions;

/// <summary>Checks and normalizes clause text sent by clients: plain text, one paragraph, within the size limit.</summary>
public static partial class ClauseText
{
    /// <summary>The normalized text (white space runs, line breaks included, become one space), or an error message.</summary>
    public static (string? Text, string? Error) Normalize(string? text, bool allowEmpty = false)
    {
        if (text is null)
        {
            return (null, "text is required.");
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return (null, "text holds control characters; send plain text.");
        }

        var normalized = Whitespace().Replace(text, " ").Trim();
        if (normalized.Length == 0 && !allowEmpty)
        {
            return (null, "text is empty; delete the clause instead.");
        }

        return normalized.Length > Clause.MaxTextLength
            ? (null, $"text has {normalized.Length:N0} characters; a clause holds at most {Clause.MaxTextLength:N0}.")
            : (normalized, null);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
