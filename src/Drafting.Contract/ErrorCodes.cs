namespace Drafting.Contract;

/// <summary>
/// Stable, machine-readable codes on every error: the <c>code</c> extension of a REST ProblemDetails and the
/// prefix of a hub error (<c>"frozen: The draft is in blue…"</c>). Clients match these, never the prose,
/// which may be reworded.
/// </summary>
public static class ErrorCodes
{
    /// <summary>400: the request is malformed or a field is missing or out of range.</summary>
    public const string InvalidRequest = "invalid-request";

    /// <summary>401: not signed in, or the token expired.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>403: the caller takes no part in this resolution.</summary>
    public const string NotParticipant = "not-participant";

    /// <summary>403: the caller's role on this resolution does not allow this.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>404: no such resolution, clause, comment, revision or account.</summary>
    public const string NotFound = "not-found";

    /// <summary>403: the request came from a page of another origin, or without the header a page of ours sends.</summary>
    public const string CrossSite = "cross-site";

    /// <summary>409: the edit overlaps changes made since its base version; the current text is returned.</summary>
    public const string EditConflict = "edit-conflict";

    /// <summary>409: the stage of the draft does not let this caller change it (in blue, adopted, withdrawn…).</summary>
    public const string Frozen = "frozen";

    /// <summary>409: the draft cannot move to that stage from where it is, or not by this role.</summary>
    public const string InvalidTransition = "invalid-transition";

    /// <summary>409: the quoted text is no longer in the clause; select it again.</summary>
    public const string QuoteNotFound = "quote-not-found";

    /// <summary>409: the change would leave the resolution without a pen-holder.</summary>
    public const string PenholderNeeded = "penholder-needed";

    /// <summary>409: the proposal was made on an older text: accept it as the text it gives now, read from its preview (<c>expectedText</c>).</summary>
    public const string PreviewRequired = "preview-required";

    /// <summary>409: the state of the resolution does not allow this now (a generic conflict).</summary>
    public const string Conflict = "conflict";

    /// <summary>409: the resolution is in proposals mode: only the pen-holder edits; propose the change instead.</summary>
    public const string ProposalsOnly = "proposals-only";

    /// <summary>413: the request body is too large.</summary>
    public const string TooLarge = "too-large";

    /// <summary>429: too many requests; retry after the time the response names.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>503: the database or the message bus cannot be reached; nothing was stored; retry with the same opId.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>500: an unexpected failure; nothing is known to have been stored.</summary>
    public const string ServerError = "server-error";

    /// <summary>Every code.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        // Every code declared above, read from the declarations so that a new code cannot be left out of the list.
        .. typeof(ErrorCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    /// <summary>The hub error text for <paramref name="code"/>: the code, a colon, the message.</summary>
    public static string HubMessage(string code, string message) => $"{code}: {message}";

    /// <summary>
    /// The code at the start of a hub error message (SignalR prefixes it with "… HubException: "), or null
    /// when the message carries none.
    /// </summary>
    public static string? FromHubMessage(string? message)
    {
        if (message is null)
        {
            return null;
        }

        const string marker = "HubException: ";
        var start = message.LastIndexOf(marker, StringComparison.Ordinal);
        var text = start < 0 ? message : message[(start + marker.Length)..];
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && All.Contains(text[..colon]) ? text[..colon] : null;
    }
}
