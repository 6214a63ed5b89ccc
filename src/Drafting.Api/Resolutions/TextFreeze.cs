using Drafting.Model.Resolutions;

namespace Drafting.Api.Resolutions;

/// <summary>
/// When the text may no longer change: never after adoption, rejection or withdrawal; in blue only by the
/// pen-holder, who then publishes a new revision. The one place this rule lives.
/// </summary>
public static class TextFreeze
{
    /// <summary>Why <paramref name="role"/> may not change the text at <paramref name="stage"/>, or null when it may.</summary>
    public static string? Refusal(Stage stage, ParticipantRole role) => stage switch
    {
        Stage.Adopted => "The resolution has been adopted: its text is final.",
        Stage.NotAdopted => "The draft was put to the vote and not adopted: its text is final.",
        Stage.Withdrawn => "The draft has been withdrawn: its text is final.",
        Stage.InBlue when role != ParticipantRole.Penholder => "The draft is in blue: its text is frozen; only the pen-holder may still change it, and then publishes a new revision.",
        _ => null,
    };
}
