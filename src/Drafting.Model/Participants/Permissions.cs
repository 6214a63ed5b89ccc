using Drafting.Model.Resolutions;

namespace Drafting.Model.Participants;

/// <summary>Something a participant may do on a resolution.</summary>
public enum Permission
{
    /// <summary>See the text, sponsors, participants and lint.</summary>
    Read,

    /// <summary>Change clause text and structure (insert, delete, move).</summary>
    Edit,

    /// <summary>Annotate the text.</summary>
    Comment,

    /// <summary>Change the sponsor list.</summary>
    ManageSponsors,

    /// <summary>Add participants and set their roles.</summary>
    ManageParticipants,

    /// <summary>Publish revisions, set symbol and date.</summary>
    Publish,

    /// <summary>Download the document in an export format.</summary>
    Export,

    /// <summary>Move the draft through its stages (which moves, <see cref="Permissions.MayMoveStage"/> says).</summary>
    ChangeStage,

    /// <summary>Propose changes to the text, join or withdraw one's delegation's proposals.</summary>
    Propose,

    /// <summary>Accept or reject proposals; switch between open editing and proposals.</summary>
    DecideProposals,

    /// <summary>Put a published revision under silence.</summary>
    StartSilence,

    /// <summary>Take a running silence back.</summary>
    WithdrawSilence,

    /// <summary>Break a running silence with a statement.</summary>
    BreakSilence,

    /// <summary>Name the draft: set its title, symbol, session and agenda items.</summary>
    NameDraft,
}

/// <summary>
/// The one table of who may do what on a resolution (DESIGN.md, "Roles"). Every endpoint and hub
/// method asks it; this is where an observer's edit is refused.
/// </summary>
public static class Permissions
{
    /// <summary>Whether <paramref name="role"/> grants <paramref name="permission"/>.</summary>
    public static bool Allows(this ParticipantRole role, Permission permission) => role switch
    {
        ParticipantRole.Penholder => permission is not Permission.BreakSilence,
        ParticipantRole.Drafter => permission is Permission.Read or Permission.Edit or Permission.Comment or Permission.Export or Permission.Propose or Permission.BreakSilence,
        // An observer's files carry only what she reads: the text, and the comments of her audiences (the export chooses them).
        ParticipantRole.Observer => permission is Permission.Read or Permission.Comment or Permission.Export,
        ParticipantRole.Secretary => permission is Permission.Read or Permission.Publish or Permission.Export or Permission.ChangeStage or Permission.StartSilence
            or Permission.NameDraft,
        _ => false,
    };

    /// <summary>
    /// Why <paramref name="role"/> may not change the text directly in <paramref name="mode"/>, or null when it may:
    /// in proposals mode only the pen-holder edits; the others propose.
    /// </summary>
    public static Refusal? CheckDirectEdit(ParticipantRole? role, Negotiation.EditingMode mode) =>
        Check(role, Permission.Edit) ?? (mode == Negotiation.EditingMode.Proposals && role != ParticipantRole.Penholder
            ? new Refusal(RefusalKind.ProposalsOnly, "The pen-holder has put this resolution in proposals mode: only the pen-holder changes the text; propose your change instead.")
            : null);

    /// <summary>
    /// Why <paramref name="role"/> may not change the text directly now, or null when it may: the role and the editing
    /// <paramref name="mode"/> (<see cref="CheckDirectEdit(ParticipantRole?, Negotiation.EditingMode)"/>), then the stage and a
    /// running silence (<see cref="TextFreeze"/>). Edits and structure changes ask this one question.
    /// </summary>
    public static Refusal? CheckDirectEdit(ParticipantRole? role, Negotiation.EditingMode mode, Stage stage, Negotiation.Silence? silence, DateTimeOffset now) =>
        CheckDirectEdit(role, mode) ?? TextFreeze.Refusal(stage, role!.Value, silence, now);

    /// <summary>
    /// Whether <paramref name="role"/> may move a draft from <paramref name="from"/> to <paramref name="to"/>:
    /// the pen-holder makes every move; the Secretariat puts a draft in blue and records the vote.
    /// </summary>
    public static bool MayMoveStage(this ParticipantRole role, Stage from, Stage to) => role switch
    {
        ParticipantRole.Penholder => true,
        ParticipantRole.Secretary => (from, to) is (Stage.Draft, Stage.InBlue)
            or (Stage.InBlue, Stage.Adopted)
            or (Stage.InBlue, Stage.NotAdopted),
        _ => false,
    };

    /// <summary>
    /// Why a caller with <paramref name="role"/> (null: not a participant) may not do <paramref name="permission"/>,
    /// or null when they may.
    /// </summary>
    public static Refusal? Check(ParticipantRole? role, Permission permission) => role switch
    {
        null => new Refusal(RefusalKind.NotParticipant, "You do not take part in this resolution; ask its pen-holder to add you."),
        { } held when !held.Allows(permission) => new Refusal(RefusalKind.Forbidden,
            $"Your role on this resolution ({held.ToString().ToLowerInvariant()}) does not allow {Describe(permission)}."),
        _ => null,
    };

    private static string Describe(Permission permission) => permission switch
    {
        Permission.Read => "reading it",
        Permission.Edit => "editing its text",
        Permission.Comment => "commenting",
        Permission.ManageSponsors => "changing its sponsors",
        Permission.ManageParticipants => "managing its participants",
        Permission.Publish => "publishing revisions",
        Permission.Export => "exporting it",
        Permission.ChangeStage => "changing its stage",
        Permission.Propose => "proposing changes",
        Permission.DecideProposals => "deciding on proposals or the editing mode",
        Permission.StartSilence => "putting it under silence",
        Permission.WithdrawSilence => "withdrawing the silence procedure",
        Permission.BreakSilence => "breaking silence (the pen-holder withdraws it instead)",
        Permission.NameDraft => "setting its title, symbol, session or agenda items (the pen-holder and the Secretariat do)",
        _ => permission.ToString(),
    };
}
