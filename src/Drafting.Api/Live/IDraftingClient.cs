using Drafting.Api.Live.Presence;
using Drafting.Contract;

namespace Drafting.Api.Live;

/// <summary>
/// The events a client of <c>/hubs/drafting</c> receives: every logged event in the one envelope <see cref="LiveEvent"/>
/// (its payload the contract's record of its type, <see cref="Contract.Events.EventPayloads"/>), presence deltas and notifications.
/// </summary>
public interface IDraftingClient
{
    /// <summary>A clause's text changed.</summary>
    Task ClauseChanged(LiveEvent change);

    /// <summary>Clauses were inserted, deleted or moved.</summary>
    Task StructureChanged(LiveEvent change);

    /// <summary>The sponsor list changed.</summary>
    Task SponsorsChanged(LiveEvent change);

    /// <summary>A revision was published.</summary>
    Task RevisionPublished(LiveEvent change);

    /// <summary>The draft moved to another stage.</summary>
    Task StageChanged(LiveEvent change);

    /// <summary>Someone was added to the resolution or given another role.</summary>
    Task ParticipantChanged(LiveEvent change);

    /// <summary>The pen-holder switched between open editing and proposals.</summary>
    Task ModeChanged(LiveEvent change);

    /// <summary>A delegation proposed a change (payload: the proposal).</summary>
    Task ProposalAdded(LiveEvent change);

    /// <summary>A proposal was supported, withdrawn, accepted, rejected or superseded (payload: the proposal).</summary>
    Task ProposalChanged(LiveEvent change);

    /// <summary>A silence procedure started, was broken, withdrawn or passed (payload: the silence).</summary>
    Task SilenceChanged(LiveEvent change);

    /// <summary>The draft's title, symbol, session or agenda items changed (payload: the names).</summary>
    Task ResolutionNamed(LiveEvent change);

    /// <summary>A comment or reply was added (payload: the comment; sent to its audience only).</summary>
    Task CommentAdded(LiveEvent change);

    /// <summary>A comment was resolved, reopened, re-anchored or orphaned (payload: the comment; sent to its audience only).</summary>
    Task CommentChanged(LiveEvent change);

    /// <summary>Something needs this user (sent to their own connections only, whichever resolutions they joined).</summary>
    Task NotificationAdded(NotificationDto notification);

    /// <summary>People joined, left or moved their focus: the changes of one coalescing window, numbered by presenceSeq.</summary>
    Task PresenceChanged(PresenceDelta presence);
}
