using System.Collections.Immutable;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Diff;

/// <summary>One clause in the comparison of two versions of a resolution, at one place in the merged order.</summary>
/// <param name="Id">The stable clause id.</param>
/// <param name="Change">What happened to the clause at this place.</param>
/// <param name="Moved">True at the new place of a clause that moved (its old place is a <see cref="ClauseChangeKind.MovedAway"/> entry).</param>
/// <param name="Old">The clause in the old version; null when inserted.</param>
/// <param name="New">The clause in the new version; null when deleted or at the old place of a move.</param>
/// <param name="Segments">The word diff of the clause's own text (sub-paragraphs excluded).</param>
/// <param name="SubParagraphs">The comparison of its sub-paragraphs, in merged order.</param>
public sealed record ClauseComparison(
    ClauseId Id,
    ClauseChangeKind Change,
    bool Moved,
    Clause? Old,
    Clause? New,
    ImmutableArray<DiffSegment> Segments,
    ImmutableArray<ClauseComparison> SubParagraphs)
{
    /// <summary>True when the clause is in the new version at this place.</summary>
    public bool InNewVersion => New is not null;

    /// <summary>True when the clause was in the old version at this place.</summary>
    public bool InOldVersion => Old is not null && (Change != ClauseChangeKind.Inserted) && !Moved;

    /// <summary>True when nothing about this clause or its sub-paragraphs changed.</summary>
    public bool IsUnchanged => Change == ClauseChangeKind.Unchanged && !Moved && SubParagraphs.All(s => s.IsUnchanged);
}
