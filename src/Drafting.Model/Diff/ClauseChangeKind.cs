namespace Drafting.Model.Diff;

/// <summary>What happened to a clause between two versions of a resolution.</summary>
public enum ClauseChangeKind
{
    /// <summary>Same text (white space aside), whatever its number now.</summary>
    Unchanged,

    /// <summary>The text changed.</summary>
    Modified,

    /// <summary>New in the later version.</summary>
    Inserted,

    /// <summary>Gone from the later version.</summary>
    Deleted,

    /// <summary>The old place of a clause that moved: the clause itself appears at its new place, marked <see cref="ClauseComparison.Moved"/>.</summary>
    MovedAway,
}
