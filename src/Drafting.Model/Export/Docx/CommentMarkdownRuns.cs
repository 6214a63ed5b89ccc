using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// One line of a comment's Markdown as Word runs: **bold** and *italics* as formatting, a link as its text followed by
/// its address, code and raw HTML as plain text. A reader of the Word file sees what the page shows, never asterisks.
/// </summary>
internal static class CommentMarkdownRuns
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The runs of <paramref name="line"/>.</summary>
    public static IReadOnlyList<Run> For(string line)
    {
        var runs = new List<Run>();
        try
        {
            foreach (var block in Markdown.Parse(line, Pipeline).Descendants<LeafBlock>())
            {
                if (block.Inline is null)
                {
                    continue;
                }

                if (block.Parent is ListItemBlock)
                {
                    runs.Add(Styled("\u2022 ", bold: false, italic: false));
                }

                AddInlines(runs, block.Inline, bold: false, italic: false);
            }
        }
        catch (ArgumentException)
        {
            // Nesting deeper than Markdig parses: the line as written.
            runs.Clear();
        }

        return runs.Count > 0 ? runs : [Styled(line, bold: false, italic: false)];
    }

    private static void AddInlines(List<Run> runs, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    AddInlines(runs, emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1 || emphasis.DelimiterCount >= 3);
                    break;
                case LinkInline link:
                    var before = runs.Count;
                    AddInlines(runs, link, bold, italic);
                    var label = string.Concat(runs.Skip(before).Select(run => run.InnerText));
                    if (!link.IsImage && link.Url is { Length: > 0 } url && label != url)
                    {
                        runs.Add(Styled($" ({url})", bold, italic));
                    }

                    break;
                case ContainerInline nested:
                    AddInlines(runs, nested, bold, italic);
                    break;
                case CodeInline code:
                    runs.Add(Styled(code.Content, bold, italic));
                    break;
                case LineBreakInline:
                    runs.Add(Styled(" ", bold, italic));
                    break;
                case LiteralInline literal:
                    runs.Add(Styled(literal.Content.ToString(), bold, italic));
                    break;
                case HtmlInline html:
                    runs.Add(Styled(html.Tag, bold, italic));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(Styled(entity.Transcoded.ToString(), bold, italic));
                    break;
                case AutolinkInline autolink:
                    runs.Add(Styled(autolink.Url, bold, italic));
                    break;
            }
        }
    }

    private static Run Styled(string text, bool bold, bool italic)
    {
        var run = ClauseRuns.TextRun(text);
        if (bold || italic)
        {
            run.RunProperties = new RunProperties(
                (bold ? [new Bold(), new BoldComplexScript()] : Array.Empty<OpenXmlElement>())
                .Concat(italic ? [new Italic(), new ItalicComplexScript()] : Array.Empty<OpenXmlElement>()));
        }

        return run;
    }
}
