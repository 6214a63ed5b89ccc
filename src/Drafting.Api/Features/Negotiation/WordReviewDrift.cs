using System.Globalization;
using Drafting.Api.Features.Resolutions;
using Drafting.Model.Diff;
using Drafting.Model.Import.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Negotiation;

/// <summary>
/// What happened since a returned Word file was exported, said per paragraph the file changes: a paragraph that moved on
/// since (with what changed in it), and whether the file's change still merges with that (<c>edit-conflict</c> when the
/// same words changed). Paragraphs the file leaves alone are not named, however much they changed.
/// </summary>
internal static class WordReviewDrift
{
    public static IEnumerable<ImportWarningDto> Since(Resolution exported, Resolution current, IReadOnlyList<ReviewChange> changes)
    {
        var references = ClauseReferences.Of(current);
        foreach (var change in changes.Where(c => c.ClauseId is not null).DistinctBy(c => c.ClauseId))
        {
            var clauseId = change.ClauseId!.Value;
            if (exported.Find(clauseId)?.Clause is not { } shown || current.Find(clauseId)?.Clause is not { } now || shown.Text == now.Text)
            {
                continue;
            }

            var name = references.TryGetValue(clauseId, out var reference) ? reference : "A paragraph";
            var since = Describe(WordDiff.Compare(shown.Text, now.Text));
            var overlaps = change.Kind == ProposalKind.Replace && change.Text is { } proposed && !ClauseMerge.Merge(shown.Text, now.Text, proposed).Succeeded;
            yield return overlaps
                ? new ImportWarningDto(change.Paragraph, "edit-conflict", string.Create(CultureInfo.InvariantCulture,
                    $"{name} changed since this file was exported ({since}) in the same words this file changes: the proposal is made on the text the file showed; the pen-holder accepts it as modified or rejects it."))
                : new ImportWarningDto(change.Paragraph, "text-moved-on", string.Create(CultureInfo.InvariantCulture,
                    $"{name} changed since this file was exported ({since}): this file's change is proposed on the text it showed and carried onto today's text when accepted."));
        }
    }

    /// <summary>"removed “Stresses”, added “Reaffirms”".</summary>
    private static string Describe(IEnumerable<DiffSegment> segments) =>
        string.Join(", ", segments.Where(s => s.Kind != SegmentKind.Equal && s.Text.Trim().Length > 0)
            .Select(s => $"{(s.Kind == SegmentKind.Deleted ? "removed" : "added")} \u201C{s.Text.Trim()}\u201D"));
}
