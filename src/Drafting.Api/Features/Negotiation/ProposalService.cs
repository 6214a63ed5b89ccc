using System.Security.Claims;
using System.Text.Json;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// The one code path for proposals (REST and hub): who may propose, support, withdraw, accept and reject, what a
/// proposal must name, and how an accepted one changes the text (through the same write as an edit, credited to the
/// proposing delegation). Each change is stored with its event, then broadcast.
/// </summary>
public sealed class ProposalService(ProposalStore proposals, LiveBroadcaster live, WriteBroadcast writes, LibrarySources sources)
{
    /// <summary>Makes a proposal on behalf of the caller's delegation.</summary>
    public async Task<(ProposalDto? Proposal, Refusal? Refusal)> ProposeAsync(Guid resolutionId, ClaimsPrincipal user, ProposeRequest request, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return (null, invalid);
        }

        var (source, invalidSource) = await sources.FindAsync(request.Source, cancellationToken);
        if (invalidSource is not null)
        {
            return (null, invalidSource);
        }

        var organization = user.Organization();
        var targets = new ProposalTargets(request.ClauseId, request.AfterClauseId, request.ParentId, request.BaseVersion);
        var actor = user.UserId();
        var outcome = await proposals.AddAsync(resolutionId, actor, request.OpId, targets, context => Decide(context, request, user, organization) switch
        {
            ({ } proposal, _) => WithSource(proposal, source),
            (_, var refusal) => refusal!,
        }, cancellationToken);
        switch (outcome.Status)
        {
            case WriteStatus.Stored:
                await live.PublishAsync(resolutionId, outcome.Seq, EventTypes.ProposalAdded, actor, outcome.Payload);
                // The payload is the proposal as clients see it, shaped once (word diff, rationale rendered) when it was stored.
                return (outcome.Payload.Deserialize<ProposalDto>(DraftingJson.Options)! with { Seq = outcome.Seq }, null);
            case WriteStatus.Duplicate:
                return (outcome.Payload.Deserialize<ProposalDto>(DraftingJson.Options)! with { Seq = outcome.Seq }, null);
            default:
                return (null, outcome.Refusal);
        }
    }

    /// <summary>The caller's delegation joins a proposal.</summary>
    public Task<(ProposalDto? Proposal, Refusal? Refusal)> SupportAsync(Guid resolutionId, Guid proposalId, ClaimsPrincipal user, string? opId, CancellationToken cancellationToken) =>
        ChangeAsync(resolutionId, proposalId, user, opId, Permission.Propose, (context, organization) => context.Proposal.ToModel().Support(organization), cancellationToken);

    /// <summary>The proposing delegation takes its proposal back.</summary>
    public Task<(ProposalDto? Proposal, Refusal? Refusal)> WithdrawAsync(Guid resolutionId, Guid proposalId, ClaimsPrincipal user, string? opId, CancellationToken cancellationToken) =>
        ChangeAsync(resolutionId, proposalId, user, opId, Permission.Propose, (context, organization) => context.Proposal.ToModel().Withdraw(organization, context.Now), cancellationToken);

    /// <summary>The pen-holder rejects a proposal with a reason its delegations see.</summary>
    public Task<(ProposalDto? Proposal, Refusal? Refusal)> RejectAsync(Guid resolutionId, Guid proposalId, ClaimsPrincipal user, DecideProposalRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(resolutionId, proposalId, user, request.OpId, Permission.DecideProposals,
            (context, _) => context.Proposal.ToModel().Reject(PersonLabel.Of(user.DisplayName(), user.Organization(), "the pen-holder"), request.Reason ?? "", context.Now), cancellationToken);

    /// <summary>
    /// The pen-holder accepts a proposal, as proposed or as modified (<c>text</c> written on <c>baseVersion</c>): applied
    /// to the text as it stands now, merged word by word when the clause moved on, or refused as a conflict.
    /// </summary>
    public async Task<(AcceptResultDto? Result, Refusal? Refusal)> AcceptAsync(Guid resolutionId, Guid proposalId, ClaimsPrincipal user, DecideProposalRequest request, CancellationToken cancellationToken)
    {
        string? amended = null;
        if (request.Text is not null)
        {
            var (text, error) = ClauseText.Normalize(request.Text, allowEmpty: true);
            if (error is not null)
            {
                return (null, Refusal.Invalid(error));
            }

            amended = text;
        }

        var actor = user.UserId();
        var acceptedBy = PersonLabel.Of(user.DisplayName(), user.Organization(), "the pen-holder");
        var outcome = await proposals.AcceptAsync(resolutionId, actor, request.OpId, proposalId,
            (context, proposal, role) => DecideAcceptance(context, proposal, role, acceptedBy, amended, request.BaseVersion, request.ExpectedText), cancellationToken);
        switch (outcome.Status)
        {
            case WriteStatus.Stored:
                AcceptedChangeDto? change = null;
                if (outcome.Write is { } write)
                {
                    change = write.Payload.Deserialize<AcceptedChangeDto>(DraftingJson.Options)! with { Seq = write.Seq };
                    await writes.PublishAsync(resolutionId, change.Change == "replaced" ? EventTypes.ClauseChanged : EventTypes.StructureChanged, actor, write);
                }

                await live.PublishAsync(resolutionId, outcome.Seq, EventTypes.ProposalChanged, actor, outcome.Payload);
                var decided = outcome.Proposal!.ToDto();
                return decided.Status == ProposalStatus.Superseded
                    ? (null, new Refusal(RefusalKind.Conflict, "The clause this proposal bears on no longer exists: the proposal is superseded."))
                    : (new AcceptResultDto(decided, change), null);
            case WriteStatus.Duplicate:
                return await proposals.GetAsync(resolutionId, proposalId, cancellationToken) is { } stored
                    ? (new AcceptResultDto(stored.ToDto(), null), null)
                    : (null, Refusal.NotFound($"There is no proposal {proposalId} in this resolution."));
            default:
                return (null, outcome.Refusal);
        }
    }

    private async Task<(ProposalDto? Proposal, Refusal? Refusal)> ChangeAsync(
        Guid resolutionId, Guid proposalId, ClaimsPrincipal user, string? opId, Permission permission, Func<ProposalChangeContext, string, Decision<Proposal>> change, CancellationToken cancellationToken)
    {
        if (ClauseText.OpIdError(opId) is { } error)
        {
            return (null, Refusal.Invalid(error));
        }

        var organization = user.Organization();
        var actor = user.UserId();
        var outcome = await proposals.ChangeAsync(resolutionId, actor, opId, proposalId, context =>
        {
            // The role as it is now, inside the write: one taken away a moment ago counts.
            var role = ParticipantRoles.Parse(context.ActorRole);
            if (Permissions.Check(role, permission) is { } refused)
            {
                return refused;
            }

            if (TextFreeze.Refusal(context.Resolution.Stage, role!.Value, context.Negotiation.Silence, context.Now) is { } frozen)
            {
                return frozen;
            }

            var decided = change(context, organization);
            return decided.Write is { } proposal ? context.Proposal.With(proposal) : decided.Refusal!;
        }, cancellationToken);
        return outcome.Status switch
        {
            WriteStatus.Stored => await PublishedAsync(resolutionId, actor, outcome),
            WriteStatus.Duplicate => (outcome.Payload.Deserialize<ProposalDto>(DraftingJson.Options)! with { Seq = outcome.Seq }, null),
            _ => (null, outcome.Refusal),
        };
    }

    private async Task<(ProposalDto?, Refusal?)> PublishedAsync(Guid resolutionId, Guid actor, ProposalOutcome outcome)
    {
        await live.PublishAsync(resolutionId, outcome.Seq, EventTypes.ProposalChanged, actor, outcome.Payload);
        return (outcome.Proposal!.ToDto(), null);
    }

    private static AcceptDecision DecideAcceptance(ChangeContext context, StoredProposal proposal, string? actorRole, string acceptedBy, string? amended, int? amendedOnVersion, string? previewed)
    {
        if (Permissions.Check(ParticipantRoles.Parse(actorRole), Permission.DecideProposals) is { } refused)
        {
            return new AcceptDecision(null, null, refused);
        }

        var model = proposal.ToModel();
        if (model.Accept(acceptedBy, amended, context.Now) is { Refusal: { } closed })
        {
            return new AcceptDecision(null, null, closed);
        }

        if (TextFreeze.Refusal(context.Resolution.Stage, ParticipantRole.Penholder, context.Negotiation.Silence, context.Now) is { } frozen)
        {
            return new AcceptDecision(null, null, frozen);
        }

        var outcome = ProposalAcceptance.Apply(context.Resolution, model, amended, amendedOnVersion, previewed);
        if (outcome.Superseded)
        {
            return new AcceptDecision(proposal.With(model.Close(ProposalStatus.Superseded, null, context.Now).Write!), null, null);
        }

        if (outcome.Accepted is not { } accepted)
        {
            return new AcceptDecision(null, null, outcome.Refusal);
        }

        proposal = proposal.With(model.Accept(acceptedBy, amended, context.Now).Write!);
        var updated = accepted.Updated;
        var clause = updated.Find(accepted.ClauseId)?.Clause;
        var (change, eventType) = model.Kind switch
        {
            ProposalKind.Replace => ("replaced", EventTypes.ClauseChanged),
            ProposalKind.Insert => ("inserted", EventTypes.StructureChanged),
            ProposalKind.Delete => ("deleted", EventTypes.StructureChanged),
            _ => ("moved", EventTypes.StructureChanged),
        };
        var status = accepted.Merged ? "merged" : "accepted";
        EventPayload payload = model.Kind == ProposalKind.Replace
            ? new ClauseChangedPayload(status, accepted.ClauseId.Value, clause!.Version, clause.Text, clause.Opening, 0, Change: change, ProposalId: model.Id, ProposedBy: model.Organization, AcceptedBy: acceptedBy)
            : new StructureChangedPayload(change, accepted.ClauseId.Value, 0, updated.Version, Status: status, Text: clause?.Text, Opening: clause?.Opening, ProposalId: model.Id, ProposedBy: model.Organization, AcceptedBy: acceptedBy);
        var write = new ResolutionWrite(
            updated, RewrittenPart.Clauses, eventType, payload,
            ProposedBy: model.Organization, TextChanged: model.Kind == ProposalKind.Replace ? accepted.ClauseId : null,
            TakenFrom: model.Kind == ProposalKind.Insert && Model.Library.ParagraphSource.FromJson(proposal.Source) is { } taken ? new ClauseTaken(accepted.ClauseId, taken) : null);
        return new AcceptDecision(proposal, write, null);
    }

    private static Decision<StoredProposal> Decide(ProposalAddContext context, ProposeRequest request, ClaimsPrincipal user, string organization)
    {
        var role = ParticipantRoles.Parse(context.ActorRole);
        if ((Permissions.Check(role, Permission.Propose) ?? TextFreeze.Refusal(context.Stage, role!.Value, context.Silence, context.Now)) is { } refused)
        {
            return refused;
        }

        if (organization.Length == 0)
        {
            return Refusal.Invalid("Your account names no delegation; a proposal is made by a delegation. Ask the site admin to set your organization.");
        }

        var kind = request.Kind!.Value;
        var clause = context.Clause;
        if (kind != ProposalKind.Insert && clause is null)
        {
            return Refusal.NotFound($"There is no clause '{request.ClauseId}' in this resolution.");
        }

        if (request.AfterClauseId is not null && context.After is null)
        {
            return Refusal.NotFound($"There is no clause '{request.AfterClauseId}' to follow in this resolution.");
        }

        string? text = null;
        string? baseText = null;
        switch (kind)
        {
            case ProposalKind.Replace:
                text = ClauseText.Normalize(request.Text).Text!;
                if (request.BaseVersion > clause!.Version || context.BaseText is null)
                {
                    return Refusal.Invalid($"Clause '{clause.Id}' has no version {request.BaseVersion}; it is at version {clause.Version}.");
                }

                baseText = context.BaseText;
                if (text == baseText)
                {
                    return Refusal.Invalid("The proposed text is the clause's text as it was: it proposes no change.");
                }

                break;
            case ProposalKind.Insert:
                text = ClauseText.Normalize(request.Text).Text!;
                if (request.InsertKind == ClauseKind.SubParagraph)
                {
                    if (context.Parent is not { } parent)
                    {
                        return Refusal.NotFound($"There is no clause '{request.ParentId}' to hold the new sub-paragraph.");
                    }

                    if (parent.Kind == nameof(ClauseKind.Preambular))
                    {
                        return Refusal.Invalid("Preambular paragraphs have no sub-paragraphs.");
                    }
                }

                if (context.After is { } after && (after.Kind != request.InsertKind.ToString() || after.ParentId != request.ParentId))
                {
                    return Refusal.Invalid("The new paragraph must follow one of its own list (afterClauseId).");
                }

                break;
            case ProposalKind.Move:
                if (context.After is { } target && (target.Kind != clause!.Kind || target.ParentId != clause.ParentId || target.Id == clause.Id))
                {
                    return Refusal.Invalid("A paragraph moves after another of its own list (afterClauseId).");
                }

                break;
        }

        return new StoredProposal
        {
            Id = Guid.NewGuid().ToString(), Kind = kind.ToString(), ClauseId = kind == ProposalKind.Insert ? null : request.ClauseId,
            AfterClauseId = kind is ProposalKind.Insert or ProposalKind.Move ? request.AfterClauseId : null,
            InsertKind = kind == ProposalKind.Insert ? request.InsertKind.ToString() : null, ParentId = kind == ProposalKind.Insert ? request.ParentId : null,
            Text = text, BaseVersion = kind == ProposalKind.Replace ? request.BaseVersion : null, BaseText = baseText,
            Rationale = string.IsNullOrWhiteSpace(request.Rationale) ? null : request.Rationale.Trim(),
            Organization = organization, ProposerId = user.UserId().ToString(), ProposerName = user.DisplayName(),
        };
    }

    private static StoredProposal WithSource(StoredProposal proposal, Model.Library.ParagraphSource? source)
    {
        proposal.Source = source?.ToJson();
        return proposal;
    }

    /// <summary>What can be checked before touching the database: kind, fields for the kind, sizes, opId.</summary>
    internal static Refusal? Validate(ProposeRequest request)
    {
        if (request.Kind is not { } kind)
        {
            return Refusal.Invalid("kind is required: replace, insert, delete or move.");
        }

        if (ClauseText.OpIdError(request.OpId) is { } opIdError)
        {
            return Refusal.Invalid(opIdError);
        }

        if (request.Rationale is { Length: > Proposal.MaxRationaleLength })
        {
            return Refusal.Invalid($"rationale holds at most {Proposal.MaxRationaleLength:N0} characters.");
        }

        if (request.Rationale is not null && Model.Comments.CommentMarkdown.Problem(request.Rationale, "rationale") is { } nested)
        {
            return Refusal.Invalid(nested);
        }

        if (kind != ProposalKind.Insert && !ClauseId.IsValid(request.ClauseId))
        {
            return Refusal.Invalid("clauseId is required: the clause the proposal changes.");
        }

        if (request.Source is not null && kind != ProposalKind.Insert)
        {
            return Refusal.Invalid("source is only for an insert proposal: the adopted paragraph the new text was taken from.");
        }

        if (request.AfterClauseId is not null && !ClauseId.IsValid(request.AfterClauseId))
        {
            return Refusal.Invalid("afterClauseId is not a clause id; leave it out to propose the first place.");
        }

        switch (kind)
        {
            case ProposalKind.Replace:
                if (request.BaseVersion is null)
                {
                    return Refusal.Invalid("baseVersion is required: the clause version your proposal starts from.");
                }

                return ClauseText.Normalize(request.Text).Error is { } replaceError ? Refusal.Invalid(replaceError + " (To strike the whole clause, propose its deletion.)") : null;
            case ProposalKind.Insert:
                if (request.InsertKind is null)
                {
                    return Refusal.Invalid("insertKind is required: preambular, operative or subParagraph.");
                }

                if ((request.InsertKind == ClauseKind.SubParagraph) != (request.ParentId is not null) || (request.ParentId is not null && !ClauseId.IsValid(request.ParentId)))
                {
                    return Refusal.Invalid("parentId is required for a sub-paragraph (the clause it belongs to), and only for one.");
                }

                return ClauseText.Normalize(request.Text).Error is { } insertError ? Refusal.Invalid(insertError) : null;
            case ProposalKind.Delete:
                return request.Text is not null ? Refusal.Invalid("A delete proposal carries no text.") : null;
            default:
                return request.Text is not null ? Refusal.Invalid("A move proposal carries no text.") : null;
        }
    }
}
