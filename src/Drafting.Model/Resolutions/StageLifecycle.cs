namespace Drafting.Model.Resolutions;

/// <summary>
/// The life of a draft: negotiated (draft) → in blue → adopted or not adopted; withdrawn by its sponsors
/// before the vote. A draft in blue can go back to negotiation; the outcomes of a vote and a withdrawal are final.
/// </summary>
public static class StageLifecycle
{
    /// <summary>The stages a draft at <paramref name="from"/> can move to.</summary>
    public static IReadOnlyList<Stage> Next(Stage from) => from switch
    {
        Stage.Draft => [Stage.InBlue, Stage.Withdrawn],
        Stage.InBlue => [Stage.Draft, Stage.Adopted, Stage.NotAdopted, Stage.Withdrawn],
        _ => [],
    };

    /// <summary>Whether a draft at <paramref name="from"/> can move to <paramref name="to"/>.</summary>
    public static bool CanMove(Stage from, Stage to) => Next(from).Contains(to);

    /// <summary>Whether the stage is an end: adopted, not adopted or withdrawn. The text never changes again.</summary>
    public static bool IsFinal(Stage stage) => stage is Stage.Adopted or Stage.NotAdopted or Stage.Withdrawn;

    /// <summary>
    /// What a final stage says to the business it closes (open proposals, a running silence): "The resolution was
    /// adopted."; null for a stage that closes nothing.
    /// </summary>
    public static string? Closing(Stage stage) => stage switch
    {
        Stage.Adopted => "The resolution was adopted.",
        Stage.NotAdopted => "The draft was put to the vote and not adopted.",
        Stage.Withdrawn => "The draft was withdrawn.",
        _ => null,
    };
}
