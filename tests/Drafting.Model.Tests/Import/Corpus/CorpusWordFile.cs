using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Tests.Import.Docx;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// A corpus document as a Word file a delegation would send: one Word paragraph per printed paragraph, the masthead
/// lines as plain paragraphs, openings in italics, and every number and label made by automatic numbering (one list
/// for the operative paragraphs, one for each list of sub-paragraphs, each at its depth) instead of typed.
/// </summary>
internal static partial class CorpusWordFile
{
    /// <summary>The .docx bytes of <paramref name="document"/>.</summary>
    public static byte[] Of(AknCorpusDocument document)
    {
        var file = new WordFile();
        foreach (var line in document.Masthead)
        {
            file.Add(WordFile.P(WordFile.R(line)));
        }

        const int operativeList = 1;
        file.AbstractNumbering(operativeList, ("decimal", "%1.")).List(operativeList, operativeList);
        var nextList = operativeList + 1;

        // The list open at each depth: its numbering instance, and the label it expects next.
        var open = new Dictionary<int, (int NumId, string Format, string Text, int Next)>();
        foreach (var part in document.Parts)
        {
            var runs = Runs(part);
            switch (part.Kind)
            {
                case CorpusPartKind.Operative when OperativeNumber().IsMatch(part.Label):
                    open.Clear();
                    file.Add(WordFile.Numbered(operativeList, 0, runs));
                    break;
                case CorpusPartKind.SubParagraph when Format(part.Label, open.TryGetValue(part.Depth, out var current) ? current : null) is { } format:
                    foreach (var deeper in open.Keys.Where(d => d > part.Depth).ToList())
                    {
                        open.Remove(deeper);
                    }

                    if (!open.TryGetValue(part.Depth, out var list) || list.Format != format.Format || list.Text != format.Text || list.Next != format.Ordinal)
                    {
                        // A new list (or one that does not count on as printed): its own numbering, starting at this label.
                        list = (nextList++, format.Format, format.Text, format.Ordinal);
                        file.RawAbstract(Abstract(list.NumId, part.Depth, format.Format, format.Text));
                        file.RawList(new NumberingInstance(new AbstractNumId { Val = list.NumId },
                            new LevelOverride(new StartOverrideNumberingValue { Val = format.Ordinal }) { LevelIndex = part.Depth }) { NumberID = list.NumId });
                    }

                    open[part.Depth] = list with { Next = list.Next + 1 };
                    file.Add(WordFile.Numbered(list.NumId, part.Depth, runs));
                    break;
                default:
                    // Unnumbered paragraphs, headings, and labels no Word number format prints: as typed.
                    file.Add(WordFile.P([.. part.Label.Length > 0 ? [WordFile.R(part.Label + "\t")] : Array.Empty<OpenXmlElement>(), .. runs]));
                    break;
            }
        }

        foreach (var line in document.SignOff)
        {
            file.Add(WordFile.P(WordFile.R(line)));
        }

        return file.Bytes();
    }

    private static OpenXmlElement[] Runs(CorpusPart part) =>
        part.Opening is { } opening && part.Text.StartsWith(opening, StringComparison.Ordinal)
            ? [WordFile.I(opening), WordFile.R(part.Text[opening.Length..])]
            : [WordFile.R(part.Text)];

    /// <summary>An abstract numbering whose level <paramref name="depth"/> prints the label (the levels above it are never used).</summary>
    private static AbstractNum Abstract(int id, int depth, string format, string text)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        for (var level = 0; level <= depth; level++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
                new LevelText { Val = text.Replace("%1", $"%{level + 1}", StringComparison.Ordinal) })
            { LevelIndex = level });
        }

        return abstractNum;
    }

    /// <summary>
    /// The Word number format, level text and counter value that print <paramref name="label"/>, or null when none does.
    /// A label both roman and a letter ("(i)", "(v)") counts on the list open at its depth when it can ("(i)" after
    /// "(h)"), else it is the roman numeral.
    /// </summary>
    private static (string Format, string Text, int Ordinal)? Format(string label, (int NumId, string Format, string Text, int Next)? open)
    {
        if (label is "\u2013" or "\u2014" or "-" or "\u2022")
        {
            return ("bullet", label, 1);
        }

        if (Label().Match(label) is not { Success: true } match)
        {
            return null;
        }

        var token = match.Groups["token"].Value;
        var text = match.Groups["open"].Success ? "(%1)" : "%1.";
        if (int.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return ("decimal", text, number);
        }

        (string, string, int)? letter = token.All(c => c == token[0]) ? ("lowerLetter", text, ((token.Length - 1) * 26) + (token[0] - 'a') + 1) : null;
        (string, string, int)? roman = Roman(token) is { } value ? ("lowerRoman", text, value) : null;
        if (letter is { } l && open is { } list && list.Format == l.Item1 && list.Text == l.Item2 && list.Next == l.Item3)
        {
            return letter;
        }

        return roman ?? letter;
    }

    private static int? Roman(string token)
    {
        for (var value = 1; value <= 60; value++)
        {
            if (Drafting.Model.Resolutions.ClauseLabels.Roman(value) == token)
            {
                return value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\d+\.$")]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@"^(?:(?<open>\()(?<token>[a-z]{1,4}|\d{1,2})\)|(?<token>[a-z]{1,4})\.)$")]
    private static partial Regex Label();
}
