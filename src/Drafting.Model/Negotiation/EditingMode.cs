namespace Drafting.Model.Negotiation;

/// <summary>Who changes a resolution's text directly.</summary>
public enum EditingMode
{
    /// <summary>Drafters and the pen-holder edit the text directly (co-editing).</summary>
    Open,

    /// <summary>Only the pen-holder edits the text; the other delegations propose changes.</summary>
    Proposals,
}

/// <summary>The negotiation state beside a resolution's text: who edits directly, and the silence that may be running.</summary>
/// <param name="Mode">Open co-editing or proposals.</param>
/// <param name="Silence">The silence procedure last started that is still running as stored (its deadline may have come).</param>
public sealed record NegotiationState(EditingMode Mode, Silence? Silence);
