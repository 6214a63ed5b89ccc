namespace Drafting.Api.Live;

/// <summary>Something more to send once an event has gone to its resolution's group, such as the notifications it wrote.</summary>
public interface ILiveFollower
{
    /// <summary>Sends what follows the event stored at <paramref name="seq"/> of type <paramref name="type"/>; a failure is logged, never thrown at the writer.</summary>
    Task PublishedAsync(Guid resolutionId, long seq, string type);
}
