using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>The outcome of an import: a resolution, or errors saying what and where.</summary>
public sealed class ImportResult
{
    internal ImportResult(Resolution? resolution, IReadOnlyList<ImportDiagnostic> diagnostics)
    {
        Resolution = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : resolution;
        Diagnostics = diagnostics;
    }

    /// <summary>The imported resolution; null when the import failed.</summary>
    public Resolution? Resolution { get; }

    /// <summary>Every warning and error, in line order.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Whether a resolution was produced.</summary>
    public bool Succeeded => Resolution is not null;

    /// <summary>The errors alone.</summary>
    public IEnumerable<ImportDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The warnings alone.</summary>
    public IEnumerable<ImportDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
