namespace Drafting.Contract;

/// <summary>
/// Something that needs the reader (<c>GET /api/notifications</c>, hub method <see cref="HubMethods.NotificationAdded"/>): a silence started,
/// broken or ended, a revision published, a proposal waiting for the pen-holder, the reader's delegation's proposal
/// accepted or rejected.
/// </summary>
/// <param name="Id">Increasing per server: send the newest one read as <c>upTo</c> to mark it and every older one read.</param>
/// <param name="ResolutionId">The resolution it is about.</param>
/// <param name="Resolution">The resolution as the list names it: symbol, title or organ.</param>
/// <param name="Seq">The seq of the event it tells of.</param>
/// <param name="Kind">silenceStarted, silenceBroken, silenceEnded, revisionPublished, proposalWaiting, proposalAccepted or proposalRejected.</param>
/// <param name="Summary">One sentence for the reader.</param>
/// <param name="CreatedAt">When it happened (UTC, ISO 8601).</param>
/// <param name="Read">Whether its reader marked it read.</param>
public sealed record NotificationDto(long Id, Guid ResolutionId, string Resolution, long Seq, string Kind, string Summary, string CreatedAt, bool Read);
