using System.Text.Json;
using Drafting.Contract.Events;

namespace Drafting.Client;

/// <summary>An event of a resolution's log, as the hub sends it: the same envelope live and through CatchUp.</summary>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Seq">Its gap-free position in the log.</param>
/// <param name="Type">ClauseChanged, StructureChanged, SponsorsChanged, CommentAdded, ….</param>
/// <param name="ActorId">Who made the change.</param>
/// <param name="Payload">The change itself, as stored (events stored long ago keep the shape they were written in).</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record ResolutionEvent(Guid ResolutionId, long Seq, string Type, string ActorId, JsonElement Payload, string CreatedAt)
{
    /// <summary>The payload as the contract's record of <see cref="Type"/> (<see cref="EventPayloads.Records"/>), in whichever shape it was stored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The event is not a logged type (a <c>Hidden</c> one carries nothing to read).</exception>
    public EventPayload Read() => EventPayloads.Read(Type, Payload);

    /// <summary>The payload as <typeparamref name="T"/>, the contract's record of <see cref="Type"/>.</summary>
    /// <exception cref="InvalidCastException"><typeparamref name="T"/> is not the record of <see cref="Type"/>.</exception>
    public T Read<T>() where T : EventPayload => (T)Read();
}
