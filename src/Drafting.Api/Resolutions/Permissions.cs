namespace Drafting.Api.Resolutions;

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
        ParticipantRole.Penholder => true,
        ParticipantRole.Drafter => permission is Permission.Read or Permission.Edit or Permission.Comment or Permission.Export,
        ParticipantRole.Observer => permission is Permission.Read or Permission.Comment,
        ParticipantRole.Secretary => permission is Permission.Read or Permission.Publish or Permission.Export or Permission.ChangeStage,
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="role"/> may move a draft from <paramref name="from"/> to <paramref name="to"/>:
    /// the pen-holder makes every move; the Secretariat puts a draft in blue and records the vote.
    /// </summary>
    public static bool MayMoveStage(this ParticipantRole role, Model.Resolutions.Stage from, Model.Resolutions.Stage to) => role switch
    {
        ParticipantRole.Penholder => true,
        ParticipantRole.Secretary => (from, to) is (Model.Resolutions.Stage.Draft, Model.Resolutions.Stage.InBlue)
            or (Model.Resolutions.Stage.InBlue, Model.Resolutions.Stage.Adopted)
            or (Model.Resolutions.Stage.InBlue, Model.Resolutions.Stage.NotAdopted),
        _ => false,
    };
}
