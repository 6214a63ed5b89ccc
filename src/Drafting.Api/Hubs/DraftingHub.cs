using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Negotiation;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live;
using Drafting.Api.Live.Presence;
using Drafting.Api.Platform;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Drafting.Api.Hubs;

/// <summary>
/// Live drafting at <c>/hubs/drafting</c>: join a resolution's group, edit clauses through the same
/// code path as REST, and catch up on missed events by seq. Every method checks the caller's role
/// on that resolution through <see cref="Permissions"/>.
/// </summary>
[Authorize]
public sealed class DraftingHub(ParticipantStore participants, ResolutionStore store, EventReader log, ClauseEditService editor, IPresence presence, GroupMembership groups, CommentService comments, ProposalService proposals) : Hub<IDraftingClient>
{
    /// <summary>The largest batch <see cref="CatchUp"/> returns; a client asks again from the last seq it got.</summary>
    public const int CatchUpBatch = 1000;

    /// <summary>
    /// Joins the resolution's group and returns the resolution with the seq it is current at, and everyone present with
    /// the presenceSeq that list is current at. Its cost does not grow with the crowd beyond the list itself: one role
    /// check, one read of the resolution, and presence held in memory (the others hear of the arrival in the next delta).
    /// </summary>
    public async Task<JoinSnapshot> JoinResolution(Guid resolutionId)
    {
        var role = await RequireAsync(resolutionId, Permission.Read);
        await groups.AddAsync(Groups, Context.ConnectionId, LiveBroadcaster.Group(resolutionId), Context.ConnectionAborted);
        await groups.AddAsync(Groups, Context.ConnectionId, LiveBroadcaster.OrganizationGroup(resolutionId, Organization), Context.ConnectionAborted);

        var (resolution, seq, negotiation) = await store.GetAsync(resolutionId, Context.ConnectionAborted)
            ?? throw Refusal.NotFound($"There is no resolution {resolutionId}.").ToHubException();
        var user = Context.User!;
        var present = presence.Join(resolutionId, Context.ConnectionId, new PresenceEntry(
            user.UserId().ToString(), user.DisplayName(), user.Organization(), role, null));
        return new JoinSnapshot(ResolutionDto.From(resolution, seq, role, mode: negotiation.Mode, silence: negotiation.Silence, siteAdmin: user.IsInRole(CurrentUser.AdminRole)), seq, present.Present, present.PresenceSeq);
    }

    /// <summary>Everyone present now with the presenceSeq it is current at: what a client asks for when it misses a delta.</summary>
    public async Task<PresenceSnapshot> GetPresence(Guid resolutionId)
    {
        await RequireAsync(resolutionId, Permission.Read);
        return presence.Snapshot(resolutionId);
    }

    /// <summary>Leaves the resolution's group.</summary>
    public async Task LeaveResolution(Guid resolutionId)
    {
        await groups.RemoveAsync(Groups, Context.ConnectionId, LiveBroadcaster.Group(resolutionId));
        await groups.RemoveAsync(Groups, Context.ConnectionId, LiveBroadcaster.OrganizationGroup(resolutionId, Organization));
        presence.Leave(resolutionId, Context.ConnectionId);
    }

    /// <summary>
    /// Shows others which clause the caller is on (null: none). An advisory marker, not a lock; the others see the last
    /// position of each coalescing window, however often it moved within it.
    /// </summary>
    public Task SetFocus(Guid resolutionId, string? clauseId)
    {
        if (clauseId is not null && !ClauseId.IsValid(clauseId))
        {
            throw Refusal.Invalid($"'{clauseId}' is not a clause id.").ToHubException();
        }

        return presence.Focus(resolutionId, Context.ConnectionId, clauseId)
            ? Task.CompletedTask
            : throw new Refusal(RefusalKind.Conflict, "Join the resolution before setting your focus.").ToHubException();
    }

    /// <inheritdoc />
    /// <remarks><see cref="Hub.OnDisconnectedAsync"/> itself does nothing; SignalR removes the connection from its groups.</remarks>
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Drop(Context.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>Edits a clause: applied, merged, conflict (with the current text) or duplicate.</summary>
    public async Task<EditClauseResult> EditClause(EditClauseCommand command)
    {
        if (command is null)
        {
            throw Refusal.Invalid("An edit is required: {resolutionId, clauseId, baseVersion, text, opId}.").ToHubException();
        }

        // The role is checked inside the write (the hot path of live drafting makes one database round trip).
        var (text, error) = ClauseText.CheckEdit(command.Text, command.BaseVersion, command.OpId);
        if (error is not null || !ClauseId.IsValid(command.ClauseId))
        {
            await RequireAsync(command.ResolutionId, Permission.Edit);
            throw Refusal.Invalid(error ?? $"'{command.ClauseId}' is not a clause id.").ToHubException();
        }

        var (result, refusal) = await editor.EditAsync(command.ResolutionId, Context.User!.UserId(), new ClauseId(command.ClauseId!), text!, command.BaseVersion!.Value, command.OpId, Context.ConnectionAborted);
        if (refusal?.Kind == RefusalKind.NotFound)
        {
            // Only a participant learns whether a clause exists.
            await RequireAsync(command.ResolutionId, Permission.Edit);
        }

        // A conflict is an answer, not an error: it carries the current text to merge into.
        return result ?? throw refusal!.ToHubException();
    }

    /// <summary>Proposes a change on behalf of the caller's delegation (drafters, pen-holder): same rules as the REST endpoint.</summary>
    public async Task<ProposalDto> Propose(Guid resolutionId, ProposeRequest command)
    {
        // The role is checked inside the write, like an edit: the hot path of a negotiation makes one read batch.
        if (command is null)
        {
            throw Refusal.Invalid("A proposal is required.").ToHubException();
        }

        var (proposal, refusal) = await proposals.ProposeAsync(resolutionId, Context.User!, command, Context.ConnectionAborted);
        return proposal ?? throw refusal!.ToHubException();
    }

    /// <summary>Adds a comment or reply (observers, drafters, pen-holder): same rules as the REST endpoint.</summary>
    public async Task<CommentDto> AddComment(Guid resolutionId, AddCommentRequest request)
    {
        await RequireAsync(resolutionId, Permission.Comment);
        if (request is null)
        {
            throw Refusal.Invalid("A comment is required: {clauseId, quote, body, visibility} or {parentId, body}.").ToHubException();
        }

        var (comment, refusal) = await comments.AddAsync(resolutionId, Context.User!, request, Context.ConnectionAborted);
        return comment ?? throw refusal!.ToHubException();
    }

    /// <summary>
    /// Every event after <paramref name="sinceSeq"/> in order (at most <see cref="CatchUpBatch"/>). Another
    /// organization's private comments come as <c>Hidden</c> events that carry only their seq, so the
    /// caller sees a gap-free log without learning what was said.
    /// </summary>
    public async Task<IReadOnlyList<LiveEvent>> CatchUp(Guid resolutionId, long sinceSeq)
    {
        var role = await RequireAsync(resolutionId, Permission.Read);
        var events = await log.EventsSinceAsync(resolutionId, sinceSeq, CatchUpBatch, Context.ConnectionAborted);
        return events.Select(e => VisibleTo(e, role) ? LiveEvent.From(resolutionId, e) : LiveEvent.Hidden(resolutionId, e)).ToList();
    }

    /// <summary>Whether the caller may read <paramref name="stored"/>: decided from the event's audience columns, never its payload.</summary>
    private bool VisibleTo(StoredEvent stored, ParticipantRole role) =>
        stored.Visibility is not { } visibility
        || CommentService.Visible(Enum.Parse<CommentVisibility>(visibility), stored.Audience ?? "", Organization, role);

    private string Organization => Context.User!.Organization();

    private async Task<ParticipantRole> RequireAsync(Guid resolutionId, Permission permission)
    {
        var role = await participants.GetRoleAsync(resolutionId, Context.User!.UserId(), Context.ConnectionAborted);
        return Permissions.Check(role, permission) is { } refusal ? throw refusal.ToHubException() : role!.Value;
    }
}
