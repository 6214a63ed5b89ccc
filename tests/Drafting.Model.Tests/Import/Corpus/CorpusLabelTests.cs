using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// Nothing labelled is lost in silence: every labelled item of every official resolution of the corpus ("(h) … ; or",
/// then "(i) …"), pasted, is a sub-paragraph of the import or named by a warning on its line.
/// </summary>
public class CorpusLabelTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_labelled_item_of_the_corpus_pasted_is_a_sub_paragraph_or_named_in_a_warning()
    {
        var folder = CorpusFolder.Find();
        Assert.True(folder is not null, $"No corpus: neither {CorpusFolder.Variable} nor shared/corpus/unxml beside the repository names a folder.");

        var items = 0;
        var lost = new List<string>();
        foreach (var document in CorpusFolder.Documents(folder!))
        {
            var imported = ResolutionImporter.Default.Import(document.Pasted);
            var subParagraphs = imported.Resolution is { } resolution
                ? resolution.Operative.SelectMany(c => c.SubParagraphs).SelectMany(Descendants).Select(c => c.Text).ToList()
                : [];
            var warned = imported.Warnings.Select(w => w.Line).ToHashSet();
            for (var i = 0; i < document.Parts.Count; i++)
            {
                var part = document.Parts[i];
                if (part.Kind != CorpusPartKind.SubParagraph || part.Label.Length == 0)
                {
                    continue;
                }

                items++;
                var line = document.PastedLines[i];
                var start = part.Text[..Math.Min(part.Text.Length, 40)];
                if (!warned.Contains(line) && !subParagraphs.Any(t => t.StartsWith(start, StringComparison.Ordinal)))
                {
                    lost.Add($"{document.Name} line {line}: '{part.Label} {start}…' is neither a sub-paragraph nor named in a warning");
                }
            }
        }

        output.WriteLine($"{items} labelled items, {lost.Count} lost in silence.");
        Assert.True(items > 1_000, $"Only {items} labelled items were found in the corpus.");
        Assert.Empty(lost);
    }

    private static IEnumerable<Clause> Descendants(Clause clause) => clause.SubParagraphs.SelectMany(Descendants).Prepend(clause);
}
