namespace Drafting.Model.Participants;

/// <summary>What a person may do on one resolution.</summary>
public enum ParticipantRole
{
    /// <summary>The delegation holding the pen: everything on that resolution.</summary>
    Penholder,

    /// <summary>A co-drafting delegation: edits clauses and comments.</summary>
    Drafter,

    /// <summary>A regional organization: reads and comments, never edits.</summary>
    Observer,

    /// <summary>The Secretariat: reads, publishes revisions, sets symbol and date, exports.</summary>
    Secretary,
}
