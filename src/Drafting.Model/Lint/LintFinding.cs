using Drafting.Model.Resolutions;

namespace Drafting.Model.Lint;

/// <summary>How much an editorial finding matters.</summary>
public enum LintSeverity
{
    /// <summary>Worth a look; often intended.</summary>
    Info,

    /// <summary>Departs from UN editorial practice.</summary>
    Warning,

    /// <summary>Certainly wrong, e.g. an unbalanced bracket.</summary>
    Error,
}

/// <summary>One editorial finding.</summary>
/// <param name="ClauseId">The clause concerned; null for findings about the whole draft (sponsors).</param>
/// <param name="Code">A stable code such as <c>pp-punctuation</c>.</param>
/// <param name="Message">What is wrong and what UN practice expects.</param>
/// <param name="Severity">How much it matters.</param>
public sealed record LintFinding(ClauseId? ClauseId, string Code, string Message, LintSeverity Severity);
