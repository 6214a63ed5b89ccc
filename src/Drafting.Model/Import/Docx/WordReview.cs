using System.Globalization;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import.Docx;

/// <summary>One change a delegation made in a returned Word file, as a proposal on the base text.</summary>
/// <param name="Kind">Replace, insert or delete.</param>
/// <param name="ClauseId">The base clause replaced or deleted.</param>
/// <param name="Text">The new text (replace, insert).</param>
/// <param name="FileBaseText">The clause's text in the file before the change (what the delegation changed), for finding its version.</param>
/// <param name="InsertKind">The kind of an inserted clause.</param>
/// <param name="AfterClauseId">The base clause an inserted one follows; null for first in its list.</param>
/// <param name="ParentId">The base clause an inserted sub-paragraph belongs to.</param>
/// <param name="Tracked">Whether Word tracked it; false when found by comparing the file with its base.</param>
/// <param name="Authors">The Word authors of its tracked changes.</param>
/// <param name="Paragraph">The Word paragraph it is in.</param>
public sealed record ReviewChange(
    ProposalKind Kind, ClauseId? ClauseId, string? Text, string? FileBaseText, ClauseKind? InsertKind, ClauseId? AfterClauseId, ClauseId? ParentId,
    bool Tracked, IReadOnlyList<string> Authors, int Paragraph);

/// <summary>What a returned Word file holds against its base: changes to propose, comments to add, warnings; or why it could not be read.</summary>
/// <param name="Changes">The changes, in document order.</param>
/// <param name="Comments">The file's comments placed on base clauses, parents before replies.</param>
/// <param name="Diagnostics">Warnings, and errors when the file's text cannot be read as a resolution.</param>
/// <param name="Origin">Where the file says it came from.</param>
/// <param name="Problem">Why the file is not a readable Word document.</param>
public sealed record WordReviewResult(IReadOnlyList<ReviewChange> Changes, IReadOnlyList<ImportedComment> Comments, IReadOnlyList<ImportDiagnostic> Diagnostics, WordOrigin? Origin, WordFileProblem? Problem)
{
    /// <summary>Whether the file was read.</summary>
    public bool Succeeded => Problem is null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Compares a delegation's returned Word file with the text it was exported from. The file is read twice through the
/// one importer: with its tracked changes rejected (the text as the delegation received it, give or take changes made
/// with tracking off) and accepted (the text it proposes). Base ↔ rejected gives the untracked changes, rejected ↔
/// accepted the tracked ones; each changed base clause becomes one replace or delete, each new clause an insert.
/// </summary>
public static class WordReview
{
    /// <summary>Compares <paramref name="file"/> with <paramref name="baseText"/>; untracked differences are looked for only when <paramref name="findUntracked"/>.</summary>
    public static WordReviewResult Compare(Resolution baseText, byte[] file, bool findUntracked = true)
    {
        ArgumentNullException.ThrowIfNull(baseText);
        var accepted = DocxImporter.Import(file, TrackedChangeHandling.Accept);
        if (accepted.Problem is { } problem)
        {
            return new WordReviewResult([], [], [], null, problem);
        }

        var rejected = DocxImporter.Import(file, TrackedChangeHandling.Reject);
        var errors = accepted.Import!.Errors.Concat(rejected.Import!.Errors).ToList();
        if (errors.Count > 0 || accepted.Import.Resolution is not { } proposed || rejected.Import.Resolution is not { } received)
        {
            return new WordReviewResult([], [], errors, accepted.Text!.Origin, null);
        }

        // In a review nothing is accepted: the tracked changes are read as proposals.
        var diagnostics = accepted.Import.Warnings.Where(w => w.Code is "tracked-changes" or "macros-ignored")
            .Select(w => w with { Message = w.Message.Replace("were accepted", "were read as proposals", StringComparison.Ordinal) })
            .ToList();
        var b = FlatClause.Of(baseText);
        var r = FlatClause.Of(received);
        var a = FlatClause.Of(proposed);
        var bToR = ClauseAlignment.Align(b, r);
        var rToA = ClauseAlignment.Align(r, a);
        var rFromB = Inverse(bToR, r.Count);
        var aFromR = Inverse(rToA, a.Count);
        var acceptedParagraphs = ClauseParagraphMap.Build(accepted.Text!.Paragraphs, proposed).ToDictionary(p => p.Value, p => p.Key);
        var rejectedParagraphs = ClauseParagraphMap.Build(rejected.Text!.Paragraphs, received).ToDictionary(p => p.Value, p => p.Key);
        var acceptedAuthors = accepted.Text.Paragraphs.ToDictionary(p => p.Number, p => p.ChangeAuthors);
        var rejectedAuthors = rejected.Text.Paragraphs.ToDictionary(p => p.Number, p => p.ChangeAuthors);
        (IReadOnlyList<string> Authors, int Paragraph) AuthorsOf(Clause clause, bool fromAccepted)
        {
            var paragraphs = fromAccepted ? acceptedParagraphs : rejectedParagraphs;
            var authors = fromAccepted ? acceptedAuthors : rejectedAuthors;
            return paragraphs.TryGetValue(clause, out var number) ? ([.. authors.GetValueOrDefault(number) ?? []], number) : ([], 0);
        }

        var changes = new List<ReviewChange>();
        var untracked = 0;
        var baseOfA = new Dictionary<int, ClauseId>();
        for (var i = 0; i < b.Count; i++)
        {
            var clause = b[i].Clause;
            var ri = bToR[i];
            if (ri < 0 && !findUntracked)
            {
                continue;
            }

            var ai = ri < 0 ? -1 : rToA[ri];
            if (ai >= 0)
            {
                baseOfA[ai] = clause.Id;
            }

            var receivedText = ri < 0 ? null : r[ri].Clause.Text;
            var trackedPart = ri >= 0 && (ai < 0 || a[ai].Clause.Text != receivedText);
            var untrackedPart = findUntracked && (ri < 0 || receivedText != clause.Text);
            if (!trackedPart && !untrackedPart)
            {
                continue;
            }

            untracked += untrackedPart ? 1 : 0;
            if (ai < 0)
            {
                var (authors, paragraph) = ri < 0 ? ([], 0) : AuthorsOf(r[ri].Clause, fromAccepted: false);
                changes.Add(new ReviewChange(ProposalKind.Delete, clause.Id, null, receivedText, null, null, null, !untrackedPart, authors, paragraph));
            }
            else if (a[ai].Clause.Text != clause.Text)
            {
                var (authors, paragraph) = AuthorsOf(a[ai].Clause, fromAccepted: true);
                changes.Add(new ReviewChange(ProposalKind.Replace, clause.Id, a[ai].Clause.Text, findUntracked ? clause.Text : receivedText, null, null, null, !untrackedPart, authors, paragraph));
            }
        }

        for (var j = 0; j < a.Count; j++)
        {
            if (baseOfA.ContainsKey(j))
            {
                continue;
            }

            var ri = aFromR[j];
            var tracked = ri < 0;
            if (!tracked && (!findUntracked || rFromB[ri] >= 0))
            {
                // In the file as received and paired with a base clause that ended deleted or unpaired: handled above.
                continue;
            }

            untracked += tracked ? 0 : 1;
            var item = a[j];
            var parentId = item.Parent is null ? null : BaseIdOf(item.Parent, a, baseOfA);
            if (item.Parent is not null && parentId is null)
            {
                continue; // A sub-paragraph of an inserted paragraph travels with it.
            }

            var after = PreviousSibling(a, j, baseOfA);
            var (authors, paragraph) = AuthorsOf(item.Clause, fromAccepted: true);
            changes.Add(new ReviewChange(ProposalKind.Insert, null, item.Clause.Text, null, item.Clause.Kind, after, parentId, tracked, authors, paragraph));
            if (item.Clause.SubParagraphs.Length > 0)
            {
                diagnostics.Add(new ImportDiagnostic(paragraph, DiagnosticSeverity.Warning, "sub-paragraphs-not-proposed", string.Create(CultureInfo.InvariantCulture,
                    $"The new paragraph \u201C{Shorten(item.Clause.Text)}\u201D has {item.Clause.SubParagraphs.Length} sub-paragraph(s) of its own; a proposal inserts one paragraph, so propose them once it is accepted.")));
            }
        }

        if (untracked > 0)
        {
            diagnostics.Add(new ImportDiagnostic(0, DiagnosticSeverity.Warning, "untracked-changes", string.Create(CultureInfo.InvariantCulture,
                $"{untracked} paragraph(s) differ from the exported text without tracked changes (edited with tracking off); they are proposed too, marked as untracked.")));
        }

        var comments = accepted.Comments
            .Select(c => c.ClauseId is null ? c : c with { ClauseId = BaseIdOf(proposed.AllClauses.First(x => x.Id == c.ClauseId), a, baseOfA) })
            .Where(c => c.Source.ParentWordId is not null || c.ClauseId is not null)
            .ToList();
        return new WordReviewResult(changes, comments, diagnostics, accepted.Text.Origin, null);
    }

    private static int[] Inverse(int[] map, int size)
    {
        var inverse = Enumerable.Repeat(-1, size).ToArray();
        for (var i = 0; i < map.Length; i++)
        {
            if (map[i] >= 0)
            {
                inverse[map[i]] = i;
            }
        }

        return inverse;
    }

    private static ClauseId? BaseIdOf(Clause clause, List<FlatClause> a, Dictionary<int, ClauseId> baseOfA)
    {
        var index = a.FindIndex(f => ReferenceEquals(f.Clause, clause));
        return index >= 0 && baseOfA.TryGetValue(index, out var id) ? id : null;
    }

    /// <summary>The nearest earlier sibling of <c>a[index]</c> that exists in the base; null when it comes first.</summary>
    private static ClauseId? PreviousSibling(List<FlatClause> a, int index, Dictionary<int, ClauseId> baseOfA)
    {
        var item = a[index];
        for (var k = index - 1; k >= 0; k--)
        {
            if (ReferenceEquals(a[k].Parent, item.Parent) && a[k].Clause.Kind == item.Clause.Kind && baseOfA.TryGetValue(k, out var id))
            {
                return id;
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "\u2026";
}
