namespace Drafting.Model.Library;

/// <summary>
/// The outcome of reading one Akoma Ntoso file: the adopted texts it holds (one, or each part of a resolution in parts,
/// "A/RES/75/101 A" and "B"), or why the file was refused.
/// </summary>
public sealed record AknReading
{
    private AknReading(IReadOnlyList<AdoptedText> texts, string? refusal)
    {
        Texts = texts;
        Refusal = refusal;
    }

    /// <summary>The adopted texts, in the file's order; empty when refused.</summary>
    public IReadOnlyList<AdoptedText> Texts { get; }

    /// <summary>The adopted text of a file holding one; null when refused or when the file holds a resolution in parts (see <see cref="Texts"/>).</summary>
    public AdoptedText? Text => Texts.Count == 1 ? Texts[0] : null;

    /// <summary>Why the file was refused, worded for the person who sent it; null when read.</summary>
    public string? Refusal { get; }

    /// <summary>A file read, holding <paramref name="texts"/> (at least one).</summary>
    public static AknReading Read(params IReadOnlyList<AdoptedText> texts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(texts.Count);
        return new(texts, null);
    }

    /// <summary>A file refused with <paramref name="reason"/>.</summary>
    public static AknReading Refused(string reason) => new([], reason);
}
