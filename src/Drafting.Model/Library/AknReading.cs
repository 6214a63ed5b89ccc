namespace Drafting.Model.Library;

/// <summary>The outcome of reading one Akoma Ntoso file: the adopted text, or why the file was refused.</summary>
public sealed record AknReading
{
    private AknReading(AdoptedText? text, string? refusal)
    {
        Text = text;
        Refusal = refusal;
    }

    /// <summary>The adopted text; null when refused.</summary>
    public AdoptedText? Text { get; }

    /// <summary>Why the file was refused, worded for the person who sent it; null when read.</summary>
    public string? Refusal { get; }

    /// <summary>A file read.</summary>
    public static AknReading Read(AdoptedText text) => new(text, null);

    /// <summary>A file refused with <paramref name="reason"/>.</summary>
    public static AknReading Refused(string reason) => new(null, reason);
}
