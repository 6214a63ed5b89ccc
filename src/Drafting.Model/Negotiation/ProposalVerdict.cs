namespace Drafting.Model.Negotiation;

/// <summary>How a proposal ended: who decided it, when, why, and as what text.</summary>
/// <param name="By">Who accepted or rejected it ("Jean Dupont (France)"); null when its delegation withdrew it or it was closed.</param>
/// <param name="At">When it was decided, withdrawn or closed.</param>
/// <param name="Reason">Why it was rejected, or which stage closed it.</param>
/// <param name="AcceptedText">The text the pen-holder accepted it as, when modified; null when accepted as proposed.</param>
public sealed record ProposalVerdict(string? By, DateTimeOffset At, string? Reason = null, string? AcceptedText = null);
