namespace Drafting.Model.Diff;

/// <summary>Whether a stretch of text is in both versions, only the new one or only the old one.</summary>
public enum SegmentKind
{
    /// <summary>In both versions.</summary>
    Equal,

    /// <summary>Only in the new version.</summary>
    Inserted,

    /// <summary>Only in the old version.</summary>
    Deleted,
}

/// <summary>One stretch of a word diff.</summary>
/// <param name="Kind">Which versions hold the text.</param>
/// <param name="Text">The text; for <see cref="SegmentKind.Equal"/> as the new version writes it.</param>
public sealed record DiffSegment(SegmentKind Kind, string Text);
