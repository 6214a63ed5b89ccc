using System.Text.Json;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Contract.Events;
using Drafting.Model.Diff;
using Drafting.Model.Import;
using Drafting.Model.Negotiation;
using Drafting.Model.Participants;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Clauses;

/// <summary>
/// The one code path for clause text edits (REST and hub): an edit on the current version is applied; one on
/// an older version is merged word by word with what changed since, or refused as a conflict with the current
/// text. Exactly-once effect per opId; the change and its event stored together (in one transaction with the other
/// edits of the resolution queued at the same time, see <see cref="ClauseEditQueue"/>), then broadcast.
/// </summary>
public sealed class ClauseEditService(ClauseEditQueue queue, AuthorshipStore authorship, TimeProvider time)
{
    /// <summary>Edits the text of a clause made on <paramref name="baseVersion"/>.</summary>
    /// <returns>
    /// The result (applied, merged or duplicate; for an <see cref="RefusalKind.EditConflict"/> the current text),
    /// and the refusal when nothing was stored.
    /// </returns>
    public async Task<(EditClauseResult? Result, Refusal? Refusal)> EditAsync(
        Guid resolutionId, Guid actorId, ClauseId clauseId, string text, int baseVersion, string? opId, CancellationToken cancellationToken)
    {
        // Queued for group commit with the other edits of the resolution; answered once stored and broadcast.
        var outcome = await queue.EditAsync(resolutionId, new ClauseTextChange(actorId, opId, clauseId, baseVersion, clause => Decide(clause, clauseId, text, baseVersion, time.GetUtcNow())), cancellationToken);
        switch (outcome.Status)
        {
            case WriteStatus.Stored:
                var written = outcome.Written!;
                var status = outcome.Clause!.Version == baseVersion ? "applied" : "merged";
                return (new EditClauseResult(status, clauseId.Value, written.Version, written.Text, written.Opening, outcome.Seq), null);
            case WriteStatus.Duplicate:
                var first = JsonSerializer.Deserialize<EditClauseResult>(outcome.Payload, DraftingJson.Options)!;
                return (first with { Status = "duplicate", Seq = outcome.Seq }, null);
            default:
                var refusal = outcome.Refusal!;
                if (refusal.Kind != RefusalKind.EditConflict || outcome.Clause is not { } current)
                {
                    return (null, refusal);
                }

                // Read after the write and its lock: a conflict is rare, and the edits queued behind it need not wait for this.
                var author = await authorship.VersionAuthorAsync(resolutionId, clauseId.Value, current.Version, cancellationToken);
                var by = author is var (id, name, organization) ? new AuthorDto(id, name, organization) : null;
                return (new EditClauseResult("conflict", clauseId.Value, (int)current.Version, current.Text, current.Opening, outcome.Seq, by), refusal);
        }
    }

    /// <summary>Decides, on the clause as it is now inside the write, what the edit stores or why it is refused.</summary>
    private static Decision<ClauseTextWrite> Decide(StoredClause? clause, ClauseId clauseId, string text, int baseVersion, DateTimeOffset now)
    {
        if (clause is null)
        {
            return Refusal.NotFound($"There is no clause '{clauseId.Value}' in this resolution.");
        }

        // The role as it is now, inside the write: one taken away a moment ago counts.
        var refused = Permissions.CheckDirectEdit(
            ParticipantRoles.Parse(clause.ActorRole), Enum.Parse<EditingMode>(clause.Mode), Enum.Parse<Stage>(clause.Stage), clause.RunningSilence, now);
        if (refused is not null)
        {
            return refused;
        }

        var status = "applied";
        var proposed = text;
        if (clause.Version != baseVersion)
        {
            var merge = clause.BaseText is null || baseVersion > clause.Version ? null : ClauseMerge.Merge(clause.BaseText, clause.Text, proposed);
            if (merge is not { Succeeded: true, Text: { } merged })
            {
                return new Refusal(RefusalKind.EditConflict,
                    $"The clause changed since version {baseVersion} in the same words as your edit; it is at version {clause.Version} now. Merge your text into it and send again.");
            }

            proposed = merged;
            status = "merged";
        }

        if (proposed.Length == 0 && clause.SubParagraphs == 0)
        {
            return Refusal.Invalid("A clause without sub-paragraphs needs text; delete the clause instead.");
        }

        var opening = clause.Opening is { } kept && proposed.StartsWith(kept, StringComparison.Ordinal)
            ? kept
            : OpeningPhrases.Default.Detect(Enum.Parse<ClauseKind>(clause.Kind), proposed);
        var version = (int)clause.Version + 1;
        return new ClauseTextWrite(proposed, opening, version, new ClauseChangedPayload(status, clauseId.Value, version, proposed, opening, 0));
    }
}
