namespace Drafting.Api.Live.Presence;

/// <summary>
/// One connection's presence with when it last joined or moved its focus (UTC ticks), so that of someone's
/// tabs, possibly on different nodes, the latest focus wins. Internal to presence: clients get <see cref="PresenceEntry"/>.
/// </summary>
public sealed record StampedPresence(PresenceEntry Entry, long Stamp);
