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

/// <summary>Roles as they are stored and sent: the enum's name.</summary>
public static class ParticipantRoles
{
    /// <summary>The role named <paramref name="name"/>; null when there is none (the person takes no part) or it names no role.</summary>
    public static ParticipantRole? Parse(string? name) => Enum.TryParse<ParticipantRole>(name, out var role) ? role : null;
}
