namespace Drafting.Contract.Events;

/// <summary><see cref="EventTypes.ResolutionCreated"/>: the resolution was created or imported (seq 1).</summary>
/// <param name="Change">Always <c>created</c>.</param>
/// <param name="Seq">1.</param>
/// <param name="Version">The resolution's first version.</param>
public sealed record ResolutionCreatedPayload(string Change, long Seq, int Version) : EventPayload;

/// <summary>
/// <see cref="EventTypes.ClauseChanged"/>: a clause's text changed, by an edit (<c>status</c> applied or merged) or by
/// accepting a proposal (<c>status</c> accepted or merged, with <c>change</c> replaced and who proposed and accepted it).
/// </summary>
/// <param name="Status">applied, merged or accepted.</param>
/// <param name="ClauseId">The clause.</param>
/// <param name="Version">The clause's new version.</param>
/// <param name="Text">Its new text.</param>
/// <param name="Opening">Its opening phrase, when it has one.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="By">Who edited it, when named.</param>
/// <param name="Change">replaced, for an accepted proposal.</param>
/// <param name="ProposalId">The accepted proposal.</param>
/// <param name="ProposedBy">The delegation that proposed it.</param>
/// <param name="AcceptedBy">Who accepted it.</param>
public sealed record ClauseChangedPayload(string Status, string ClauseId, int Version, string? Text, string? Opening, long Seq,
    PersonPayload? By = null, string? Change = null, Guid? ProposalId = null, string? ProposedBy = null, string? AcceptedBy = null) : EventPayload;

/// <summary>
/// <see cref="EventTypes.StructureChanged"/>: a clause was inserted, deleted or moved, directly or by accepting a
/// proposal (then with <c>status</c>, the clause's text and who proposed and accepted it).
/// </summary>
/// <param name="Change">inserted, deleted or moved.</param>
/// <param name="ClauseId">The clause.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="Version">The resolution's new version (a clause's, for an accepted replacement).</param>
/// <param name="Source">The adopted paragraph an inserted text was taken from (absent before sources were recorded).</param>
/// <param name="Status">accepted or merged, for an accepted proposal.</param>
/// <param name="Text">The clause's text, for an accepted proposal.</param>
/// <param name="Opening">Its opening phrase, for an accepted proposal.</param>
/// <param name="ProposalId">The accepted proposal.</param>
/// <param name="ProposedBy">The delegation that proposed it.</param>
/// <param name="AcceptedBy">Who accepted it.</param>
public sealed record StructureChangedPayload(string Change, string? ClauseId, long Seq, int Version, SourcePayload? Source = null,
    string? Status = null, string? Text = null, string? Opening = null, Guid? ProposalId = null, string? ProposedBy = null, string? AcceptedBy = null) : EventPayload;

/// <summary><see cref="EventTypes.SponsorsChanged"/>: the sponsor list changed (read it again from the resolution).</summary>
/// <param name="Change">Always <c>sponsors</c>.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="Version">The resolution's new version.</param>
public sealed record SponsorsChangedPayload(string Change, long Seq, int Version) : EventPayload;
