using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

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

    /// <summary>The silence running now, if any: its deadline and the revision under it.</summary>
    public RunningSilence? Silence => SilenceUntil is { } until && SilenceRevision is { } revision ? new RunningSilence(new StoredSilence { UntilAt = until }.Until.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), (int)revision) : null;

    /// <summary>How many proposals wait for a decision; only for a pen-holder, who makes it (null for the others).</summary>
    public long? ProposalsWaiting { get; set; }

    /// <summary>How many of the reader's notifications about it are unread.</summary>
    public long Unread { get; set; }

    /// <summary>The running silence's deadline as stored (read into <see cref="Silence"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? SilenceUntil { get; set; }

    /// <summary>The revision under the running silence (read into <see cref="Silence"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long? SilenceRevision { get; set; }
}

/// <summary>A silence procedure running on a draft of the list.</summary>
/// <param name="Until">Its deadline (UTC, ISO 8601).</param>
/// <param name="Revision">The revision under silence.</param>
public sealed record RunningSilence(string Until, int Revision);
