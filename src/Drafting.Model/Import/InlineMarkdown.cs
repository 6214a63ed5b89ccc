using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drafting.Model.Import;

/// <summary>
/// Reduces the Markdown of one paragraph to plain text with Markdig: emphasis markers dropped, links
/// reduced to their text, escapes resolved; and reports the emphasised phrase that opens it, if any.
/// </summary>
internal static partial class InlineMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static (string Text, string? LeadingEmphasis) ToPlainText(string markdown)
    {
        if (markdown.IndexOfAny(['*', '_', '[', '\\', '`', '<', '&']) < 0)
        {
            return (Collapse(markdown), null);
        }

        var document = Markdown.Parse(ProtectBlockStart(markdown), Pipeline);
        if (document.Count != 1 || document[0] is not ParagraphBlock { Inline: { } inlines })
        {
            return (Collapse(markdown), null);
        }

        var text = new StringBuilder(markdown.Length);
        string? leading = null;
        foreach (var inline in inlines)
        {
            var start = text.Length;
            Append(inline, text);
            if (leading is null && start == 0 && inline is EmphasisInline)
            {
                leading = Collapse(text.ToString()).TrimEnd(',', ':', ';', ' ');
            }
        }

        return (Collapse(text.ToString()), string.IsNullOrEmpty(leading) ? null : leading);
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
            default:
                text.Append(inline.ToString());
                break;
        }
    }

    /// <summary>Keeps a paragraph that starts like a heading, list or quote from being read as one.</summary>
    private static string ProtectBlockStart(string markdown)
    {
        var match = BlockStart().Match(markdown);
        if (!match.Success)
        {
            return markdown;
        }

        var marker = match.Groups["marker"];
        return string.Concat(markdown.AsSpan(0, marker.Index), "\\", markdown.AsSpan(marker.Index));
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*(?:\d+(?<marker>[.)])(?:\s|$)|(?<marker>[#>])|(?<marker>[-+*])(?=\s|$))")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
