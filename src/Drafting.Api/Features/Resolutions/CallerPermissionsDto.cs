using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>
/// What the caller may do on this resolution now, so that a client offers exactly that and keeps no copy of the
/// role table: the role, the editing mode, the stage and a running silence decided it.
/// </summary>
/// <param name="Editor">The caller opens paragraphs to edit or propose at all: a drafter or pen-holder on a text its stage does not freeze for them
/// (never a final text; in blue only the pen-holder), whatever the mode and a silence now (the server says those on each edit).</param>
/// <param name="Edit">Change the text directly now (edits and structure).</param>
/// <param name="EditRefusal">Why not, in the words a refused edit would get; null when <paramref name="Edit"/>.</param>
/// <param name="Propose">Propose changes for the delegation.</param>
/// <param name="Comment">Comment and reply.</param>
/// <param name="Publish">Publish revisions.</param>
/// <param name="Export">Export (Word, HTML, AKN, Markdown) and see rendered diffs.</param>
/// <param name="ManageParticipants">Add participants, change roles, hand the pen over (the pen-holder, and a site admin whatever her role).</param>
/// <param name="ManageSponsors">Change the sponsor list.</param>
/// <param name="DecideProposals">Accept or reject proposals and switch the editing mode.</param>
/// <param name="StartSilence">Put a published revision under silence.</param>
/// <param name="BreakSilence">Break a silence with a statement.</param>
/// <param name="WithdrawSilence">Withdraw a running silence.</param>
/// <param name="Stages">The stages the caller may move the draft to from where it is.</param>
/// <param name="NameDraft">Set the title, symbol, session and agenda items.</param>
/// <param name="ResolveComments">Resolve or reopen anyone's comment thread, not only one's own (the pen-holder).</param>
/// <param name="ProposeForDelegations">Import a Word review on another delegation's behalf (the pen-holder).</param>
public sealed record CallerPermissionsDto(
    bool Editor, bool Edit, string? EditRefusal, bool Propose, bool Comment, bool Publish, bool Export, bool ManageParticipants, bool ManageSponsors,
    bool DecideProposals, bool StartSilence, bool BreakSilence, bool WithdrawSilence, IReadOnlyList<Stage> Stages, bool NameDraft = false,
    bool ResolveComments = false, bool ProposeForDelegations = false)
{
    /// <summary>
    /// The permissions of <paramref name="role"/> on a resolution at <paramref name="stage"/> in <paramref name="mode"/>;
    /// a <paramref name="siteAdmin"/> also manages participants, as the server lets her (so no resolution is left without a pen-holder).
    /// </summary>
    public static CallerPermissionsDto For(ParticipantRole role, Stage stage, EditingMode mode, Silence? silence, DateTimeOffset now, bool siteAdmin = false)
    {
        var editRefusal = Permissions.CheckDirectEdit(role, mode, stage, silence, now);
        // Business the server would refuse is not offered: a final text takes none; proposals freeze with the text
        // (in blue for all but the pen-holder, under silence for everyone); only a draft under negotiation goes under silence.
        var open = !StageLifecycle.IsFinal(stage);
        return new CallerPermissionsDto(
            role.Allows(Permission.Edit) && TextFreeze.Refusal(stage, role) is null,
            editRefusal is null,
            editRefusal?.Message,
            role.Allows(Permission.Propose) && TextFreeze.Refusal(stage, role, silence, now) is null,
            role.Allows(Permission.Comment),
            role.Allows(Permission.Publish),
            role.Allows(Permission.Export),
            role.Allows(Permission.ManageParticipants) || siteAdmin,
            role.Allows(Permission.ManageSponsors) && open,
            role.Allows(Permission.DecideProposals) && open,
            role.Allows(Permission.StartSilence) && stage == Stage.Draft,
            role.Allows(Permission.BreakSilence) && open,
            role.Allows(Permission.WithdrawSilence) && open,
            [.. StageLifecycle.Next(stage).Where(to => role.MayMoveStage(stage, to))],
            role.Allows(Permission.NameDraft),
            // The same rules CommentsApi.Update and WordReviewApi apply, stated here so the page offers what they accept.
            role == ParticipantRole.Penholder,
            role == ParticipantRole.Penholder);
    }
}

/// <summary>The model's limits a client must respect, e.g. to offer "Add sub-paragraph" only where one fits.</summary>
/// <param name="MaxSubParagraphDepth">How deep sub-paragraphs nest: (a), (i), (A), (1).</param>
/// <param name="MaxClauseLength">The longest clause text, in characters.</param>
public sealed record ModelLimitsDto(int MaxSubParagraphDepth, int MaxClauseLength)
{
    /// <summary>The limits of this server.</summary>
    public static ModelLimitsDto Current { get; } = new(Resolution.MaxDepth, Clause.MaxTextLength);
}
