namespace Drafting.Model.Resolutions;

/// <summary>A published revision: an immutable snapshot of the whole resolution with its number and label.</summary>
public sealed class Revision
{
    /// <summary>Creates a revision.</summary>
    /// <exception cref="ArgumentException">The number is negative or the label blank or longer than 100 characters.</exception>
    public Revision(int number, string label, Resolution resolution, string publishedBy, DateTimeOffset publishedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(resolution);
        if (label.Trim().Length > 100)
        {
            throw new ArgumentException("A revision label has at most 100 characters.", nameof(label));
        }

        Number = number;
        Label = label.Trim();
        Resolution = resolution;
        PublishedBy = publishedBy ?? "";
        PublishedAt = publishedAt;
    }

    /// <summary>0 for the zero draft, then 1, 2 … for Rev.1, Rev.2 ….</summary>
    public int Number { get; }

    /// <summary>How the revision is called, e.g. "Zero draft", "Rev.1".</summary>
    public string Label { get; }

    /// <summary>The text and sponsors as published.</summary>
    public Resolution Resolution { get; }

    /// <summary>Who published it.</summary>
    public string PublishedBy { get; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset PublishedAt { get; }

    /// <summary>The label a revision gets when none is given: "Zero draft", then "Rev.1", "Rev.2" ….</summary>
    public static string DefaultLabel(int number) => number == 0 ? "Zero draft" : $"Rev.{number}";
}
