namespace Drafting.Api.Platform;

/// <summary>One event of a resolution's log as stored.</summary>
public sealed class StoredEvent
{
    /// <summary>Its position in the resolution's log.</summary>
    public long Seq { get; set; }

    /// <summary>The client's operation id, when it sent one.</summary>
    public string? OpId { get; set; }

    /// <summary>Who made the change.</summary>
    public string ActorId { get; set; } = "";

    /// <summary>Its type (<see cref="Contract.EventTypes"/>).</summary>
    public string Type { get; set; } = "";

    /// <summary>Its JSON payload.</summary>
    public string Payload { get; set; } = "";

    /// <summary>When it was stored (UTC, ISO 8601).</summary>
    public string CreatedAt { get; set; } = "";

    /// <summary>Who may read it (a comment's visibility as stored); null when every participant may.</summary>
    public string? Visibility { get; set; }

    /// <summary>The organization a restricted event belongs to; null when every participant may read it.</summary>
    public string? Audience { get; set; }
}
