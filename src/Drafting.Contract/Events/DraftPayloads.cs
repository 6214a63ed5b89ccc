namespace Drafting.Contract.Events;

/// <summary><see cref="EventTypes.RevisionPublished"/>: a revision was published.</summary>
/// <param name="Number">0 for the zero draft, then 1, 2 ….</param>
/// <param name="Label">"Zero draft", "Rev.1" ….</param>
/// <param name="Stage">The stage it was published at (camelCase).</param>
/// <param name="Version">The resolution's version it holds.</param>
/// <param name="Seq">The seq it was published at.</param>
/// <param name="Symbol">The draft's symbol then.</param>
/// <param name="PublishedAt">When (UTC, ISO 8601).</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="SponsorCount">How many sponsors it lists (0 in events stored before it was counted).</param>
public sealed record RevisionPublishedPayload(int Number, string Label, string Stage, int Version, long Seq, string? Symbol, string PublishedAt, PersonPayload PublishedBy, int SponsorCount = 0) : EventPayload;

/// <summary><see cref="EventTypes.StageChanged"/>: the draft moved to another stage.</summary>
/// <param name="Stage">The new stage (camelCase).</param>
/// <param name="Next">Where it can go from there.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="Version">The resolution's new version.</param>
/// <param name="Decided">The decision, when adopted or not (absent in events stored before decisions were recorded).</param>
/// <param name="Symbol">The adopted text's symbol, when given.</param>
/// <param name="Date">The date of the decision, when given.</param>
public sealed record StageChangedPayload(string Stage, IReadOnlyList<string> Next, long Seq, int Version, DecisionPayload? Decided = null, string? Symbol = null, DateOnly? Date = null) : EventPayload;

/// <summary><see cref="EventTypes.ParticipantChanged"/>: someone was added to the resolution or given another role.</summary>
/// <param name="UserId">Their account id.</param>
/// <param name="UserName">Their user name.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Organization">Their delegation.</param>
/// <param name="Role">Their role (camelCase: penholder, drafter, observer).</param>
public sealed record ParticipantChangedPayload(string UserId, string UserName, string DisplayName, string Organization, string Role) : EventPayload;

/// <summary><see cref="EventTypes.ResolutionNamed"/>: the draft's title, symbol, session or agenda items changed.</summary>
/// <param name="Title">The title.</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Session">The session.</param>
/// <param name="AgendaItems">The agenda items (absent in events stored before they were named).</param>
/// <param name="Version">The resolution's new version.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
/// <param name="Previous">The names before the change.</param>
public sealed record ResolutionNamedPayload(string? Title, string? Symbol, string? Session, IReadOnlyList<string>? AgendaItems, int Version, long Seq, ResolutionNamedPayload? Previous = null) : EventPayload;

/// <summary><see cref="EventTypes.ModeChanged"/>: the pen-holder switched between open editing and proposals.</summary>
/// <param name="Mode">open or proposals.</param>
/// <param name="Seq">0 as logged: the envelope's seq is the event's.</param>
public sealed record ModeChangedPayload(string Mode, long Seq) : EventPayload;
