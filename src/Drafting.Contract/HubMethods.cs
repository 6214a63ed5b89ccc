namespace Drafting.Contract;

/// <summary>
/// The hub's method names, listed once for every client: the page (mirrored in <c>js/core/contract.js</c>), the .NET client,
/// the server's filters and the load generator.
/// </summary>
public static class HubMethods
{
    /// <summary>Joins a resolution's live room: the snapshot of who is there and the seq to follow from.</summary>
    public const string JoinResolution = nameof(JoinResolution);

    /// <summary>Leaves a resolution's live room.</summary>
    public const string LeaveResolution = nameof(LeaveResolution);

    /// <summary>The full presence list, after a gap in the deltas.</summary>
    public const string GetPresence = nameof(GetPresence);

    /// <summary>Says which clause the caller is on (or none).</summary>
    public const string SetFocus = nameof(SetFocus);

    /// <summary>Edits a clause's text.</summary>
    public const string EditClause = nameof(EditClause);

    /// <summary>Makes a proposal for the caller's delegation.</summary>
    public const string Propose = nameof(Propose);

    /// <summary>Adds a comment.</summary>
    public const string AddComment = nameof(AddComment);

    /// <summary>The events after a seq the caller may see (others as <see cref="EventTypes.Hidden"/>).</summary>
    public const string CatchUp = nameof(CatchUp);

    /// <summary>What the server calls on clients besides the logged events: presence deltas.</summary>
    public const string PresenceChanged = nameof(PresenceChanged);

    /// <summary>What the server calls on a user's own connections: something that needs them (see <c>GET /api/notifications</c>).</summary>
    public const string NotificationAdded = nameof(NotificationAdded);

    /// <summary>Every method a client may invoke on the hub.</summary>
    public static IReadOnlyList<string> Server { get; } =
        [JoinResolution, LeaveResolution, GetPresence, SetFocus, EditClause, Propose, AddComment, CatchUp];

    /// <summary>Every method the hub calls on a client: the logged event types, presence and notifications.</summary>
    public static IReadOnlyList<string> Client { get; } = [.. EventTypes.Logged.Where(t => t != EventTypes.ResolutionCreated), PresenceChanged, NotificationAdded];
}
