using System.Text;
using System.Text.RegularExpressions;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// A corpus document as a careless copy from the PDF pastes it, the way seed 000 came: every paragraph hard-wrapped,
/// page furniture (page numbers, the symbol, job numbers) between lines, and every line numbered, blank ones too.
/// </summary>
internal static partial class CorpusMessyText
{
    /// <summary>The messy copy of <paramref name="document"/>; the same document always gives the same copy.</summary>
    public static string Of(AknCorpusDocument document)
    {
        var random = new Random(StableSeed(document.Name));
        var width = random.Next(70, 110);
        var symbol = document.Masthead.FirstOrDefault(l => Symbol().IsMatch(l)) ?? (document.IsGeneralAssembly ? "A/RES/78/70" : "S/RES/2417 (2018)");
        var lines = new List<string>();
        foreach (var line in document.Masthead)
        {
            lines.Add(line);
            lines.Add("");
        }

        var page = 1;
        foreach (var part in document.Parts)
        {
            var printed = (part.Label.Length > 0 ? part.Label + " " : "") + (part.Kind == CorpusPartKind.Heading ? Drafting.Model.Export.MarkdownWriter.Escape(part.Text) : part.Markdown);
            var wrapped = part.Kind == CorpusPartKind.Heading ? [printed] : PdfCopyPropertyTests.Wrap(printed, width);
            for (var w = 0; w < wrapped.Count; w++)
            {
                if (random.Next(12) == 0)
                {
                    lines.AddRange(PageBreak(++page, symbol, random));
                }

                lines.Add(wrapped[w]);
            }

            lines.Add("");
        }

        lines.AddRange(document.SignOff);

        // Line-numbered PDF copies (seed 000) number every line, blank ones included.
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append($"{i + 1} {lines[i]}".TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The foot of one page and the head of the next, in one of the orders PDF readers paste them.</summary>
    private static string[] PageBreak(int page, string symbol, Random random) => random.Next(3) switch
    {
        0 => ["", $"{page - 1}/{page + 3}", "", symbol, ""],
        1 => ["", "18-08912", "", $"{page - 1}/{page + 3}", "", symbol, ""],
        _ => ["", $"{symbol}", $"{page - 1}/{page + 3}    23-24815", ""],
    };

    /// <summary>A seed from the name that does not change between runs (string.GetHashCode does).</summary>
    private static int StableSeed(string name)
    {
        var seed = 17;
        foreach (var c in name)
        {
            seed = unchecked((seed * 31) + c);
        }

        return seed;
    }

    [GeneratedRegex(@"^(?:A|S)/RES/")]
    private static partial Regex Symbol();
}
