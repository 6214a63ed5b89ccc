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
}

/// <summary>
/// The one code path for clause text edits (REST now, the hub later): an edit on the current version is
/// applied; one on an older version is merged word by word with what changed since, or refused as a
/// conflict with the current text. Exactly-once effect per opId; the change and its event stored together.
/// </summary>
public sealed class ClauseEditor(ResolutionStore store, Live.LiveBroadcaster live)
{
    /// <summary>Edits the text of a clause made on <paramref name="baseVersion"/>.</summary>
    public async Task<(EditStatus Status, EditClauseResult? Result)> EditAsync(
        Guid resolutionId, Guid actorId, ClauseId clauseId, string text, int baseVersion, string? opId, CancellationToken cancellationToken)
    {
        // Versions are immutable once written, so the base text can be read before the write transaction.
        var baseText = await store.GetClauseTextAsync(resolutionId, clauseId.Value, baseVersion, cancellationToken);
        var found = true;
        var outcome = await store.ChangeAsync(resolutionId, actorId, opId, resolution =>
        {
            if (resolution.Find(clauseId) is not { } location)
            {
                found = false;
                return ResolutionChange.Refused("");
            }

            var clause = location.Clause;
            var status = "applied";
            if (clause.Version != baseVersion)
            {
                var merge = baseText is null || baseVersion > clause.Version ? null : ClauseMerge.Merge(baseText, clause.Text, text);
                if (merge is not { Succeeded: true, Text: { } merged })
                {
                    return ResolutionChange.Refused(Serialize(new EditClauseResult("conflict", clauseId.Value, clause.Version, clause.Text, clause.Opening, 0)));
                }

                text = merged;
                status = "merged";
            }

            var opening = clause.Opening is { } kept && text.StartsWith(kept, StringComparison.Ordinal)
                ? kept
                : OpeningPhrases.Default.Detect(clause.Kind, text);
            var updated = resolution.WithClauseText(clauseId, text, opening);
            var changed = updated.Find(clauseId)!.Clause;
            var result = new EditClauseResult(status, clauseId.Value, changed.Version, changed.Text, changed.Opening, 0);
            return new ResolutionChange(updated, ChangeScope.ClauseText, "ClauseChanged", Serialize(result), clauseId);
        }, cancellationToken);

        if (outcome.Status == ChangeStatus.Stored)
        {
            await live.PublishAsync(resolutionId, outcome.Seq, "ClauseChanged", actorId, outcome.Payload);
        }

        return outcome.Status switch
        {
            ChangeStatus.NotFound => (EditStatus.NotFound, null),
            ChangeStatus.Refused when !found => (EditStatus.NotFound, null),
            ChangeStatus.Refused => (EditStatus.Conflict, Deserialize(outcome.Payload) with { Seq = outcome.Seq }),
            ChangeStatus.Duplicate => (EditStatus.Duplicate, Deserialize(outcome.Payload) with { Status = "duplicate", Seq = outcome.Seq }),
            _ => Deserialize(outcome.Payload) with { Seq = outcome.Seq } is var stored && stored.Status == "merged"
                ? (EditStatus.Merged, stored)
                : (EditStatus.Applied, stored),
        };
    }

    private static string Serialize(EditClauseResult result) => JsonSerializer.Serialize(result, DraftingJsonContext.Default.EditClauseResult);

    private static EditClauseResult Deserialize(string payload) => JsonSerializer.Deserialize(payload, DraftingJsonContext.Default.EditClauseResult)!;
}
