using System.Collections.Immutable;

namespace Drafting.Model.Resolutions;

/// <summary>
/// One paragraph of a resolution: a preambular or operative paragraph or a sub-paragraph.
/// Immutable; its number or label is derived from its position, never stored.
/// </summary>
public sealed class Clause
{
    /// <summary>The longest clause text accepted, in characters.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Creates a clause.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="kind">Preambular, operative or sub-paragraph.</param>
    /// <param name="text">The full plain text, opening phrase included.</param>
    /// <param name="opening">The italic opening phrase; it must be the start of <paramref name="text"/>.</param>
    /// <param name="subParagraphs">The sub-paragraphs, in order; never on a preambular paragraph.</param>
    /// <param name="subParagraphStyle">How <paramref name="subParagraphs"/> are labelled.</param>
    /// <param name="version">Starts at 1 and is incremented by every change of the text.</param>
    /// <param name="notes">Footnotes, each at an offset within <paramref name="text"/>.</param>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public Clause(
        ClauseId id,
        ClauseKind kind,
        string text,
        string? opening = null,
        IEnumerable<Clause>? subParagraphs = null,
        LabelStyle? subParagraphStyle = null,
        int version = 1,
        IEnumerable<Note>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"A clause holds at most {MaxTextLength:N0} characters; this one has {text.Length:N0}.", nameof(text));
        }

        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("A clause is one paragraph: its text holds no line break.", nameof(text));
        }

        if (text != text.Trim())
        {
            throw new ArgumentException("A clause's text neither starts nor ends with white space.", nameof(text));
        }

        if (string.IsNullOrEmpty(opening))
        {
            opening = null;
        }
        else if (!text.StartsWith(opening, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The opening phrase '{opening}' must start the text.", nameof(opening));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        var children = subParagraphs?.ToImmutableArray() ?? [];
        if (kind == ClauseKind.Preambular && children.Length > 0)
        {
            throw new ArgumentException("Preambular paragraphs have no sub-paragraphs.", nameof(subParagraphs));
        }

        if (children.Any(c => c.Kind != ClauseKind.SubParagraph))
        {
            throw new ArgumentException("Only sub-paragraphs can be nested in a clause.", nameof(subParagraphs));
        }

        if (text.Length == 0 && children.Length == 0)
        {
            throw new ArgumentException("A clause without sub-paragraphs needs text.", nameof(text));
        }

        var footnotes = notes?.OrderBy(n => n.Offset).ToImmutableArray() ?? [];
        if (footnotes.Any(n => n.Offset > text.Length))
        {
            throw new ArgumentException("A footnote's offset lies within the clause text.", nameof(notes));
        }

        Id = id;
        Kind = kind;
        Notes = footnotes;
        Text = text;
        Opening = opening;
        SubParagraphs = children;
        SubParagraphStyle = children.Length == 0 ? null : subParagraphStyle ?? LabelStyle.LetterInParentheses;
        Version = version;
    }

    /// <summary>The stable id.</summary>
    public ClauseId Id { get; }

    /// <summary>Preambular, operative or sub-paragraph.</summary>
    public ClauseKind Kind { get; }

    /// <summary>The full plain text, opening phrase included. Empty only for an operative paragraph that is nothing but its sub-paragraphs.</summary>
    public string Text { get; }

    /// <summary>The italic opening phrase ("Recalling further", "Strongly condemns"), or null when there is none.</summary>
    public string? Opening { get; }

    /// <summary>The text after the opening phrase (the whole text when there is none).</summary>
    public string TextAfterOpening => Opening is null ? Text : Text[Opening.Length..];

    /// <summary>The sub-paragraphs, in order.</summary>
    public ImmutableArray<Clause> SubParagraphs { get; }

    /// <summary>How the sub-paragraphs are labelled; null when there are none.</summary>
    public LabelStyle? SubParagraphStyle { get; }

    /// <summary>Starts at 1 and is incremented by every change of the text.</summary>
    public int Version { get; }

    /// <summary>The footnotes, ordered by offset.</summary>
    public ImmutableArray<Note> Notes { get; }

    /// <summary>This clause with a new text and opening, one version later; each footnote stays after the word it followed.</summary>
    public Clause WithText(string text, string? opening)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(Id, Kind, text, opening, SubParagraphs, SubParagraphStyle, Version + 1, CarryNotes(text));
    }

    /// <summary>The notes of this clause placed in <paramref name="text"/>, an edit of <see cref="Text"/>.</summary>
    private IEnumerable<Note> CarryNotes(string text)
    {
        if (Notes.IsEmpty)
        {
            return Notes;
        }

        var offsets = Diff.TextPositions.Carry(Text, text, [.. Notes.Select(n => n.Offset)]);
        return Notes.Select((note, i) => note.Offset == offsets[i] ? note : new Note(offsets[i], note.Text));
    }

    /// <summary>This clause with other sub-paragraphs; the version of the text is unchanged.</summary>
    public Clause WithSubParagraphs(IEnumerable<Clause> subParagraphs, LabelStyle? style = null) =>
        new(Id, Kind, Text, Opening, subParagraphs, style ?? SubParagraphStyle, Version, Notes);

    /// <summary>This clause and all its sub-paragraphs, depth first.</summary>
    public IEnumerable<Clause> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in SubParagraphs)
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
