using System.Text;
using System.Xml.Linq;

namespace Drafting.Model.Library;

/// <summary>The plain text of Akoma Ntoso elements: footnotes, numbers and nested lists left out, white space collapsed.</summary>
internal static class AknText
{
    /// <summary>The text of <paramref name="element"/> without its <c>num</c>, <c>authorialNote</c>, nested lists or <c>decoration</c> (an ornament such as "* * *").</summary>
    public static string Of(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text, isRoot: true);
        return Collapse(text.ToString());
    }

    /// <summary>The text of several elements, one after another, separated by a space.</summary>
    public static string Of(IEnumerable<XElement> elements) => Collapse(string.Join(' ', elements.Select(Of)));

    /// <summary>Runs of white space (tabs, line breaks, no-break spaces) made one space, ends trimmed, control characters dropped.</summary>
    public static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }

    private static void Append(XElement element, StringBuilder text, bool isRoot)
    {
        if (!isRoot && element.Name.LocalName is "authorialNote" or "num" or "list" or "point" or "sublist" or "blockList" or "item" or "decoration")
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
                Append(child, text, isRoot: false);
            }
        }
    }
}
