namespace Drafting.Contract;

/// <summary>
/// The type of every event in a resolution's log, as stored, broadcast (the hub's client method of the same
/// name) and returned by <c>CatchUp</c>. The one home of these names: the server, the .NET client and the
/// page (<c>js/core/contract.js</c>, checked against this list by a test) use them; an unknown type is an error.
/// </summary>
public static class EventTypes
{
    /// <summary>The resolution was created or imported (always seq 1).</summary>
    public const string ResolutionCreated = nameof(ResolutionCreated);

    /// <summary>A clause's text changed.</summary>
    public const string ClauseChanged = nameof(ClauseChanged);

    /// <summary>A clause was inserted, deleted or moved.</summary>
    public const string StructureChanged = nameof(StructureChanged);

    /// <summary>The sponsor list changed.</summary>
    public const string SponsorsChanged = nameof(SponsorsChanged);

    /// <summary>A revision was published.</summary>
    public const string RevisionPublished = nameof(RevisionPublished);

    /// <summary>The draft moved to another stage.</summary>
    public const string StageChanged = nameof(StageChanged);

    /// <summary>A participant was added or their role changed.</summary>
    public const string ParticipantChanged = nameof(ParticipantChanged);

    /// <summary>A comment or reply was added.</summary>
    public const string CommentAdded = nameof(CommentAdded);

    /// <summary>A comment was resolved, reopened, re-anchored or orphaned.</summary>
    public const string CommentChanged = nameof(CommentChanged);

    /// <summary>The pen-holder switched between open editing and proposals.</summary>
    public const string ModeChanged = nameof(ModeChanged);

    /// <summary>A delegation proposed a change.</summary>
    public const string ProposalAdded = nameof(ProposalAdded);

    /// <summary>A proposal was supported, withdrawn, accepted, rejected or superseded.</summary>
    public const string ProposalChanged = nameof(ProposalChanged);

    /// <summary>A silence procedure started, was broken, withdrawn or passed.</summary>
    public const string SilenceChanged = nameof(SilenceChanged);

    /// <summary>The draft's title, symbol, session or agenda items changed.</summary>
    public const string ResolutionNamed = nameof(ResolutionNamed);

    /// <summary>In a catch-up only: an event the caller may not see, carrying nothing but its seq and time.</summary>
    public const string Hidden = nameof(Hidden);

    /// <summary>Every type stored in the log (<see cref="Hidden"/> is never stored).</summary>
    public static IReadOnlyList<string> Logged { get; } =
    [
        ResolutionCreated, ClauseChanged, StructureChanged, SponsorsChanged, RevisionPublished, StageChanged,
        ParticipantChanged, CommentAdded, CommentChanged, ModeChanged, ProposalAdded, ProposalChanged, SilenceChanged,
        ResolutionNamed,
    ];

    /// <summary>The types whose payload is a comment, which only its audience may see.</summary>
    public static IReadOnlyList<string> Comment { get; } = [CommentAdded, CommentChanged];

    /// <summary>Whether <paramref name="type"/> is a comment event.</summary>
    public static bool IsComment(string type) => type is CommentAdded or CommentChanged;
}
