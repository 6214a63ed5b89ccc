namespace Drafting.Model.Resolutions;

/// <summary>Why a change or a request was refused, in words a user can act on.</summary>
public sealed record Refusal
{
    /// <summary>A refusal of <paramref name="kind"/> saying <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The message is empty.</exception>
    public Refusal(RefusalKind kind, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
    }

    /// <summary>What kind of refusal it is; the API maps it to a status code and an error code.</summary>
    public RefusalKind Kind { get; }

    /// <summary>What was refused and why, for the user.</summary>
    public string Message { get; }

    /// <summary>A refusal of a malformed or out-of-range request.</summary>
    public static Refusal Invalid(string message) => new(RefusalKind.Invalid, message);

    /// <summary>A refusal because the thing named does not exist.</summary>
    public static Refusal NotFound(string message) => new(RefusalKind.NotFound, message);
}

/// <summary>The kinds of <see cref="Refusal"/>.</summary>
public enum RefusalKind
{
    /// <summary>The request is malformed or out of range.</summary>
    Invalid,

    /// <summary>The resolution, clause, comment or revision does not exist.</summary>
    NotFound,

    /// <summary>The caller takes no part in the resolution.</summary>
    NotParticipant,

    /// <summary>The caller's role does not allow it.</summary>
    Forbidden,

    /// <summary>The stage of the draft does not let the caller change its text.</summary>
    Frozen,

    /// <summary>A stale edit overlaps changes made since its base.</summary>
    EditConflict,

    /// <summary>The draft cannot move to that stage from here, or not by this role.</summary>
    InvalidTransition,

    /// <summary>The quoted text is no longer in the clause.</summary>
    QuoteNotFound,

    /// <summary>The change would leave the resolution without a pen-holder.</summary>
    PenholderNeeded,

    /// <summary>A proposal made on an older text is accepted only as the text it gives now, seen first (its preview).</summary>
    PreviewRequired,

    /// <summary>The state of the resolution does not allow it now.</summary>
    Conflict,

    /// <summary>The resolution is in proposals mode: the caller proposes instead of editing.</summary>
    ProposalsOnly,
}
