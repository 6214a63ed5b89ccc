using Drafting.Model.Resolutions;

namespace Drafting.Model.Export.Docx;

/// <summary>What goes into a Word export besides the resolution itself.</summary>
public sealed record DocxOptions
{
    /// <summary>An older version to show the changes against as tracked changes; null for a clean document.</summary>
    public Resolution? CompareTo { get; init; }

    /// <summary>The author of the tracked changes, e.g. the Secretariat or the pen-holder.</summary>
    public string RevisionAuthor { get; init; } = "Drafting";

    /// <summary>The date of the tracked changes.</summary>
    public DateTimeOffset RevisionDate { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>Comments to write as Word comments; empty for none.</summary>
    public IReadOnlyList<ExportComment> Comments { get; init; } = [];
}
