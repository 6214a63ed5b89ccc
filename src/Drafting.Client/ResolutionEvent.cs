using System.Text.Json;

namespace Drafting.Client;

/// <summary>An event of a resolution's log, as the hub sends it (live or through CatchUp).</summary>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Seq">Its gap-free position in the log.</param>
/// <param name="Type">ClauseChanged, StructureChanged, SponsorsChanged, CommentAdded, ….</param>
/// <param name="ActorId">Who made the change.</param>
/// <param name="Payload">The change itself.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record ResolutionEvent(Guid ResolutionId, long Seq, string Type, string ActorId, JsonElement Payload, string CreatedAt);
