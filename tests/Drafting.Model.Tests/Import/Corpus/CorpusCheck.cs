using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>Imports a corpus document and says where the result differs from the structure its XML gives.</summary>
internal static class CorpusCheck
{
    /// <summary>The differences of the pasted text's import, one line each; empty when the import matches.</summary>
    public static List<string> Differences(AknCorpusDocument document) =>
        Differences(document.Expected, () => ResolutionImporter.Default.Import(document.Pasted));

    /// <summary>The differences of what <paramref name="import"/> gives, one line each; empty when it matches <paramref name="expected"/>.</summary>
    public static List<string> Differences(CorpusExpectation expected, Func<ImportResult?> import)
    {
        ImportResult? imported;
        try
        {
            imported = import();
        }
        catch (Exception exception)
        {
            return [$"threw {exception.GetType().Name}: {exception.Message}"];
        }

        if (imported is not { } result)
        {
            return ["refused: not read as a Word file"];
        }

        if (result.Resolution is not { } resolution)
        {
            return [$"refused: {string.Join("; ", result.Errors)}"];
        }

        var differences = new List<string>();
        void Check<T>(string what, T wanted, T got)
        {
            if (!EqualityComparer<T>.Default.Equals(wanted, got))
            {
                differences.Add($"{what}: expected {wanted}, got {got}");
            }
        }

        Check("preambular paragraphs", expected.Preambular, resolution.Preambular.Length);
        if (resolution.Preambular.Length > expected.Preambular)
        {
            // Most often a masthead line read as the first paragraph: name it.
            differences.Add($"first preambular paragraph: {resolution.Preambular[0].Text[..Math.Min(60, resolution.Preambular[0].Text.Length)]}");
        }

        Check("operative paragraphs", expected.Operative, resolution.Operative.Length);
        Check("sub-paragraphs", expected.SubParagraphs, resolution.Operative.Sum(Count));
        Check("depth", expected.Depth, resolution.Operative.Length == 0 ? 0 : resolution.Operative.Max(Depth));
        Check("headings", string.Join(" | ", expected.Headings), string.Join(" | ", resolution.Headings.Select(h => h.Text)));
        Check("openings", string.Join(" | ", expected.Openings), string.Join(" | ", resolution.Operative.Select(c => c.Opening)));
        if (resolution.Operative.Length > 0)
        {
            Check("first operative text", expected.FirstOperative, resolution.Operative[0].Text);
            Check("last operative text", expected.LastOperative, resolution.Operative[^1].Text);
        }

        return differences;
    }

    private static int Count(Clause clause) => clause.SubParagraphs.Sum(s => 1 + Count(s));

    private static int Depth(Clause clause) => clause.SubParagraphs.Length == 0 ? 0 : 1 + clause.SubParagraphs.Max(Depth);
}
