namespace Drafting.Model.Import;

/// <summary>How serious an import message is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something was dropped or guessed; the import went on.</summary>
    Warning,

    /// <summary>The text cannot be imported.</summary>
    Error,
}

/// <summary>A message about the imported text, pointing at the line it concerns.</summary>
/// <param name="Line">One-based line number in the text as given (0 when it concerns the whole text).</param>
/// <param name="Severity">Warning or error.</param>
/// <param name="Code">A stable, machine-readable code such as <c>empty</c> or <c>unknown-sponsor</c>.</param>
/// <param name="Message">What was found and what was done, for a person.</param>
public sealed record ImportDiagnostic(int Line, DiagnosticSeverity Severity, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"Line {Line}: {Message}" : Message;
}
