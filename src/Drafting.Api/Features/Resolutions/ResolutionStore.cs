using Dapper;
using Drafting.Api.Platform;
using Drafting.Contract;
using Drafting.Contract.Events;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Resolutions;

/// <summary>Resolutions with their clauses and sponsors, and every change to them with its event: read and created here, changed in the other parts.</summary>
/// <param name="comments">What a change of clauses does to the comments anchored on them.</param>
/// <param name="silencePayload">The payload of the <c>SilenceChanged</c> a final stage logs when it ends a running silence.</param>
/// <param name="proposalPayload">The payload of the <c>ProposalChanged</c> logged for each proposal a change supersedes or closes.</param>
public sealed partial class ResolutionStore(DraftingDatabase database, TimeProvider time, CommentAnchors comments, SilenceEventPayload silencePayload, ProposalEventPayload proposalPayload)
{
    /// <summary>The resolution with the seq of its last event and its negotiation state, or null.</summary>
    public async Task<LoadedResolution?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LoadAsync(connection, null, id, cancellationToken);
    }

    /// <summary>Whether a resolution with this id exists.</summary>
    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM resolutions WHERE id = @rid", new { rid = id.ToString() }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>
    /// Stores a new resolution, makes its creator the pen-holder and logs <c>ResolutionCreated</c> (seq 1) with
    /// <paramref name="payload"/>; then lets <paramref name="andThen"/> write what belongs with it (a zero draft) in the
    /// same transaction, so that a failure there leaves nothing stored.
    /// </summary>
    public async Task<long> CreateAsync(Resolution resolution, Guid creatorId, ResolutionCreatedPayload payload, CancellationToken cancellationToken, Func<ResolutionTransaction, Task>? andThen = null)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, resolution.Id, null, cancellationToken);
        await transaction.ExecuteAsync(
            """
            INSERT INTO resolutions (id, organ, formula, symbol, title, code, date, session, agenda_items, stage, version, last_seq, created_by, created_at, updated_at,
                                     decided_meeting, decided_on, votes_in_favour, votes_against, votes_abstaining)
            VALUES (@id, @organ, @formula, @symbol, @title, @code, @date, @session, @agendaItems, @stage, @version, @lastSeq, @createdBy, @now, @now,
                    @decidedMeeting, @decidedOn, @votesInFavour, @votesAgainst, @votesAbstaining)
            """,
            WithCreator(ResolutionMapping.ResolutionParameters(resolution, 0, transaction.Stamp), creatorId), cancellationToken);
        await InsertClausesAsync(transaction, resolution, cancellationToken);
        await InsertSponsorsAsync(transaction, resolution, cancellationToken);
        await transaction.ExecuteAsync(
            "INSERT INTO participants (resolution_id, user_id, role, added_at) VALUES (@rid, @userId, @role, @now)",
            new { rid = transaction.Rid, userId = creatorId.ToString(), role = nameof(ParticipantRole.Penholder), now = transaction.Stamp }, cancellationToken);
        var seq = await transaction.AppendAsync(creatorId, null, EventTypes.ResolutionCreated, payload, cancellationToken);
        await AttributeNewVersionsAsync(transaction, seq, creatorId, null, cancellationToken);
        if (andThen is not null)
        {
            await andThen(transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        return seq;
    }

    /// <summary>
    /// Marks the clause versions written in this transaction with the event that wrote them, for the clause history,
    /// credited to <paramref name="proposedBy"/> when they come from that delegation's accepted proposal.
    /// </summary>
    private static Task<int> AttributeNewVersionsAsync(ResolutionTransaction transaction, long seq, Guid actorId, string? proposedBy, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            "UPDATE clause_versions SET seq = @seq, actor_id = @actorId, changed_at = @at, proposed_by = @proposedBy WHERE resolution_id = @rid AND seq IS NULL",
            new { rid = transaction.Rid, seq, actorId = actorId.ToString(), at = transaction.Stamp, proposedBy }, cancellationToken);

    private static DynamicParameters WithCreator(DynamicParameters parameters, Guid creatorId)
    {
        parameters.Add("createdBy", creatorId.ToString());
        return parameters;
    }

    private static async Task InsertClausesAsync(ResolutionTransaction transaction, Resolution resolution, CancellationToken cancellationToken)
    {
        var rows = ResolutionMapping.ClauseParameters(resolution).ToList();
        await transaction.ExecuteAsync(ClauseRowChanges.InsertClauseSql, rows, cancellationToken);
        await transaction.ExecuteAsync(ClauseRowChanges.InsertVersionSql, rows, cancellationToken);
        await transaction.ExecuteAsync(ClauseRowChanges.UpsertHeadingSql, ResolutionMapping.HeadingParameters(resolution).ToList(), cancellationToken);
        await transaction.ExecuteAsync(ClauseRowChanges.UpsertNoteSql, ResolutionMapping.NoteParameters(resolution).ToList(), cancellationToken);
    }

    private static Task<int> InsertSponsorsAsync(ResolutionTransaction transaction, Resolution resolution, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            """
            INSERT INTO sponsors (resolution_id, position, name, role, joined_on, withdrawn_on, joined_revision, withdrawn_revision)
            VALUES (@resolutionId, @position, @name, @role, @joinedOn, @withdrawnOn, @joinedRevision, @withdrawnRevision)
            """,
            ResolutionMapping.SponsorParameters(resolution).ToList(), cancellationToken);
}
