using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import.Docx;

/// <summary>A Word comment placed on the imported resolution.</summary>
/// <param name="Source">The comment as read from the file.</param>
/// <param name="ClauseId">The clause its range starts in; null for a reply (it follows its parent) or when no clause was found.</param>
/// <param name="Quote">The quoted text as it stands in the clause; null for the whole clause.</param>
public sealed record ImportedComment(WordComment Source, ClauseId? ClauseId, string? Quote);

/// <summary>The outcome of a Word import: the resolution or errors (paragraph-numbered), the comments, or why the file is unreadable.</summary>
/// <param name="Import">The text importer's outcome, its diagnostics naming Word paragraphs; null when the file could not be read.</param>
/// <param name="Text">The document as read; null when it could not be.</param>
/// <param name="Problem">Why the file is not a readable Word document; null when it is.</param>
/// <param name="Comments">Its comments placed on clauses, parents before replies.</param>
public sealed record DocxImportResult(ImportResult? Import, WordDocumentText? Text, WordFileProblem? Problem, IReadOnlyList<ImportedComment> Comments);

/// <summary>
/// Imports a .docx through the one set of structure rules: <see cref="WordDocumentReader"/> turns it into the Markdown
/// the text importer reads, <see cref="ResolutionImporter"/> reads that, and each diagnostic's line becomes the Word
/// paragraph it came from. Adds warnings for the tracked changes accepted or rejected and for macros ignored.
/// </summary>
public static partial class DocxImporter
{
    /// <summary>Imports <paramref name="file"/> as a new resolution.</summary>
    public static DocxImportResult Import(byte[] file, TrackedChangeHandling handling = TrackedChangeHandling.Accept, ResolutionImporter? importer = null, Guid? id = null)
    {
        var (text, problem) = WordDocumentReader.Read(file, handling);
        if (text is null)
        {
            return new DocxImportResult(null, null, problem, []);
        }

        var imported = (importer ?? ResolutionImporter.Default).Import(text.Markdown, id);
        var diagnostics = imported.Diagnostics.Select(d => ToParagraph(d, text)).ToList();
        if (text.TrackedChanges > 0)
        {
            var authors = text.ChangeAuthors;
            diagnostics.Add(new ImportDiagnostic(0, DiagnosticSeverity.Warning, "tracked-changes", string.Create(CultureInfo.InvariantCulture,
                $"{text.TrackedChanges} tracked change(s) by {authors.Count} author(s) ({string.Join(", ", authors)}) were {(handling == TrackedChangeHandling.Accept ? "accepted" : "rejected")}.")));
        }

        if (text.HasMacros)
        {
            diagnostics.Add(new ImportDiagnostic(0, DiagnosticSeverity.Warning, "macros-ignored",
                "The file is macro-enabled (.docm): its text was read, its macros were ignored and never run."));
        }

        var comments = new List<ImportedComment>();
        if (imported.Resolution is { } resolution && text.Comments.Count > 0)
        {
            var map = ClauseParagraphMap.Build(text.Paragraphs, resolution);
            foreach (var comment in text.Comments)
            {
                if (comment.ParentWordId is not null)
                {
                    comments.Add(new ImportedComment(comment, null, null));
                    continue;
                }

                var clause = map.GetValueOrDefault(comment.Paragraph) ?? FirstContaining(resolution, comment.Quote);
                if (clause is null)
                {
                    diagnostics.Add(new ImportDiagnostic(comment.Paragraph, DiagnosticSeverity.Warning, "comment-not-placed",
                        $"The comment by {comment.Author} (\"{Shorten(comment.Body)}\") is on text that became no paragraph of the resolution (masthead or heading); it was left out."));
                    continue;
                }

                var quote = ClauseParagraphMap.Normalize(comment.Quote);
                comments.Add(new ImportedComment(comment, clause.Id, quote.Length > 0 && clause.Text.Contains(quote, StringComparison.Ordinal) ? quote : null));
            }
        }

        var result = new ImportResult(imported.Resolution, [.. diagnostics.OrderBy(d => d.Line)]);
        return new DocxImportResult(result, text, null, result.Succeeded ? comments : []);
    }

    private static Clause? FirstContaining(Resolution resolution, string quote)
    {
        var normalized = ClauseParagraphMap.Normalize(quote);
        return normalized.Length == 0 ? null : resolution.AllClauses.FirstOrDefault(c => c.Text.Contains(normalized, StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    /// <summary>The diagnostic with its line number, and the line numbers in its message, made Word paragraph numbers.</summary>
    private static ImportDiagnostic ToParagraph(ImportDiagnostic diagnostic, WordDocumentText text)
    {
        var message = LineReference().Replace(diagnostic.Message, m =>
        {
            var from = text.ParagraphAt(int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture));
            if (!m.Groups["to"].Success)
            {
                return string.Create(CultureInfo.InvariantCulture, $"paragraph {from}");
            }

            var to = text.ParagraphAt(int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture));
            return to == from ? string.Create(CultureInfo.InvariantCulture, $"paragraph {from}") : string.Create(CultureInfo.InvariantCulture, $"paragraphs {from}\u2013{to}");
        });
        return diagnostic with { Line = text.ParagraphAt(diagnostic.Line), Message = message };
    }

    [GeneratedRegex(@"\blines? (?<from>\d+)(?:\s?\u2013\s?(?<to>\d+))?")]
    private static partial Regex LineReference();
}
