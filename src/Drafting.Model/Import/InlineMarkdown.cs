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

    /// <summary>
    /// The most emphasis and link marks a paragraph is parsed with. Markdig's delimiter matching grows with the square of
    /// unmatched marks (a paragraph of 10,000 stray "*" takes a third of a second), and no paragraph of a resolution needs
    /// more than a few dozen; past this the paragraph is read as plain text.
    /// </summary>
    public const int MaxMarks = 128;

    /// <summary>The longest text before an emphasised verb that is still its introduction ("Acting in support of …, *recalls*").</summary>
    private const int MaxIntroductionLength = 300;

    /// <summary>
    /// The plain text of <paramref name="markdown"/>, the emphasised phrase it starts with (<c>Leading</c>), and the first
    /// emphasised phrase that follows an introduction ending in a comma ("In this context, *stresses*": <c>Introduced</c>
    /// is "In this context, stresses" and <c>Emphasised</c> "stresses"). <c>MarkupIgnored</c> tells that the paragraph
    /// holds more marks than are parsed, or marks nested too deep, and was read as it stands.
    /// </summary>
    public static InlineReading Read(string markdown)
    {
        if (markdown.IndexOfAny(['*', '_', '[', '\\', '`', '<', '&']) < 0)
        {
            return new(Collapse(markdown), null, null, null, false);
        }

        if (LeadingEmphasisOnly(markdown) is { } simple)
        {
            return simple;
        }

        if (CountMarks(markdown) > MaxMarks)
        {
            return new(Collapse(markdown), null, null, null, true);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(ProtectBlockStart(markdown), Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested deeper than its limit ("[[[[…"): that is no draft's Markdown.
            return new(Collapse(markdown), null, null, null, true);
        }

        if (document.Count != 1 || document[0] is not ParagraphBlock { Inline: { } inlines })
        {
            return new(Collapse(markdown), null, null, null, false);
        }

        var text = new StringBuilder(markdown.Length);
        string? leading = null;
        string? introduced = null;
        string? emphasised = null;
        var decided = false;
        foreach (var inline in inlines)
        {
            var start = text.Length;
            Append(inline, text);
            if (decided || inline is not EmphasisInline || start > MaxIntroductionLength)
            {
                decided |= start > MaxIntroductionLength;
                continue;
            }

            // The first emphasis decides: at the start it is the opening; after "…," it may be the verb an introduction leads to.
            decided = true;
            var phrase = Collapse(text.ToString(start, text.Length - start)).TrimEnd(',', ':', ';', ' ');
            if (start == 0)
            {
                leading = phrase;
            }
            else if (Collapse(text.ToString(0, start)) is { } introduction && introduction.EndsWith(',') && phrase.Length > 0)
            {
                introduced = introduction + " " + phrase;
                emphasised = phrase;
            }
        }

        return new(Collapse(text.ToString()), string.IsNullOrEmpty(leading) ? null : leading, introduced, emphasised, false);
    }

    /// <summary>The plain text and the emphasised phrase it starts with.</summary>
    public static (string Text, string? LeadingEmphasis) ToPlainText(string markdown)
    {
        var reading = Read(markdown);
        return (reading.Text, reading.Leading);
    }

    /// <summary>
    /// The shape of most clauses, "*Decides* to …" with no other mark, read without Markdig (which it reads the same way):
    /// a paste of thousands of clauses is parsed in a fraction of the time. Null for any other shape.
    /// </summary>
    private static InlineReading? LeadingEmphasisOnly(string markdown)
    {
        if (markdown.Length < 3 || markdown[0] != '*' || markdown[1] is '*' or ' ')
        {
            return null;
        }

        var close = markdown.IndexOf('*', 1);
        if (close < 0 || markdown[close - 1] == ' '
            || (close + 1 < markdown.Length && char.IsLetterOrDigit(markdown[close + 1]))
            || markdown.AsSpan(1, close - 1).IndexOfAny(Marks) >= 0
            || markdown.AsSpan(close + 1).IndexOfAny(Marks) >= 0)
        {
            return null;
        }

        var phrase = Collapse(markdown[1..close]);
        var text = Collapse(string.Concat(markdown.AsSpan(1, close - 1), markdown.AsSpan(close + 1)));
        var leading = phrase.TrimEnd(',', ':', ';', ' ');
        return new(text, leading.Length == 0 ? null : leading, null, null, false);
    }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("*_[]\\`<&!");

    private static int CountMarks(string markdown)
    {
        var marks = 0;
        foreach (var c in markdown)
        {
            if (c is '*' or '_' or '[' or ']' or '`' or '<')
            {
                marks++;
            }
        }

        return marks;
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

/// <summary>What <see cref="InlineMarkdown.Read"/> found in a paragraph.</summary>
/// <param name="Text">The plain text.</param>
/// <param name="Leading">The emphasised phrase the text starts with, or null.</param>
/// <param name="Introduced">The text up to and including the first emphasised phrase when an introduction ending in a comma precedes it, or null.</param>
/// <param name="Emphasised">That emphasised phrase alone, or null.</param>
/// <param name="MarkupIgnored">Whether the Markdown was read as plain text because it holds too many or too deeply nested marks.</param>
internal sealed record InlineReading(string Text, string? Leading, string? Introduced, string? Emphasised, bool MarkupIgnored);
