namespace Drafting.Model.Negotiation;

/// <summary>What a proposal changes.</summary>
public enum ProposalKind
{
    /// <summary>A new text for a clause: the word diff against its base is what is proposed.</summary>
    Replace,

    /// <summary>A new paragraph or sub-paragraph after a given clause (or first).</summary>
    Insert,

    /// <summary>Strike a clause (with its sub-paragraphs).</summary>
    Delete,

    /// <summary>Move a clause after another of the same list (or first).</summary>
    Move,
}

/// <summary>Where a proposal stands.</summary>
public enum ProposalStatus
{
    /// <summary>Waiting for the pen-holder.</summary>
    Open,

    /// <summary>Applied to the text, as proposed or as modified by the pen-holder.</summary>
    Accepted,

    /// <summary>Not taken, with a reason the proposers see.</summary>
    Rejected,

    /// <summary>Taken back by its delegation.</summary>
    Withdrawn,

    /// <summary>Its clause (or the clause it was to follow) no longer exists.</summary>
    Superseded,

    /// <summary>Still open when the draft reached a final stage (adopted, not adopted, withdrawn): closed with it, never decided.</summary>
    Closed,
}
