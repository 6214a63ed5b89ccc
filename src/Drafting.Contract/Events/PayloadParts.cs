namespace Drafting.Contract.Events;

/// <summary>A person as events name them.</summary>
/// <param name="Id">Their account id.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Organization">Their delegation.</param>
public sealed record PersonPayload(string Id, string DisplayName, string Organization);

/// <summary>The adopted paragraph a text was taken from.</summary>
/// <param name="LibraryId">The library document.</param>
/// <param name="Paragraph">The paragraph in it ("p12").</param>
/// <param name="Symbol">The document's symbol.</param>
/// <param name="Number">The paragraph's citation ("OP 5").</param>
/// <param name="Label">As shown: "from A/RES/78/218, OP 5".</param>
public sealed record SourcePayload(Guid LibraryId, string Paragraph, string Symbol, string Number, string Label);

/// <summary>One stretch of a word diff.</summary>
/// <param name="Kind">equal, inserted or deleted.</param>
/// <param name="Text">Its words.</param>
public sealed record SegmentPayload(string Kind, string Text);

/// <summary>When the organ decided on the draft.</summary>
/// <param name="Meeting">The meeting ("8267th meeting"), when recorded.</param>
/// <param name="Date">The date.</param>
/// <param name="Vote">The vote; null: without a vote.</param>
public sealed record DecisionPayload(string? Meeting, DateOnly Date, VotePayload? Vote);

/// <summary>A recorded vote.</summary>
/// <param name="InFavour">Members in favour.</param>
/// <param name="Against">Members against.</param>
/// <param name="Abstaining">Members abstaining.</param>
public sealed record VotePayload(int? InFavour, int? Against, int? Abstaining);
