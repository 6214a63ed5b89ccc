namespace Drafting.Model.Resolutions;

/// <summary>
/// A footnote on a clause ("United Nations, Treaty Series, vol. 1833, No. 31363."), anchored after the character at
/// <see cref="Offset"/> of the clause text, where the printed document shows its marker. Immutable.
/// </summary>
public sealed class Note
{
    /// <summary>The longest footnote text accepted, in characters.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>Creates a note.</summary>
    /// <param name="offset">Where the marker stands in the clause text: 0 before the first character, the text length after the last.</param>
    /// <param name="text">The footnote text: one trimmed line, not empty.</param>
    /// <exception cref="ArgumentException">The offset is negative or the text empty, too long, untrimmed or broken into lines.</exception>
    public Note(int offset, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > MaxTextLength || text != text.Trim() || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A footnote is one trimmed line of at most {MaxTextLength} characters.", nameof(text));
        }

        Offset = offset;
        Text = text;
    }

    /// <summary>Where the marker stands in the clause text.</summary>
    public int Offset { get; }

    /// <summary>The footnote text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
