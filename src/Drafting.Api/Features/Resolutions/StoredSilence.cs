using System.Globalization;
using Drafting.Contract.Events;
using Drafting.Model.Export;
using Drafting.Model.Negotiation;

namespace Drafting.Api.Features.Resolutions;

/// <summary>A silence procedure as stored.</summary>
public sealed class StoredSilence
{
    /// <summary>Its resolution.</summary>
    public string ResolutionId { get; set; } = "";

    /// <summary>Its id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The revision under silence.</summary>
    public long Revision { get; set; }

    /// <summary>The deadline (UTC, ISO 8601, so that text order is time order).</summary>
    public string UntilAt { get; set; } = "";

    /// <summary>Running, Broken, Passed, Withdrawn or Ended (enum name) as last written.</summary>
    public string Status { get; set; } = nameof(SilenceStatus.Running);

    /// <summary>Who started it.</summary>
    public string StartedBy { get; set; } = "";

    /// <summary>When.</summary>
    public string StartedAt { get; set; } = "";

    /// <summary>When it was broken, withdrawn, ended or announced as passed.</summary>
    public string? EndedAt { get; set; }

    /// <summary>Who withdrew or ended it (the pen-holder, or whoever moved the draft to a final stage); null when it passed or was broken.</summary>
    public string? EndedBy { get; set; }

    /// <summary>The starter's name, for the record (not a column: read with <see cref="SilenceStore.ListAsync"/>).</summary>
    public string? StartedByName { get; set; }

    /// <summary>The starter's organization, for the record (not a column).</summary>
    public string? StartedByOrganization { get; set; }

    /// <summary>The name of who ended it, for the record (not a column).</summary>
    public string? EndedByName { get; set; }

    /// <summary>The organization of who ended it, for the record (not a column).</summary>
    public string? EndedByOrganization { get; set; }

    /// <summary>The breaks, in order (not a column).</summary>
    public List<StoredSilenceBreak> Breaks { get; } = [];

    /// <summary>The seq of the event that last stored it (not a column).</summary>
    public long Seq { get; set; }

    /// <summary>The deadline.</summary>
    public DateTimeOffset Until => DateTimeOffset.Parse(UntilAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>The silence as the model sees it.</summary>
    public Silence ToModel() => new(
        Guid.Parse(Id), (int)Revision, Until, Enum.Parse<SilenceStatus>(Status),
        Breaks.Select(b => new SilenceBreak(b.Organization, b.Statement, DateTimeOffset.Parse(b.BrokenAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal))));

    /// <summary>The silence as the record keeps it, with who started and ended it (read with <see cref="SilenceStore.ListAsync"/>).</summary>
    public RecordedSilence ToRecorded() => new(
        ToModel(), ParseTime(StartedAt), Delegation(StartedByOrganization, StartedByName) ?? StartedBy,
        EndedAt is null ? null : ParseTime(EndedAt), EndedBy is null ? null : Delegation(EndedByOrganization, EndedByName) ?? EndedBy);

    /// <summary>A delegation by its organization; a secretary without one by name.</summary>
    private static string? Delegation(string? organization, string? name) =>
        string.IsNullOrWhiteSpace(organization) ? (string.IsNullOrWhiteSpace(name) ? null : name) : organization;

    private static DateTimeOffset ParseTime(string at) =>
        DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

/// <summary>A delegation's break of silence as stored.</summary>
public sealed class StoredSilenceBreak
{
    /// <summary>The silence broken.</summary>
    public string SilenceId { get; set; } = "";

    /// <summary>The delegation.</summary>
    public string Organization { get; set; } = "";

    /// <summary>Who, for the delegation.</summary>
    public string UserId { get; set; } = "";

    /// <summary>Their statement.</summary>
    public string Statement { get; set; } = "";

    /// <summary>When (UTC, ISO 8601).</summary>
    public string BrokenAt { get; set; } = "";

    /// <summary>The name of who broke it for the delegation (not a column: read with <see cref="SilenceStore.ListAsync"/>).</summary>
    public string? ByName { get; set; }
}

/// <summary>The payload of a silence's <c>SilenceChanged</c> event, as the negotiation feature shapes it.</summary>
/// <param name="silence">The silence as stored, with its breaks.</param>
/// <param name="now">When the event is written: the status is decided from the deadline at that moment.</param>
/// <returns>The JSON payload to log.</returns>
public delegate SilenceChangedPayload SilenceEventPayload(StoredSilence silence, DateTimeOffset now);
