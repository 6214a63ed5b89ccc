using System.Xml.Linq;

namespace Drafting.Model.Library;

/// <summary>
/// The paragraphs of an Akoma Ntoso resolution, read from its elements, never guessed from its text:
/// <list type="bullet">
/// <item>a <c>container</c> (or <c>p</c>) of the preamble, outside its formula, is a preambular paragraph; the <c>item</c>s of a
/// <c>blockList</c> inside one are its sub-paragraphs;</item>
/// <item>a <c>paragraph</c> of the body (or of a <c>section</c>) is an operative paragraph, numbered by its <c>num</c> (a paragraph
/// without one is kept, unnumbered, and cited after the last numbered one); its text is its <c>content</c>, <c>intro</c> and <c>wrapUp</c>;</item>
/// <item>a <c>point</c> of its <c>list</c> is a sub-paragraph one level deeper; the points of a <c>sublist</c> belong to the point before it;</item>
/// <item>a <c>paragraph</c> holding only a <c>heading</c> or <c>subheading</c>, and a <c>section</c>'s number and subheading, are headings;
/// a <c>crossHeading</c> of a section that refers to the preamble is a preambular paragraph of that section;</item>
/// <item>annexes (<c>attachments</c>) are documents of their own and are not read; decorations ("* * *") are not text;</item>
/// <item>tables (a body <c>container</c> holding a <c>table</c>) are figures, not agreed language, and are left out.</item>
/// </list>
/// </summary>
internal static class AknParagraphs
{
    public static IReadOnlyList<LibraryParagraph> Read(XElement? preamble, XElement body)
    {
        var walk = new Walk();
        if (preamble is not null)
        {
            foreach (var element in preamble.Elements())
            {
                if (element.Name.LocalName is "container" or "p" or "blockContainer")
                {
                    walk.Preambular(element, section: null);
                }
            }
        }

        walk.Body(body, section: null);
        return walk.Paragraphs;
    }

    private sealed class Walk
    {
        private int _preambular;
        private string? _lastOperative;
        private int _unnumbered;

        public List<LibraryParagraph> Paragraphs { get; } = [];

        public void Preambular(XElement element, string? section)
        {
            var own = element.Name.LocalName is "p" or "crossHeading"
                ? [element]
                : element.Elements().Concat(element.Elements().Where(e => e.Name.LocalName == "blockList").Elements())
                    .Where(e => e.Name.LocalName is "p" or "listIntroduction" or "content").ToList();
            var text = AknText.Of(own);
            if (text.Length == 0)
            {
                return;
            }

            var reference = Cite(section, $"PP {++_preambular}");
            Add(LibraryParagraphKind.Preambular, 0, "", reference, text, Opening(own, text));
            foreach (var list in element.Elements().Where(e => e.Name.LocalName == "blockList"))
            {
                foreach (var item in list.Elements().Where(e => e.Name.LocalName == "item"))
                {
                    var number = Num(item) ?? "";
                    var itemOwn = item.Elements().Where(e => e.Name.LocalName is "p" or "content").ToList();
                    Add(LibraryParagraphKind.SubParagraph, 1, number, $"{reference} {number}".TrimEnd(), AknText.Of(itemOwn), Opening(itemOwn, AknText.Of(itemOwn)));
                }
            }
        }

        public void Body(XElement parent, string? section)
        {
            foreach (var element in parent.Elements())
            {
                switch (element.Name.LocalName)
                {
                    case "paragraph":
                        Operative(element, section);
                        break;
                    case "section":
                        Section(element);
                        break;
                    case "heading" or "subheading":
                        Heading(AknText.Of(element));
                        break;
                    case "container" when element.Elements().Any(e => e.Name.LocalName == "table"):
                        break;
                    case "container" or "hcontainer" or "division" or "part" or "chapter" or "blockContainer":
                        Body(element, section);
                        break;
                }
            }
        }

        private void Section(XElement section)
        {
            var number = Num(section);
            var name = number?.TrimEnd('.');
            var heading = section.Elements().FirstOrDefault(e => e.Name.LocalName is "heading" or "subheading");
            var headingText = heading is null ? "" : AknText.Of(heading);
            Heading(number is null ? headingText : headingText.Length == 0 ? name! : $"{name}. {headingText}");
            var cite = name is null ? null : $"section {name}";
            var preambular = _preambular;
            var lastOperative = _lastOperative;
            _preambular = 0;
            _lastOperative = null;
            foreach (var element in section.Elements())
            {
                switch (element.Name.LocalName)
                {
                    case "crossHeading" when (string?)element.Attribute("refersTo") == "#preamble":
                        Preambular(element, cite);
                        break;
                    case "crossHeading":
                        Heading(AknText.Of(element));
                        break;
                    case "paragraph":
                        Operative(element, cite);
                        break;
                    case "section":
                        Section(element);
                        break;
                    case "container" or "hcontainer":
                        Body(element, cite);
                        break;
                }
            }

            // Numbering restarts in each section; after it, the document's own numbering goes on.
            _preambular = preambular;
            _lastOperative = lastOperative;
        }

        private void Operative(XElement paragraph, string? section)
        {
            var headings = paragraph.Elements().Where(e => e.Name.LocalName is "heading" or "subheading").ToList();
            foreach (var heading in headings)
            {
                Heading(AknText.Of(heading));
            }

            var own = Own(paragraph);
            var lists = paragraph.Elements().Where(e => e.Name.LocalName == "list").ToList();
            if (own.Count == 0 && lists.Count == 0)
            {
                return;
            }

            var number = Num(paragraph);
            string reference;
            if (number is null)
            {
                reference = _lastOperative is null ? Cite(section, $"unnumbered {++_unnumbered}") : $"{_lastOperative}, unnumbered {++_unnumbered}";
            }
            else
            {
                reference = Cite(section, $"OP {number.TrimEnd('.')}");
                _lastOperative = reference;
                _unnumbered = 0;
            }

            var text = AknText.Of(own);
            Add(LibraryParagraphKind.Operative, 0, number ?? "", reference, text, Opening(own, text));
            foreach (var list in lists)
            {
                Points(list, reference, 1);
            }
        }

        private void Points(XElement list, string parentReference, int depth)
        {
            var previous = parentReference;
            foreach (var element in list.Elements())
            {
                switch (element.Name.LocalName)
                {
                    case "point" or "item":
                        var number = Num(element) ?? "";
                        var reference = $"{parentReference} {number}".TrimEnd();
                        var own = Own(element);
                        var text = AknText.Of(own);
                        Add(LibraryParagraphKind.SubParagraph, depth, number, reference, text, Opening(own, text));
                        foreach (var nested in element.Elements().Where(e => e.Name.LocalName is "list" or "sublist"))
                        {
                            Points(nested, reference, depth + 1);
                        }

                        previous = reference;
                        break;
                    case "sublist" or "list":
                        // A sublist stands after the point whose sub-paragraphs it holds.
                        Points(element, previous, depth + 1);
                        break;
                }
            }
        }

        private void Heading(string text)
        {
            if (text.Length > 0)
            {
                Add(LibraryParagraphKind.Heading, 0, "", "", text, null);
            }
        }

        private void Add(LibraryParagraphKind kind, int depth, string number, string reference, string text, string? opening) =>
            Paragraphs.Add(new LibraryParagraph(Paragraphs.Count, kind, depth, number, reference, text, opening));

        private static string Cite(string? section, string reference) => section is null ? reference : $"{section}, {reference}";

        private static List<XElement> Own(XElement clause) =>
            clause.Elements().Where(e => e.Name.LocalName is "content" or "intro" or "wrapUp" or "p").ToList();
    }

    /// <summary>The printed number or label, white space collapsed; null when there is none.</summary>
    private static string? Num(XElement element) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == "num") is { } num && AknText.Collapse(num.Value) is { Length: > 0 } text ? text : null;

    /// <summary>The italic phrase the paragraph opens with (<c>span class="italic"</c> or <c>i</c>), trailing punctuation dropped.</summary>
    private static string? Opening(IEnumerable<XElement> own, string text)
    {
        var first = own.SelectMany(e => e.DescendantsAndSelf()).FirstOrDefault(e => e.Name.LocalName is "p" or "listIntroduction" or "crossHeading");
        var lead = first?.Nodes().FirstOrDefault(n => n is not XText { Value: var v } || !string.IsNullOrWhiteSpace(v));
        if (lead is not XElement element || !(element.Name.LocalName == "i" || (element.Name.LocalName == "span" && ((string?)element.Attribute("class"))?.Contains("italic", StringComparison.Ordinal) == true)))
        {
            return null;
        }

        var opening = AknText.Of(element).TrimEnd(',', ':', ';', ' ');
        return opening.Length > 0 && text.StartsWith(opening, StringComparison.Ordinal) ? opening : null;
    }
}
