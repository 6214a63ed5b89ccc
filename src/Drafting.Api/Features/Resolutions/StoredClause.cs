using Drafting.Model.Negotiation;

namespace Drafting.Api.Features.Resolutions;

/// <summary>A clause as stored, without its sub-paragraphs: what a text edit needs to know.</summary>
public sealed class StoredClause
{
    /// <summary>The clause id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Its kind (enum name).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Its current text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Its opening phrase.</summary>
    public string? Opening { get; set; }

    /// <summary>Its current version.</summary>
    public long Version { get; set; }

    /// <summary>The stage of its resolution (enum name): whether its text may still change.</summary>
    public string Stage { get; set; } = "";

    /// <summary>The seq of the resolution's last event.</summary>
    public long LastSeq { get; set; }

    /// <summary>The resolution's editing mode (enum name).</summary>
    public string Mode { get; set; } = "Open";

    /// <summary>The deadline of the silence running on the resolution as stored, if any (UTC, ISO 8601).</summary>
    public string? SilenceUntil { get; set; }

    /// <summary>The revision under that silence.</summary>
    public long? SilenceRevision { get; set; }

    /// <summary>The silence running as stored, if any; its deadline decides whether it still freezes the text.</summary>
    public Silence? RunningSilence => SilenceUntil is null
        ? null
        : new Silence(Guid.Empty, (int)(SilenceRevision ?? 0), DateTimeOffset.Parse(SilenceUntil, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal), SilenceStatus.Running);

    /// <summary>The editing participant's role on the resolution (enum name); null when they take no part in it.</summary>
    public string? ActorRole { get; set; }

    /// <summary>The clause's text at the version the edit was made on; null when that version is unknown.</summary>
    public string? BaseText { get; set; }

    /// <summary>How many sub-paragraphs it has (an operative paragraph may be only its sub-paragraphs).</summary>
    public long SubParagraphs { get; set; }
}
