using System.Text.RegularExpressions;
using Drafting.Api.Platform;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Clauses;

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

    /// <summary>Checks the parts of a clause edit that REST and hub share: the text, <c>baseVersion</c> and <c>opId</c>.</summary>
    public static (string? Text, string? Error) CheckEdit(string? text, int? baseVersion, string? opId)
    {
        var (normalized, error) = Normalize(text, allowEmpty: true);
        error ??= baseVersion is null ? "baseVersion is required: the clause version your edit starts from." : OpIdError(opId);
        return error is null ? (normalized, null) : (null, error);
    }

    /// <summary>The error for an unusable client operation id, or null (none at all is fine: the change is then not replayable).</summary>
    public static string? OpIdError(string? opId) => EventLog.OpIdError(opId);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
