using System.Text.Json;
using Drafting.Api.Storage;
using Drafting.Model.Diff;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Resolutions;

/// <summary>How a clause edit ended.</summary>
public enum EditStatus
{
    /// <summary>Stored on the current version.</summary>
    Applied,

    /// <summary>Made on an older version, touching other words than the edits since: merged and stored.</summary>
    Merged,

    /// <summary>Made on an older version; refused with the current text.</summary>
    Conflict,

    /// <summary>The opId was seen before; the first outcome is returned.</summary>
    Duplicate,

    /// <summary>No such resolution or clause.</summary>
    NotFound,

    /// <summary>The stage of the draft does not let this participant change its text.</summary>
    Frozen,

    /// <summary>The editor takes no part in the resolution, or their role does not allow editing.</summary>
    Forbidden,
}

/// <summary>
/// The one code path for clause text edits (REST now, the hub later): an edit on the current version is
/// applied; one on an older version is merged word by word with what changed since, or refused as a
/// conflict with the current text. Exactly-once effect per opId; the change and its event stored together.
/// </summary>
public sealed class ClauseEditor(ResolutionStore store, Live.LiveBroadcaster live)
{
    /// <summary>Edits the text of a clause made on <paramref name="baseVersion"/>.</summary>
    /// <exception cref="ArgumentException">The text is empty on a clause that has no sub-paragraphs.</exception>
    /// <returns>The status and result; for <see cref="EditStatus.Frozen"/> and <see cref="EditStatus.Forbidden"/> the reason instead of a result.</returns>
    public async Task<(EditStatus Status, EditClauseResult? Result, string? Refusal)> EditAsync(
        Guid resolutionId, Guid actorId, ClauseId clauseId, string text, int baseVersion, string? opId, CancellationToken cancellationToken)
    {
        var found = true;
        string? frozen = null;
        string? forbidden = null;
        var outcome = await store.ChangeClauseTextAsync(resolutionId, actorId, opId, clauseId, baseVersion, clause =>
        {
            if (clause is null)
            {
                found = false;
                return new ClauseTextDecision(null, null, 0, "");
            }

            // The role as it is now, inside the write: one taken away a moment ago counts.
            if (!Enum.TryParse<ParticipantRole>(clause.ActorRole, out var now) || !now.Allows(Permission.Edit))
            {
                forbidden = clause.ActorRole is null
                    ? "You do not take part in this resolution."
                    : $"Your role on this resolution ({clause.ActorRole.ToLowerInvariant()}) does not allow editing.";
                return new ClauseTextDecision(null, null, 0, "");
            }

            var baseText = clause.BaseText;
            frozen = TextFreeze.Refusal(Enum.Parse<Stage>(clause.Stage), now);
            if (frozen is not null)
            {
                return new ClauseTextDecision(null, null, 0, "");
            }

            var status = "applied";
            var proposed = text;
            if (clause.Version != baseVersion)
            {
                var merge = baseText is null || baseVersion > clause.Version ? null : ClauseMerge.Merge(baseText, clause.Text, proposed);
                if (merge is not { Succeeded: true, Text: { } merged })
                {
                    return new ClauseTextDecision(null, null, 0, Serialize(new EditClauseResult("conflict", clauseId.Value, (int)clause.Version, clause.Text, clause.Opening, 0)));
                }

                proposed = merged;
                status = "merged";
            }

            if (proposed.Length == 0 && clause.SubParagraphs == 0)
            {
                throw new ArgumentException("A clause without sub-paragraphs needs text; delete the clause instead.", nameof(text));
            }

            var opening = clause.Opening is { } kept && proposed.StartsWith(kept, StringComparison.Ordinal)
                ? kept
                : OpeningPhrases.Default.Detect(Enum.Parse<ClauseKind>(clause.Kind), proposed);
            var version = (int)clause.Version + 1;
            return new ClauseTextDecision(proposed, opening, version, Serialize(new EditClauseResult(status, clauseId.Value, version, proposed, opening, 0)));
        }, cancellationToken);

        if (outcome.Status == ChangeStatus.Stored)
        {
            await live.PublishAsync(resolutionId, "ClauseChanged", actorId, outcome);
        }

        return outcome.Status switch
        {
            ChangeStatus.NotFound => (EditStatus.NotFound, null, null),
            ChangeStatus.Refused when !found => (EditStatus.NotFound, null, null),
            ChangeStatus.Refused when forbidden is not null => (EditStatus.Forbidden, null, forbidden),
            ChangeStatus.Refused when frozen is not null => (EditStatus.Frozen, null, frozen),
            ChangeStatus.Refused => (EditStatus.Conflict, Deserialize(outcome.Payload) with { Seq = outcome.Seq }, null),
            ChangeStatus.Duplicate => (EditStatus.Duplicate, Deserialize(outcome.Payload) with { Status = "duplicate", Seq = outcome.Seq }, null),
            _ => Deserialize(outcome.Payload) with { Seq = outcome.Seq } is var stored && stored.Status == "merged"
                ? (EditStatus.Merged, stored, null)
                : (EditStatus.Applied, stored, null),
        };
    }

    private static string Serialize(EditClauseResult result) => JsonSerializer.Serialize(result, DraftingJsonContext.Default.EditClauseResult);

    private static EditClauseResult Deserialize(string payload) => JsonSerializer.Deserialize(payload, DraftingJsonContext.Default.EditClauseResult)!;
}
