using System.Text.Json;
using Drafting.Api.Platform;
using Drafting.Contract;

namespace Drafting.Api.Live;

/// <summary>One event of a resolution's log as clients receive it, the same envelope live and through <c>CatchUp</c>, comments included.</summary>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Seq">Its position in the resolution's log; gap-free, so a client that sees a gap catches up.</param>
/// <param name="Type">One of <see cref="EventTypes"/>; <c>Hidden</c> in a catch-up for an event the caller may not see.</param>
/// <param name="ActorId">Who made the change.</param>
/// <param name="Payload">The change itself, as stored: the JSON of the contract's record of its type (<see cref="Contract.Events.EventPayloads"/>).</param>
/// <param name="CreatedAt">When it was stored (UTC, ISO 8601).</param>
public sealed record LiveEvent(Guid ResolutionId, long Seq, string Type, string ActorId, JsonElement Payload, string CreatedAt)
{
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The event as read back from the log.</summary>
    public static LiveEvent From(Guid resolutionId, StoredEvent stored)
    {
        using var document = JsonDocument.Parse(stored.Payload);
        return new LiveEvent(resolutionId, stored.Seq, stored.Type, stored.ActorId, document.RootElement.Clone(), stored.CreatedAt);
    }

    /// <summary>The stand-in for an event the caller may not see: its seq and time, nothing of its content (its payload is never read).</summary>
    public static LiveEvent Hidden(Guid resolutionId, StoredEvent stored) => new(resolutionId, stored.Seq, EventTypes.Hidden, "", Empty, stored.CreatedAt);
}
