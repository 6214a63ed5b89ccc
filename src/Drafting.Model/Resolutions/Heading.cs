namespace Drafting.Model.Resolutions;

/// <summary>
/// An unnumbered heading placed before a paragraph: inside the operative part ("Assets freeze", "Mandate of the
/// Mission"), where numbering runs on across it, or in the preamble ("Current situation"). Immutable.
/// </summary>
public sealed class Heading
{
    /// <summary>The longest heading text accepted, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Creates a heading.</summary>
    /// <param name="id">The stable id; headings share the id space of clauses, so no clause may carry it too.</param>
    /// <param name="text">The heading text: one line, trimmed, not empty.</param>
    /// <param name="beforeClauseId">The preambular or operative paragraph the heading stands before.</param>
    /// <exception cref="ArgumentException">The text is empty, too long, not trimmed or holds a line break.</exception>
    public Heading(ClauseId id, string text, ClauseId beforeClauseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"A heading holds at most {MaxTextLength} characters; this one has {text.Length}.", nameof(text));
        }

        if (text != text.Trim() || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("A heading is one trimmed line of text.", nameof(text));
        }

        Id = id;
        Text = text;
        BeforeClauseId = beforeClauseId;
    }

    /// <summary>The stable id.</summary>
    public ClauseId Id { get; }

    /// <summary>The heading text, e.g. "Assets freeze".</summary>
    public string Text { get; }

    /// <summary>The id of the preambular or operative paragraph the heading stands before.</summary>
    public ClauseId BeforeClauseId { get; }

    /// <summary>This heading placed before another paragraph.</summary>
    public Heading Before(ClauseId clauseId) => new(Id, Text, clauseId);

    /// <inheritdoc />
    public override string ToString() => Text;
}
