using Drafting.Model.Resolutions;

namespace Drafting.Api.Storage;

/// <summary>What part of a resolution a change rewrites.</summary>
public enum ChangeScope
{
    /// <summary>The clause tree: inserted, deleted or moved clauses.</summary>
    Structure,

    /// <summary>The sponsor list.</summary>
    Sponsors,
}

/// <summary>
/// The decision a caller makes on the current resolution: either a new state to store with its event,
/// or a refusal (e.g. a stale edit) that stores nothing.
/// </summary>
/// <param name="Updated">The new state; null when the change is refused.</param>
/// <param name="Scope">What to rewrite.</param>
/// <param name="EventType">The event's type, e.g. <c>ClauseChanged</c>.</param>
/// <param name="Payload">The event's JSON payload; also what a repeated opId gets back.</param>
public sealed record ResolutionChange(Resolution? Updated, ChangeScope Scope, string EventType, string Payload)
{
    /// <summary>A refusal carrying <paramref name="payload"/> back to the caller.</summary>
    public static ResolutionChange Refused(string payload) => new(null, ChangeScope.Structure, "", payload);
}

/// <summary>How a change ended.</summary>
public enum ChangeStatus
{
    /// <summary>Stored with a new event.</summary>
    Stored,

    /// <summary>Refused by the caller's decision; nothing stored.</summary>
    Refused,

    /// <summary>The opId was seen before; the original outcome is returned and nothing changes.</summary>
    Duplicate,

    /// <summary>No such resolution.</summary>
    NotFound,
}

/// <summary>The outcome of <see cref="ResolutionStore.ChangeAsync"/>.</summary>
/// <param name="Status">How the change ended.</param>
/// <param name="Payload">The event's payload, or the refusal's.</param>
/// <param name="Seq">The event's seq; for a refusal, the seq the resolution is current at.</param>
/// <param name="Resolution">The resolution after the change, when the caller loaded it whole.</param>
/// <param name="CommentsChanged">Comments re-anchored or orphaned by the change, each logged right after it with its own seq.</param>
public sealed record ChangeResult(ChangeStatus Status, string Payload, long Seq, Resolution? Resolution, IReadOnlyList<Comments.CommentDto>? CommentsChanged = null);
