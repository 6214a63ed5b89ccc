using System.Text;
using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>
/// Any generated resolution, exported to Markdown and then mangled the way a copy from the PDF is (headings as plain
/// lines, hard wraps, page breaks with running headers, page numbers and job numbers), imports back to the same structure.
/// </summary>
public class PdfCopyPropertyTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    [Fact]
    public void Generated_resolutions_survive_a_pdf_copy()
    {
        Gen.Select(ResolutionGenerator.Resolutions, Gen.Int[40, 90], Gen.Int, Gen.Bool, (resolution, width, seed, numbered) => (resolution, width, seed, numbered))
            .Sample(t =>
            {
                var pasted = PdfCopy(t.resolution, t.width, new Random(t.seed), t.numbered);
                var imported = ResolutionImporter.Default.Import(pasted);
                Assert.True(imported.Succeeded, pasted + "\n" + string.Join("\n", imported.Diagnostics));
                ResolutionAssert.SameContent(t.resolution, imported.Resolution!);
                Assert.DoesNotContain(imported.Warnings, w => w.Code is "unnumbered-operative" or "heading-without-paragraph");
            }, seed: Seed, iter: 200, print: t => PdfCopy(t.resolution, t.width, new Random(t.seed), t.numbered));
    }

    /// <summary>The Markdown export as a PDF copy pastes: the body hard-wrapped at <paramref name="width"/>, page furniture between pages.</summary>
    internal static string PdfCopy(Resolution resolution, int width, Random random, bool lineNumbers = false)
    {
        var copy = PdfPages(resolution, width, random);
        if (!lineNumbers)
        {
            return copy;
        }

        // Line-numbered PDF copies (seed 000) number every line, blank ones included.
        return string.Join('\n', copy.Split('\n').Select((line, i) => $"{i + 1} {line}".TrimEnd()));
    }

    private static string PdfPages(Resolution resolution, int width, Random random)
    {
        var markdown = MarkdownWriter.Write(resolution).Split('\n');
        var formula = Array.IndexOf(markdown, MarkdownWriter.Escape(resolution.Formula));
        var output = new StringBuilder();
        var page = 1;
        for (var i = 0; i < markdown.Length; i++)
        {
            var line = markdown[i];
            if (i <= formula || line.Length == 0)
            {
                output.Append(line).Append('\n');
                if (i > formula && random.Next(4) == 0)
                {
                    output.Append(PageBreak(++page, random));
                }

                continue;
            }

            // PDF copies lose the Markdown heading marker: the heading is a short plain line.
            var text = line.StartsWith("### ", StringComparison.Ordinal) ? line[4..] : line;
            var wrapped = Wrap(text, width);
            for (var w = 0; w < wrapped.Count; w++)
            {
                if (w > 0 && random.Next(6) == 0)
                {
                    output.Append(PageBreak(++page, random));
                }

                output.Append(wrapped[w]).Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>The foot of one page and the head of the next, in one of the orders PDF readers paste them.</summary>
    private static string PageBreak(int page, Random random) => random.Next(3) switch
    {
        0 => $"\n{page - 1}/{page + 3}\n\nS/RES/2417 (2018)\n\n",
        1 => $"\n18-08912\n\n{page - 1}/{page + 3}\n\nA/RES/78/70\n\n",
        _ => $"\nA/C.3/78/L.12/Rev.1\n{page - 1}/{page + 3}    23-24815\n\n",
    };

    /// <summary>
    /// Greedy wrap that never breaks where the importer could not tell a wrap from a new paragraph (the same holds for
    /// a real PDF: a line ending in a semicolon followed by an italic opening is a new clause).
    /// </summary>
    private static List<string> Wrap(string line, int width)
    {
        // PDF copies lose the indentation of sub-paragraphs; their labels say where they belong.
        var words = line.Trim().Split(' ');
        var lines = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var breakable = current.Length > 0 && current.Length + 1 + word.Length > width && CanBreakBetween(words[i - 1], word);
            if (breakable)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            else if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        lines.Add(current.ToString());
        return lines;
    }

    private static bool CanBreakBetween(string before, string after) =>
        before.Length > 0 && after.Length > 0
        && !(before[^1] is ',' or ';' or ':' or '.' or '!' or '?')
        && !(after[0] is '*' or '_' or '\\' or '(' or '-' or '#' or '[' or '`' or '<' or '"' or '\u201C' || char.IsAsciiDigit(after[0]))
        && OpeningPhrases.Default.Match(ClauseKind.SubParagraph, after) is null;
}
