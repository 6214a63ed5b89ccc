using Drafting.Contract;
using Drafting.Model.Participants;

namespace Drafting.Api.Live.Presence;

/// <summary>One person's change in a <see cref="PresenceDelta"/>: fields a kind does not need are left out of the JSON.</summary>
public sealed record PresenceChange(string Kind, string UserId, string? DisplayName = null, string? Organization = null, ParticipantRole? Role = null, string? ClauseId = null)
{
    /// <summary>An arrival or changed entry.</summary>
    public static PresenceChange Joined(PresenceEntry entry) => new(PresenceChangeKinds.Joined, entry.UserId, entry.DisplayName, entry.Organization, entry.Role, entry.ClauseId);

    /// <summary>A departure.</summary>
    public static PresenceChange Left(string userId) => new(PresenceChangeKinds.Left, userId);

    /// <summary>A move to <paramref name="clauseId"/> (null: no clause).</summary>
    public static PresenceChange Focus(string userId, string? clauseId) => new(PresenceChangeKinds.Focus, userId, ClauseId: clauseId);
}

/// <summary>
/// The presence changes of one coalescing window, as <c>PresenceChanged</c> sends them. <paramref name="PresenceSeq"/> counts
/// this node's deltas for the resolution without gaps: a client applies them in order and asks for the whole list
/// (<c>GetPresence</c>) when one is missing. <paramref name="Seq"/> is the resolution's event seq when it was sent.
/// </summary>
public sealed record PresenceDelta(Guid ResolutionId, long PresenceSeq, long Seq, IReadOnlyList<PresenceChange> Changes);

/// <summary>Everyone present in a resolution as of <paramref name="PresenceSeq"/>: the join answer's list and <c>GetPresence</c>.</summary>
public sealed record PresenceSnapshot(Guid ResolutionId, long PresenceSeq, IReadOnlyList<PresenceEntry> Present);
