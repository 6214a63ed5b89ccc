using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Storage;

/// <summary>A line of the resolutions list.</summary>
public sealed class ResolutionSummary
{
    /// <summary>The resolution's id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The organ.</summary>
    public string Organ { get; set; } = "";

    /// <summary>The symbol, once assigned.</summary>
    public string? Symbol { get; set; }

    /// <summary>The title, if any.</summary>
    public string? Title { get; set; }

    /// <summary>The working code, if any.</summary>
    public string? Code { get; set; }

    /// <summary>The stage.</summary>
    public Stage Stage { get; set; }

    /// <summary>The version.</summary>
    public long Version { get; set; }

    /// <summary>The caller's role on it.</summary>
    public ParticipantRole Role { get; set; }

    /// <summary>When it last changed.</summary>
    public string UpdatedAt { get; set; } = "";
}
