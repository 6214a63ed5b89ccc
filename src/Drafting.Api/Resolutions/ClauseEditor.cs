using System.Text.Json;
using Drafting.Api.Storage;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Resolutions;

/// <summary>How a clause edit ended.</summary>
public enum EditStatus
{
    /// <summary>Stored on the current version.</summary>
    Applied,

    /// <summary>Made on an older version; refused with the current text.</summary>
    Conflict,

    /// <summary>The opId was seen before; the first outcome is returned.</summary>
    Duplicate,

    /// <summary>No such resolution or clause.</summary>
    NotFound,
}

/// <summary>
/// The one code path for clause text edits (REST now, the hub later): optimistic concurrency on the
/// clause version, exactly-once effect per opId, the change and its event stored together.
/// </summary>
public sealed class ClauseEditor(ResolutionStore store)
{
    /// <summary>Edits the text of a clause made on <paramref name="baseVersion"/>.</summary>
    public async Task<(EditStatus Status, EditClauseResult? Result)> EditAsync(
        Guid resolutionId, Guid actorId, ClauseId clauseId, string text, int baseVersion, string? opId, CancellationToken cancellationToken)
    {
        var found = true;
        var outcome = await store.ChangeAsync(resolutionId, actorId, opId, resolution =>
        {
            if (resolution.Find(clauseId) is not { } location)
            {
                found = false;
                return ResolutionChange.Refused("");
            }

            var clause = location.Clause;
            if (clause.Version != baseVersion)
            {
                return ResolutionChange.Refused(Serialize(new EditClauseResult("conflict", clauseId.Value, clause.Version, clause.Text, clause.Opening, 0)));
            }

            var opening = clause.Opening is { } kept && text.StartsWith(kept, StringComparison.Ordinal)
                ? kept
                : OpeningPhrases.Default.Detect(clause.Kind, text);
            var updated = resolution.WithClauseText(clauseId, text, opening);
            var changed = updated.Find(clauseId)!.Clause;
            var result = new EditClauseResult("applied", clauseId.Value, changed.Version, changed.Text, changed.Opening, 0);
            return new ResolutionChange(updated, ChangeScope.ClauseText, "ClauseChanged", Serialize(result), clauseId);
        }, cancellationToken);

        return outcome.Status switch
        {
            ChangeStatus.NotFound => (EditStatus.NotFound, null),
            ChangeStatus.Refused when !found => (EditStatus.NotFound, null),
            ChangeStatus.Refused => (EditStatus.Conflict, Deserialize(outcome.Payload) with { Seq = outcome.Seq }),
            ChangeStatus.Duplicate => (EditStatus.Duplicate, Deserialize(outcome.Payload) with { Status = "duplicate", Seq = outcome.Seq }),
            _ => (EditStatus.Applied, Deserialize(outcome.Payload) with { Seq = outcome.Seq }),
        };
    }

    private static string Serialize(EditClauseResult result) => JsonSerializer.Serialize(result, DraftingJsonContext.Default.EditClauseResult);

    private static EditClauseResult Deserialize(string payload) => JsonSerializer.Deserialize(payload, DraftingJsonContext.Default.EditClauseResult)!;
}
