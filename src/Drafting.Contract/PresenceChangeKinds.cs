namespace Drafting.Contract;

/// <summary>
/// The kinds of change in a <c>PresenceChanged</c> delta (<c>{resolutionId, presenceSeq, seq, changes: [{kind, userId, …}]}</c>).
/// Deltas carry whole states, so applying one twice changes nothing; the page mirrors these in <c>js/core/contract.js</c>.
/// </summary>
public static class PresenceChangeKinds
{
    /// <summary>Someone arrived, or their entry changed other than the clause they are on: the whole entry follows (an upsert).</summary>
    public const string Joined = "joined";

    /// <summary>Someone's last connection in the resolution left or dropped: only <c>userId</c> follows.</summary>
    public const string Left = "left";

    /// <summary>Someone moved to another clause, or to none: <c>userId</c> and <c>clauseId</c> (absent: none) follow.</summary>
    public const string Focus = "focus";

    /// <summary>Every kind; a client that meets another asks for the whole list.</summary>
    public static IReadOnlyList<string> All { get; } = [Joined, Left, Focus];
}
