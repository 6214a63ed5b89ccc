namespace Drafting.Api.Live.Presence;

/// <summary>
/// Presence settings. <see cref="Window"/> (<c>Drafting:PresenceWindowMilliseconds</c>, default 150 ms): how long changes
/// are gathered before one <c>PresenceChanged</c> delta carries them all. <see cref="Ttl"/> (<c>Drafting:PresenceTtlSeconds</c>,
/// default 15 s, with Redis): how long a node's presence outlives its last heartbeat; a node refreshes its liveness every
/// third of that, so a node that dies has its people disappear within about TTL + TTL/3.
/// </summary>
public sealed record PresenceOptions(TimeSpan Ttl, TimeSpan Window)
{
    /// <summary>How often a node renews its liveness, re-writes its entries and re-reads the other nodes'.</summary>
    public TimeSpan Tick => Ttl / 3;

    /// <summary>The options from configuration; a TTL under a second would expire between two heartbeats on a busy node.</summary>
    public static PresenceOptions From(IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Drafting:PresenceTtlSeconds", 15.0);
        var window = configuration.GetValue("Drafting:PresenceWindowMilliseconds", 150.0);
        if (seconds < 1)
        {
            throw new InvalidOperationException($"Drafting:PresenceTtlSeconds must be at least 1 (it is {seconds}).");
        }

        return window is >= 1 and <= 5000
            ? new PresenceOptions(TimeSpan.FromSeconds(seconds), TimeSpan.FromMilliseconds(window))
            : throw new InvalidOperationException($"Drafting:PresenceWindowMilliseconds must be between 1 and 5000 (it is {window}).");
    }
}
