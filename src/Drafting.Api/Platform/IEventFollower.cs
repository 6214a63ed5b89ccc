namespace Drafting.Api.Platform;

/// <summary>
/// Writes what a change's events bring about for others (notifications, say) inside the change's own transaction, just
/// before it commits: the consequence is stored with the change or not at all, and no store has to remember to write it.
/// </summary>
public interface IEventFollower
{
    /// <summary>Writes, inside <paramref name="transaction"/>, what <paramref name="appended"/> (the change's events, in seq order) bring about.</summary>
    Task FollowAsync(ResolutionTransaction transaction, IReadOnlyList<EventRow> appended, CancellationToken cancellationToken);
}
