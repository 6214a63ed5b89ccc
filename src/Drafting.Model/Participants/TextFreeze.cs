using System.Globalization;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Participants;

/// <summary>
/// When the text may no longer change: never once the stage is final (<see cref="StageLifecycle.IsFinal"/>);
/// in blue only by the pen-holder, who then publishes a new revision; under a running silence by nobody (text
/// and proposals alike). The one place this rule lives.
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

    /// <summary>
    /// As <see cref="Refusal(Stage, ParticipantRole)"/>, and frozen for everyone while <paramref name="silence"/> runs
    /// at <paramref name="now"/>: the deadline decides, whether or not its end has been announced yet.
    /// </summary>
    public static Refusal? Refusal(Stage stage, ParticipantRole role, Silence? silence, DateTimeOffset now) =>
        Refusal(stage, role) ?? (silence is { } running && running.FreezesAt(now)
            ? Frozen(string.Create(CultureInfo.InvariantCulture, $"Revision {running.Revision} is under silence until {running.Until:yyyy-MM-dd HH:mm} UTC: the text and proposals are frozen. A delegation may break silence; the pen-holder may withdraw it."))
            : null);

    private static Refusal Frozen(string message) => new(RefusalKind.Frozen, message);
}
