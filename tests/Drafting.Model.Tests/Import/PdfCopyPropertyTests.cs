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

    /// <summary>Headings in every printed form of issue 16 (long, colon, acronym, stacked, label above or before a title).</summary>
    private static readonly string?[] PrintedHeadings =
    [
        null, null, null, "Prevention of illicit exports of petroleum, including crude oil and refined petroleum products", "Reports:", "UNMISS",
        "UNMISS \u2013 Protection of civilians", "I. Achieving sustainable fisheries", "IV. Reporting", "A. Targeted sanctions", "Assets freeze",
    ];

    private static readonly string[] AgendaTitles =
    [
        "Oceans and the law of the sea",
        "Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives",
        "Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits in the economic, social and related fields",
    ];

    [Fact]
    public void Adopted_general_assembly_resolutions_with_headings_in_every_form_and_a_sign_off_survive_a_pdf_copy()
    {
        var adopted = ResolutionGenerator.Resolutions.SelectMany(r => Gen.OneOfConst(PrintedHeadings).Array[r.Operative.Length].Select(headings => Adopted(r, headings)));
        Gen.Select(adopted, Gen.Int[40, 90], Gen.Int, Gen.Int[0, AgendaTitles.Length - 1], (resolution, width, seed, agenda) => (resolution, width, seed, agenda))
            .Sample(t =>
            {
                var pasted = GeneralAssemblyPdfCopy(t.resolution, t.width, new Random(t.seed), AgendaTitles[t.agenda]);
                var imported = ResolutionImporter.Default.Import(pasted);
                Assert.True(imported.Succeeded, pasted + "\n" + string.Join("\n", imported.Diagnostics));
                ResolutionAssert.SameContent(t.resolution, imported.Resolution!);
                Assert.Equal(Stage.Adopted, imported.Resolution!.Stage);
                Assert.Equal("A/RES/77/230", imported.Resolution.Symbol);
                Assert.Equal(new DecisionRecord("48th plenary meeting", new DateOnly(2022, 12, 15)), imported.Resolution.Decided);
                Assert.DoesNotContain(imported.Warnings, w => w.Code is "unnumbered-operative" or "heading-without-paragraph" or "no-formula" or "heading-in-list");
            }, seed: "3H2lYyN0a0N8", iter: 200, print: t => GeneralAssemblyPdfCopy(t.resolution, t.width, new Random(t.seed), AgendaTitles[t.agenda]));
    }

    /// <summary>The generated resolution as the General Assembly adopted it: its symbol, title and date, no sponsors.</summary>
    private static Resolution Adopted(Resolution draft, string?[] headings) =>
        new(draft.Id, Organ.GeneralAssembly, Organ.GeneralAssembly.DefaultFormula, draft.Preambular, draft.Operative, [], "A/RES/77/230",
            "Situation of human rights in the Autonomous Republic of Crimea", null, new DateOnly(2022, 12, 15), Stage.Adopted,
            headings: draft.Operative.Select((c, i) => headings[i] is { } text ? new Heading(ClauseId.New(), text, c.Id) : null).OfType<Heading>());

    /// <summary>
    /// The PDF copy of an adopted General Assembly resolution: the masthead with or without blank lines between its lines
    /// (the agenda title hard-wrapped), or with its columns joined by one space as a PDF viewer copies them, the body as <see cref="PdfCopy"/> makes it with stacked headings printed on two
    /// lines, and the sign-off on one or two lines.
    /// </summary>
    internal static string GeneralAssemblyPdfCopy(Resolution resolution, int width, Random random, string agendaTitle)
    {
        var gap = random.Next(2) == 0 ? "\n" : "\n\n";
        // Copied from a PDF viewer the masthead's columns come joined by one space, the agenda item's name on its line.
        var joined = random.Next(3) == 0;
        var columns = joined
            ? ["United Nations A/RES/77/230", "General Assembly Distr.: General 20 December 2022", $"Seventy-seventh session Agenda item 71 (c) {agendaTitle}"]
            : new[] { "United Nations", "A/RES/77/230", "General Assembly", "Distr.: General", "20 December 2022", "Seventy-seventh session", "Agenda item 71 (c)" }
                .Concat(Wrap(agendaTitle, Math.Max(width, 50)));
        var masthead = columns
            .Concat([
                "Resolution adopted by the General Assembly on 15 December 2022",
                "[on the report of the Third Committee (A/77/463/Add.3, para. 40)]",
                $"77/230. {resolution.Title}",
            ]);
        var body = PdfPages(resolution, width, random, headingLines: heading => Stacked(heading, random));
        var formula = body.IndexOf(resolution.Formula, StringComparison.Ordinal);
        var signOff = random.Next(3) switch
        {
            0 => "48th plenary meeting\n15 December 2022",
            1 => "48th plenary meeting          15 December 2022",
            _ => "48th plenary meeting 15 December 2022",
        };
        return string.Join(gap, masthead) + "\n\n" + body[formula..].TrimEnd() + "\n\n" + signOff + "\n";
    }

    /// <summary>A heading as the PDF stacks it: "I" above its title, "A." above or before it, an acronym above a subtitle.</summary>
    private static IEnumerable<string> Stacked(string heading, Random random)
    {
        if (heading.Split(". ", 2) is [var label, var title] && label.All(char.IsUpper) && label.Length <= 2 && random.Next(2) == 0)
        {
            return random.Next(2) == 0 ? [label, title] : [label + ".", "", title];
        }

        return heading.Split(" \u2013 ", 2) is [var acronym, var subtitle] ? [acronym, subtitle] : [heading];
    }

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

    private static string PdfPages(Resolution resolution, int width, Random random, Func<string, IEnumerable<string>>? headingLines = null)
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

            // PDF copies lose the Markdown heading marker: the heading is a short plain line, or several.
            if (line.StartsWith("### ", StringComparison.Ordinal) && headingLines is not null)
            {
                foreach (var printed in headingLines(line[4..].Replace("\\", "", StringComparison.Ordinal)))
                {
                    output.AppendJoin('\n', printed.Length == 0 ? [""] : Wrap(printed, width)).Append('\n');
                }

                continue;
            }

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
    internal static List<string> Wrap(string line, int width)
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
