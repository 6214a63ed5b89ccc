using System.Text.Json;

namespace Drafting.Api.Live;

/// <summary>One event of a resolution's log as clients receive it, live or through <c>CatchUp</c>.</summary>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Seq">Its position in the resolution's log; gap-free, so a client that sees a gap catches up.</param>
/// <param name="Type">ClauseChanged, StructureChanged, SponsorsChanged, CommentAdded, CommentChanged, ParticipantChanged, ResolutionCreated, RevisionPublished; <c>Hidden</c> in a catch-up for an event the caller may not see.</param>
/// <param name="ActorId">Who made the change.</param>
/// <param name="Payload">The change itself, e.g. <c>{status, clauseId, version, text, opening}</c>.</param>
/// <param name="CreatedAt">When it was stored (UTC, ISO 8601).</param>
public sealed record LiveEvent(Guid ResolutionId, long Seq, string Type, string ActorId, JsonElement Payload, string CreatedAt)
{
    /// <summary>The event for a payload as stored in the log.</summary>
    public static LiveEvent From(Guid resolutionId, long seq, string type, string actorId, string payload, string createdAt)
    {
        using var document = JsonDocument.Parse(payload);
        return new LiveEvent(resolutionId, seq, type, actorId, document.RootElement.Clone(), createdAt);
    }

    /// <summary>The stand-in for an event the caller may not see: its seq and time, nothing of its content.</summary>
    public static LiveEvent Hidden(LiveEvent change) => From(change.ResolutionId, change.Seq, "Hidden", "", "{}", change.CreatedAt);
}

/// <summary>What <c>JoinResolution</c> returns: the resolution, the seq it is current at, and who is there.</summary>
public sealed record JoinSnapshot(Resolutions.ResolutionDto Resolution, long Seq, IReadOnlyList<PresenceEntry> Presence);

/// <summary>A clause edit sent through the hub.</summary>
public sealed record EditClauseCommand(Guid ResolutionId, string? ClauseId, int? BaseVersion, string? Text, string? OpId);
