namespace Drafting.Api.Live.Presence;

/// <summary>
/// How long a node's presence outlives its last heartbeat (<c>Drafting:PresenceTtlSeconds</c>, default 15 s). A node
/// refreshes its liveness every third of that, so a node that dies has its people disappear within about TTL + TTL/3.
/// </summary>
public sealed record PresenceOptions(TimeSpan Ttl)
{
    /// <summary>How often a node renews its liveness, re-writes its entries and recomputes what it shows.</summary>
    public TimeSpan Tick => Ttl / 3;

    /// <summary>The options from configuration; a TTL under a second would expire between two heartbeats on a busy node.</summary>
    public static PresenceOptions From(IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Drafting:PresenceTtlSeconds", 15.0);
        return seconds >= 1
            ? new PresenceOptions(TimeSpan.FromSeconds(seconds))
            : throw new InvalidOperationException($"Drafting:PresenceTtlSeconds must be at least 1 (it is {seconds}).");
    }
}
