using Drafting.Model.Resolutions;

namespace Drafting.Model.Participants;

/// <summary>
/// When the text may no longer change: never once the stage is final (<see cref="StageLifecycle.IsFinal"/>);
/// in blue only by the pen-holder, who then publishes a new revision. The one place this rule lives.
/// </summary>
public static class TextFreeze
{
    /// <summary>Why <paramref name="role"/> may not change the text at <paramref name="stage"/>, or null when it may.</summary>
    public static Refusal? Refusal(Stage stage, ParticipantRole role) => stage switch
    {
        _ when StageLifecycle.IsFinal(stage) => Frozen(stage switch
        {
            Stage.Adopted => "The resolution has been adopted: its text is final.",
            Stage.NotAdopted => "The draft was put to the vote and not adopted: its text is final.",
            _ => "The draft has been withdrawn: its text is final.",
        }),
        Stage.InBlue when role != ParticipantRole.Penholder => Frozen("The draft is in blue: its text is frozen; only the pen-holder may still change it, and then publishes a new revision."),
        _ => null,
    };

    private static Refusal Frozen(string message) => new(RefusalKind.Frozen, message);
}
