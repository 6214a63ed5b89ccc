using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live.Presence;

namespace Drafting.Api.Hubs;

/// <summary>
/// What <c>JoinResolution</c> returns: the resolution, the seq it is current at, who is there, and the presenceSeq that
/// list is current at (<c>PresenceChanged</c> deltas numbered after it follow).
/// </summary>
public sealed record JoinSnapshot(ResolutionDto Resolution, long Seq, IReadOnlyList<PresenceEntry> Presence, long PresenceSeq);

/// <summary>A clause edit sent through the hub.</summary>
public sealed record EditClauseCommand(Guid ResolutionId, string? ClauseId, int? BaseVersion, string? Text, string? OpId);
