using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Drafting.Model.Export;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// One resolution of an Akoma Ntoso corpus (AKN4UN, as the UNxml repositories publish the official texts): the structure
/// a careful reader sees, read from the XML, and the text a delegate would paste, rendered from the same XML. Element
/// names are matched without their namespace, and the reading is tolerant: a preambular paragraph is a
/// <c>container</c> or a <c>p</c> of the preamble outside its formula; an operative paragraph a <c>paragraph</c> of the
/// body; a sub-paragraph a <c>point</c>; a heading a <c>heading</c> or <c>subheading</c> outside any paragraph.
/// </summary>
internal sealed partial class AknCorpusDocument
{
    private AknCorpusDocument(string name, CorpusExpectation expected, string pasted)
    {
        Name = name;
        Expected = expected;
        Pasted = pasted;
    }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>The structure read from the XML.</summary>
    public CorpusExpectation Expected { get; }

    /// <summary>The text as pasted from the document: masthead, formula, paragraphs with their numbers and labels, headings.</summary>
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
        var formula = First(root, "formula") is { } f ? Text(f) : null;
        var assembly = uri.Contains("/unga/", StringComparison.Ordinal) || (formula?.Contains("General Assembly", StringComparison.Ordinal) ?? false);
        var date = Date(root);
        var title = First(root, "docTitle") is { } t ? Text(t) : null;
        var number = First(root, "docNumber") is { } n ? Text(n) : null;

        var preamble = First(root, "preamble");
        var preambular = preamble is null ? [] : Preambular(preamble).ToList();
        var parts = new List<Part>();
        Walk(body, parts, depth: 0);
        var operative = parts.Where(p => p.Kind == PartKind.Operative).ToList();
        if (operative.Count == 0)
        {
            return null;
        }

        var expected = new CorpusExpectation(
            number ?? name,
            preambular.Count,
            operative.Count,
            parts.Count == 0 ? 0 : parts.Max(p => p.Depth),
            parts.Where(p => p.Kind == PartKind.Heading).Select(p => p.Text).ToList(),
            operative.Select(p => p.Opening).ToList(),
            operative[0].Text,
            operative[^1].Text);
        var pasted = Render(assembly, number, date, title, formula ?? (assembly ? "The General Assembly," : "The Security Council,"), preambular, parts);
        return new AknCorpusDocument(name, expected, pasted);
    }

    private static string Render(bool assembly, string? number, DateOnly? date, string? title, string formula, List<Part> preambular, List<Part> parts)
    {
        var text = new StringBuilder();
        var day = date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        text.Append(assembly ? "General Assembly" : "Security Council").Append("\n\n");
        if (assembly)
        {
            if (day is not null)
            {
                text.Append("Resolution adopted by the General Assembly on ").Append(day).Append("\n\n");
            }

            if (number is not null && GaNumber().Match(number) is { Success: true } ga)
            {
                text.Append(ga.Groups["s"].Value).Append('/').Append(ga.Groups["n"].Value).Append(". ").Append(title ?? "Resolution").Append("\n\n");
            }
        }
        else
        {
            if (number is not null && ScNumber().Match(number) is { Success: true } sc)
            {
                text.Append("Resolution ").Append(sc.Groups["n"].Value).Append(" (").Append(sc.Groups["y"].Value).Append(")\n\n");
            }

            if (day is not null)
            {
                text.Append("Adopted by the Security Council on ").Append(day).Append("\n\n");
            }
        }

        text.Append(formula).Append("\n\n");
        foreach (var part in preambular.Concat(parts))
        {
            text.Append(part.Kind switch
            {
                PartKind.Operative => part.Label + " ",
                PartKind.SubParagraph => part.Label + " ",
                _ => "",
            });
            text.Append(part.Kind == PartKind.Heading ? part.Text : Emphasised(part)).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The paragraph as a Markdown copy pastes it: its italic opening between asterisks, marks in the text escaped.</summary>
    private static string Emphasised(Part part) =>
        part.Opening is { } opening && part.Text.StartsWith(opening, StringComparison.Ordinal)
            ? $"*{MarkdownWriter.Escape(opening)}*{MarkdownWriter.Escape(part.Text[opening.Length..])}"
            : MarkdownWriter.Escape(part.Text);

    private static IEnumerable<Part> Preambular(XElement preamble)
    {
        foreach (var element in preamble.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "formula":
                    continue;
                case "container" or "p" or "blockContainer":
                    var (text, opening) = ClauseText(element);
                    if (text.Length > 0)
                    {
                        yield return new Part(PartKind.Preambular, 0, "", text, opening);
                    }

                    break;
            }
        }
    }

    private static void Walk(XElement element, List<Part> parts, int depth)
    {
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "heading" or "subheading":
                    if (depth == 0 && Text(child) is { Length: > 0 } heading)
                    {
                        parts.Add(new Part(PartKind.Heading, 0, "", Num(child.Parent!) is { } num ? $"{num.TrimEnd('.')}. {heading}" : heading, null));
                    }

                    break;
                case "paragraph" or "point":
                    var kind = depth == 0 ? PartKind.Operative : PartKind.SubParagraph;
                    var (text, opening) = ClauseText(child);
                    var label = Num(child) ?? (kind == PartKind.Operative ? $"{parts.Count(p => p.Kind == PartKind.Operative) + 1}." : "-");
                    parts.Add(new Part(kind, depth, label, text, opening));
                    Walk(child, parts, depth + 1);
                    break;
                case "list" or "content" or "intro" or "wrapUp" or "num" or "p" or "authorialNote":
                    if (child.Name.LocalName == "list")
                    {
                        Walk(child, parts, depth);
                    }

                    break;
                default:
                    // hcontainer, division, section …: containers whose headings and paragraphs are read as if they stood here.
                    Walk(child, parts, depth);
                    break;
            }
        }
    }

    /// <summary>The text of a clause: its own paragraphs (content, intro, p) without its sub-paragraphs and footnotes; its leading italic.</summary>
    private static (string Text, string? Opening) ClauseText(XElement clause)
    {
        var own = clause.Name.LocalName is "p" ? [clause] : clause.Elements().Where(e => e.Name.LocalName is "content" or "intro" or "p" or "wrapUp").ToList();
        var text = Collapse(string.Join(' ', own.Select(Text)));
        var first = own.SelectMany(e => e.DescendantsAndSelf()).FirstOrDefault(e => e.Name.LocalName == "p");
        string? opening = null;
        if (first?.Nodes().FirstOrDefault(n => n is not XText { Value: var v } || v.Trim().Length > 0) is XElement { Name.LocalName: "i" or "b" } italic)
        {
            opening = Collapse(Text(italic)).TrimEnd(',', ':', ';', ' ');
        }

        return (text, string.IsNullOrEmpty(opening) || !text.StartsWith(opening, StringComparison.Ordinal) ? null : opening);
    }

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
        if (!isRoot && element.Name.LocalName is "authorialNote" or "num" or "list" or "point")
        {
            return;
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

    private static DateOnly? Date(XElement root)
    {
        var value = First(root, "FRBRdate")?.Attribute("date")?.Value ?? First(root, "docDate")?.Attribute("date")?.Value;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static XElement? First(XElement root, string localName) =>
        root.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<s>\d{2,3})/(?<n>\d{1,4})")]
    private static partial Regex GaNumber();

    [GeneratedRegex(@"(?<n>\d{1,4})\s*\((?<y>\d{4})\)")]
    private static partial Regex ScNumber();

    private enum PartKind
    {
        Preambular,
        Heading,
        Operative,
        SubParagraph,
    }

    private sealed record Part(PartKind Kind, int Depth, string Label, string Text, string? Opening);
}

/// <summary>The structure of a resolution as its XML gives it.</summary>
/// <param name="Symbol">Its symbol or number, to name it in reports.</param>
/// <param name="Preambular">How many preambular paragraphs.</param>
/// <param name="Operative">How many operative paragraphs.</param>
/// <param name="Depth">How deep its sub-paragraphs nest (0 when it has none).</param>
/// <param name="Headings">Its headings in the operative part, in order.</param>
/// <param name="Openings">The italic opening of each operative paragraph (null where it has none).</param>
/// <param name="FirstOperative">The text of the first operative paragraph.</param>
/// <param name="LastOperative">The text of the last operative paragraph.</param>
internal sealed record CorpusExpectation(
    string Symbol, int Preambular, int Operative, int Depth, IReadOnlyList<string> Headings, IReadOnlyList<string?> Openings, string FirstOperative, string LastOperative);
