using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Drafting.Model.Export;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// One resolution of an Akoma Ntoso corpus (AKN4UN, as the UNxml repositories publish the official texts): the structure
/// a careful reader sees, read from the XML, and the text a delegate would paste, rendered from the same XML. Element
/// names are matched without their namespace, and the reading is tolerant of what the official conversion does: a
/// preambular paragraph is a <c>container</c> or <c>p</c> of the preamble outside its formula; an operative paragraph a
/// numbered <c>paragraph</c> of the body (or an unnumbered one that reads like a clause); a sub-paragraph a <c>point</c>
/// (nested through <c>sublist</c>), or a body paragraph whose label the conversion left in its text; a heading a
/// <c>heading</c> or <c>subheading</c>, a section's number and title, or a short unpunctuated body paragraph.
/// </summary>
internal sealed partial class AknCorpusDocument
{
    private AknCorpusDocument(string name, bool assembly, CorpusExpectation expected, IReadOnlyList<string> masthead, IReadOnlyList<CorpusPart> parts, IReadOnlyList<string> signOff, ISet<string> categories)
    {
        Name = name;
        IsGeneralAssembly = assembly;
        Expected = expected;
        Masthead = masthead;
        Parts = parts;
        SignOff = signOff;
        Categories = categories;
        Pasted = Render();
    }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>Whether the General Assembly adopted it (else the Security Council).</summary>
    public bool IsGeneralAssembly { get; }

    /// <summary>The organ, as the pass rates are grouped: "GA" or "SC".</summary>
    public string Organ => IsGeneralAssembly ? "GA" : "SC";

    /// <summary>The structure read from the XML.</summary>
    public CorpusExpectation Expected { get; }

    /// <summary>The masthead lines as printed (cover page and title), the formula last.</summary>
    public IReadOnlyList<string> Masthead { get; }

    /// <summary>The paragraphs after the formula, in order.</summary>
    public IReadOnlyList<CorpusPart> Parts { get; }

    /// <summary>The sign-off lines of a General Assembly resolution ("47th plenary meeting", "7 December 2022").</summary>
    public IReadOnlyList<string> SignOff { get; }

    /// <summary>The shapes the text has ("sub-paragraphs", "headings" …), to group the pass rates by.</summary>
    public ISet<string> Categories { get; }

    /// <summary>The text as pasted from the document: masthead, formula, paragraphs with their numbers and labels, headings, sign-off.</summary>
    public string Pasted { get; }

    /// <summary>Reads <paramref name="xml"/>; null when it holds no resolution (no operative part).</summary>
    public static AknCorpusDocument? Read(string name, string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        var body = First(root, "mainBody") ?? First(root, "body");
        if (body is null)
        {
            return null;
        }

        var uri = First(root, "FRBRthis")?.Attribute("value")?.Value ?? "";
        var formulaElement = First(root, "formula");
        var formula = formulaElement is not null ? Text(formulaElement) : null;
        var assembly = uri.Contains("/unga/", StringComparison.Ordinal) || (formula?.Contains("General Assembly", StringComparison.Ordinal) ?? false);
        formula = string.IsNullOrEmpty(formula) ? (assembly ? "The General Assembly," : "The Security Council,") : formula;

        var categories = new SortedSet<string>(StringComparer.Ordinal);
        var preamble = First(root, "preamble");
        var parts = preamble is null ? [] : Preambular(preamble).ToList();
        var reader = new BodyReader(parts, categories);
        reader.Walk(body, depth: 0);
        var operative = parts.Where(p => p.Kind == CorpusPartKind.Operative).ToList();
        if (operative.Count == 0)
        {
            return null;
        }

        var headings = parts.Where(p => p.Kind == CorpusPartKind.Heading).Select(p => p.Text).ToList();
        var depth = parts.Count == 0 ? 0 : parts.Max(p => p.Depth);
        categories.Add(depth switch { 0 => "flat", 1 => "sub-paragraphs", _ => "nested sub-paragraphs" });
        if (headings.Count > 0)
        {
            categories.Add("headings");
        }

        if (operative.Count == 1)
        {
            categories.Add("single operative");
        }

        var expected = new CorpusExpectation(
            name,
            parts.Count(p => p.Kind == CorpusPartKind.Preambular),
            operative.Count,
            parts.Count(p => p.Kind == CorpusPartKind.SubParagraph),
            depth,
            headings,
            operative.Select(p => p.Opening).ToList(),
            operative[0].Text,
            operative[^1].Text);
        var masthead = MastheadLines(root, assembly).Append(formula).ToList();
        var conclusions = First(root, "conclusions") is { } c ? Lines(c).ToList() : [];
        return new AknCorpusDocument(name, assembly, expected, masthead, parts, conclusions, categories);
    }

    /// <summary>The line of <see cref="Pasted"/> each of <see cref="Parts"/> is printed on, in the same order.</summary>
    public IReadOnlyList<int> PastedLines => _pastedLines;

    private readonly List<int> _pastedLines = [];

    private string Render()
    {
        var text = new StringBuilder();
        foreach (var line in Masthead)
        {
            text.Append(line).Append("\n\n");
        }

        foreach (var part in Parts)
        {
            // Each line above is followed by a blank one: this part starts on the line after them.
            _pastedLines.Add((2 * (Masthead.Count + _pastedLines.Count)) + 1);
            text.Append(part.Label.Length > 0 ? part.Label + " " : "");
            text.Append(part.Kind == CorpusPartKind.Heading ? MarkdownWriter.Escape(part.Text) : part.Markdown).Append("\n\n");
        }

        foreach (var line in SignOff)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The masthead as printed: every paragraph of the cover page ("United Nations", "A/RES/78/113", "General Assembly",
    /// "Distr.: General", the date, the session, the agenda item and its name, "Resolution adopted by …", "[on the report
    /// of …]"), then the number and title of a General Assembly resolution ("78/113. Title").
    /// </summary>
    private static IEnumerable<string> MastheadLines(XElement root, bool assembly)
    {
        var preface = First(root, "preface");
        var number = preface is not null && First(preface, "docNumber") is { } n ? Text(n).TrimEnd('.') : null;
        var title = preface is not null && First(preface, "docTitle") is { } t ? Text(t) : null;
        if (First(root, "coverPage") is { } cover)
        {
            foreach (var line in Lines(cover))
            {
                yield return line;
            }
        }
        else
        {
            // No cover page (this project's own export): the masthead a reader of the adopted text sees.
            var day = Date(root)?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            yield return assembly ? "General Assembly" : "Security Council";
            if (assembly && day is not null && number is not null && GaNumber().IsMatch(number))
            {
                yield return $"Resolution adopted by the General Assembly on {day}";
            }
            else if (!assembly && number is not null && ScNumber().Match(number) is { Success: true } sc)
            {
                yield return $"Resolution {sc.Groups["n"].Value} ({sc.Groups["y"].Value})";
                if (day is not null)
                {
                    yield return $"Adopted by the Security Council on {day}";
                }
            }
        }

        if (assembly && number is not null && GaNumber().IsMatch(number) && title is not null)
        {
            yield return $"{number}. {title}";
        }
    }

    private static DateOnly? Date(XElement root)
    {
        var value = First(root, "FRBRdate")?.Attribute("date")?.Value ?? First(root, "docDate")?.Attribute("date")?.Value;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"^\d{2,3}/\d{1,4}$")]
    private static partial Regex GaNumber();

    [GeneratedRegex(@"(?<n>\d{1,4})\s*\((?<y>\d{4})\)")]
    private static partial Regex ScNumber();

    /// <summary>The text of each <c>p</c> of a part, on its own line; a line break (<c>eol</c>) starts another.</summary>
    private static IEnumerable<string> Lines(XElement part)
    {
        foreach (var p in part.Elements().Where(e => e.Name.LocalName == "p"))
        {
            var text = new StringBuilder();
            AppendText(p, text, isRoot: true);
            foreach (var line in text.ToString().Split(LineBreak))
            {
                if (Collapse(line) is { Length: > 0 } collapsed)
                {
                    yield return collapsed;
                }
            }
        }
    }

    private static IEnumerable<CorpusPart> Preambular(XElement preamble)
    {
        foreach (var element in preamble.Elements())
        {
            if (element.Name.LocalName is "container" or "p" or "blockContainer")
            {
                var (text, opening) = ClauseText([element]);
                if (text.Length > 0)
                {
                    yield return new CorpusPart(CorpusPartKind.Preambular, 0, "", text, opening);
                }
            }
        }
    }

    /// <summary>Walks the body in document order, adding its headings, operative paragraphs and sub-paragraphs.</summary>
    private sealed partial class BodyReader(List<CorpusPart> parts, ISet<string> categories)
    {
        /// <summary>An operative number printed without its text, which the next paragraph carries.</summary>
        private string? _pendingNumber;

        public void Walk(XElement element, int depth)
        {
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "paragraph" or "point":
                        Paragraph(child, depth);
                        break;
                    case "section" or "division" or "part" or "chapter" or "hcontainer":
                        if (child.Elements().FirstOrDefault(e => e.Name.LocalName is "heading" or "subheading") is { } title)
                        {
                            AddHeading(Num(child) is { } num ? $"{num.TrimEnd('.')}. {Text(title)}" : Text(title));
                        }

                        Walk(child, depth);
                        break;
                    case "crossHeading":
                        // A preamble inside a section (budget resolutions in parts): not a shape the model holds.
                        categories.Add("sections with preambles");
                        var (cross, crossOpening) = ClauseText([child]);
                        parts.Add(new CorpusPart(CorpusPartKind.Operative, 0, "", cross, crossOpening));
                        break;
                    case "list" or "sublist":
                        // A sublist holds the items of the point before it, one level down.
                        Walk(child, child.Name.LocalName == "sublist" ? depth + 1 : depth);
                        break;
                    case "heading" or "subheading" when depth == 0 && element.Name.LocalName == "mainBody":
                        AddHeading(Text(child));
                        break;
                    case "container" or "table" or "blockList":
                        categories.Add("tables");
                        break;
                }
            }
        }

        private void Paragraph(XElement paragraph, int depth)
        {
            var num = Num(paragraph);
            var own = Own(paragraph);
            if (own.Count == 0 && paragraph.Elements().FirstOrDefault(e => e.Name.LocalName is "heading" or "subheading") is { } title)
            {
                AddHeading(num is null ? Text(title) : $"{num.TrimEnd('.')}. {Text(title)}");
                return;
            }

            var (text, opening) = ClauseText(own);
            if (num is not null && depth == 0 && (OperativeNumber().IsMatch(num) || LabelAlone().IsMatch(num)) && text.Length == 0 && !paragraph.Elements().Any(e => e.Name.LocalName == "list"))
            {
                // The conversion put the number in a paragraph of its own and the text in the next (S/RES/1286 (2000)); so
                // with labels ("(e)" / "To help the Government …", S/RES/1528 (2004)).
                _pendingNumber = num;
                return;
            }

            if (num is null && depth == 0 && _pendingNumber is { } pending)
            {
                num = pending;
            }

            _pendingNumber = null;
            if (num is not null && depth == 0 && OperativeNumber().IsMatch(num))
            {
                parts.Add(new CorpusPart(CorpusPartKind.Operative, 0, num, text, opening));
            }
            else if (num is not null && depth == 0 && Numeral().IsMatch(num) && text.Length > 0 && !char.IsPunctuation(text[^1]))
            {
                // "I." before "Political process": a numbered heading the conversion made a paragraph.
                AddHeading($"{num.TrimEnd('.')}. {text}");
            }
            else if (num is not null)
            {
                parts.Add(new CorpusPart(CorpusPartKind.SubParagraph, Math.Max(depth, 1), num, text, opening));
            }
            else if (depth == 0 && LabelInText().Match(text) is { Success: true } label && parts.Any(p => p.Kind == CorpusPartKind.Operative))
            {
                // The conversion left the label in the text ("\t(a)\tEnsuring …"): a sub-paragraph of the paragraph above.
                categories.Add("labels in text");
                var rest = text[label.Length..];
                var opens = opening is not null && rest.StartsWith(opening, StringComparison.Ordinal) ? opening : null;
                parts.Add(new CorpusPart(CorpusPartKind.SubParagraph, LabelDepth(label.Groups["label"].Value), label.Groups["label"].Value, rest, opens));
            }
            else if (depth == 0 && text.Length > 0 && text.Length <= 120 && !char.IsPunctuation(text[^1]))
            {
                AddHeading(text);
            }
            else if (depth == 0 && text.EndsWith(',') && !parts.Any(p => p.Kind == CorpusPartKind.Operative)
                && opening is not null && Drafting.Model.Import.OpeningPhrases.Default.Match(Drafting.Model.Resolutions.ClauseKind.Operative, text) is null)
            {
                // The last preambular paragraph put in the body by the conversion ("*Remaining fully committed* …," before 1.):
                // it opens with an italic phrase that is no operative one and ends with a comma.
                categories.Add("preamble in the body");
                parts.Add(new CorpusPart(CorpusPartKind.Preambular, 0, "", text, opening));
            }
            else if (text.Length > 0)
            {
                categories.Add("unnumbered operative");
                parts.Add(new CorpusPart(depth == 0 ? CorpusPartKind.Operative : CorpusPartKind.SubParagraph, depth, depth == 0 ? "" : "\u2013", text, opening));
            }

            foreach (var list in paragraph.Elements().Where(e => e.Name.LocalName == "list"))
            {
                Walk(list, depth + 1);
                if (list.Elements().FirstOrDefault(e => e.Name.LocalName == "wrapUp") is { } wrapUp)
                {
                    categories.Add("text after a list");
                    parts.Add(new CorpusPart(CorpusPartKind.Continuation, depth + 1, "", Text(wrapUp), null));
                }
            }
        }

        /// <summary>
        /// Adds a heading; one printed right under another is stacked with it as the importer reads a stacked heading:
        /// "I" over "Title" is "I. Title", an acronym over a subtitle "UNMISS – Protection of civilians".
        /// </summary>
        private void AddHeading(string text)
        {
            if (parts.Count > 0 && parts[^1] is { Kind: CorpusPartKind.Heading } above)
            {
                parts[^1] = above with { Text = Numeral().IsMatch(above.Text) ? $"{above.Text.TrimEnd('.')}. {text}" : $"{above.Text} \u2013 {text}" };
                return;
            }

            parts.Add(Heading(text));
        }

        /// <summary>A label left in the text: a roman numeral after a lettered item nests under it; any other is one level down from the paragraph.</summary>
        private int LabelDepth(string label)
        {
            var last = parts.LastOrDefault(p => p.Kind == CorpusPartKind.SubParagraph);
            if (last is null || last.Kind != CorpusPartKind.SubParagraph)
            {
                return 1;
            }

            var isRoman = RomanLabel().IsMatch(label);
            var lastRoman = RomanLabel().IsMatch(last.Label) && !(last.Label == "(i)" && parts.Any(p => p.Label == "(h)"));
            if (isRoman && !lastRoman && !(label == "(i)" && last.Label == "(h)"))
            {
                return last.Depth + 1;
            }

            return isRoman || !lastRoman ? last.Depth : Math.Max(1, last.Depth - 1);
        }

        [GeneratedRegex(@"^\([a-z]{1,4}\)$")]
        private static partial Regex LabelAlone();

        [GeneratedRegex(@"^(?:[IVXLC]{1,6}|[A-Z])\.?$")]
        private static partial Regex Numeral();

        [GeneratedRegex(@"^\d+\.$")]
        private static partial Regex OperativeNumber();

        [GeneratedRegex(@"^(?<label>\([a-z]{1,4}\)|\(\d{1,2}\)|[a-z]{1,3}\.) ")]
        private static partial Regex LabelInText();

        [GeneratedRegex(@"^\(?[ivxl]+[.)]$")]
        private static partial Regex RomanLabel();
    }

    private static CorpusPart Heading(string text) => new(CorpusPartKind.Heading, 0, "", text, null);

    /// <summary>The elements holding a clause's own words: content, intro (also a list's), p, wrapUp of its own.</summary>
    private static List<XElement> Own(XElement clause) =>
    [
        .. clause.Elements().Where(e => e.Name.LocalName is "content" or "intro" or "p"),
        .. clause.Elements().Where(e => e.Name.LocalName == "list").SelectMany(l => l.Elements().Where(e => e.Name.LocalName == "intro")),
    ];

    /// <summary>The text of a clause's own elements without sub-paragraphs and footnotes; its leading italic.</summary>
    private static (string Text, string? Opening) ClauseText(List<XElement> own)
    {
        var text = Collapse(string.Join(' ', own.Select(Text)));
        var first = own.SelectMany(e => e.DescendantsAndSelf()).FirstOrDefault(e => e.Name.LocalName is "p" or "crossHeading");
        string? opening = null;
        if (first?.Nodes().FirstOrDefault(n => n is not XText { Value: var v } || v.Trim().Length > 0) is XElement leading && IsItalic(leading))
        {
            opening = Collapse(Text(leading)).TrimEnd(',', ':', ';', ' ');
        }

        return (text, string.IsNullOrEmpty(opening) || !text.StartsWith(opening, StringComparison.Ordinal) ? null : opening);
    }

    private static bool IsItalic(XElement element) =>
        element.Name.LocalName is "i" || (element.Name.LocalName == "span" && (element.Attribute("class")?.Value.Contains("italic", StringComparison.Ordinal) ?? false));

    private static string? Num(XElement element) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == "num") is { } num ? Collapse(num.Value) : null;

    /// <summary>The text of an element without its number, footnotes and nested sub-paragraphs, white space collapsed.</summary>
    private static string Text(XElement element)
    {
        var text = new StringBuilder();
        AppendText(element, text, isRoot: true);
        return Collapse(text.ToString());
    }

    private static void AppendText(XElement element, StringBuilder text, bool isRoot)
    {
        if (!isRoot && element.Name.LocalName is "authorialNote" or "num" or "list" or "sublist" or "point" or "img")
        {
            return;
        }

        if (element.Name.LocalName == "eol")
        {
            text.Append(LineBreak);
            return;
        }

        if (element.Name.LocalName == "docDate" && text.Length > 0 && !char.IsWhiteSpace(text[^1]))
        {
            // "on<docDate>17 March 2005</docDate>": the printed text has the space the markup lost.
            text.Append(' ');
        }

        foreach (var node in element.Nodes())
        {
            if (node is XText piece)
            {
                text.Append(piece.Value);
            }
            else if (node is XElement child)
            {
                AppendText(child, text, isRoot: false);
            }
        }
    }

    private static XElement? First(XElement root, string localName) =>
        root.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>Stands for a line break (<c>eol</c>) until a masthead paragraph is split into its lines.</summary>
    private const char LineBreak = '\u2028';

    private static string Collapse(string text) => WhitespaceRegex.Replace(text, " ").Trim();

    private static readonly Regex WhitespaceRegex = new(@"\s+", RegexOptions.Compiled);
}

/// <summary>What a paragraph of the body is.</summary>
internal enum CorpusPartKind
{
    /// <summary>A preambular paragraph.</summary>
    Preambular,

    /// <summary>A heading.</summary>
    Heading,

    /// <summary>An operative paragraph.</summary>
    Operative,

    /// <summary>A sub-paragraph at <see cref="CorpusPart.Depth"/>.</summary>
    SubParagraph,

    /// <summary>Unlabelled text after a list, which goes on with its last item.</summary>
    Continuation,
}

/// <summary>A paragraph of a corpus document as the XML gives it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Depth">0 for paragraphs and headings, 1 for the sub-paragraphs of an operative paragraph, and so on.</param>
/// <param name="Label">Its printed number or label ("3.", "(b)", "–"), or empty.</param>
/// <param name="Text">Its plain text.</param>
/// <param name="Opening">Its italic opening, or null.</param>
internal sealed record CorpusPart(CorpusPartKind Kind, int Depth, string Label, string Text, string? Opening)
{
    /// <summary>The text as a Markdown copy pastes it: the italic opening between asterisks, marks in the text escaped.</summary>
    public string Markdown =>
        Opening is { } opening && Text.StartsWith(opening, StringComparison.Ordinal)
            ? $"*{MarkdownWriter.Escape(opening)}*{MarkdownWriter.Escape(Text[opening.Length..])}"
            : MarkdownWriter.Escape(Text);
}

/// <summary>The structure of a resolution as its XML gives it.</summary>
/// <param name="Symbol">Its symbol or file name, to name it in reports.</param>
/// <param name="Preambular">How many preambular paragraphs.</param>
/// <param name="Operative">How many operative paragraphs.</param>
/// <param name="SubParagraphs">How many sub-paragraphs, at every depth.</param>
/// <param name="Depth">How deep its sub-paragraphs nest (0 when it has none).</param>
/// <param name="Headings">Its headings in the operative part, in order.</param>
/// <param name="Openings">The italic opening of each operative paragraph (null where it has none).</param>
/// <param name="FirstOperative">The text of the first operative paragraph.</param>
/// <param name="LastOperative">The text of the last operative paragraph.</param>
internal sealed record CorpusExpectation(
    string Symbol, int Preambular, int Operative, int SubParagraphs, int Depth, IReadOnlyList<string> Headings, IReadOnlyList<string?> Openings, string FirstOperative, string LastOperative);
