using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drafting.Model.Comments;

/// <summary>
/// Renders comment bodies from Markdown to HTML with raw HTML disabled, so a comment can never inject markup;
/// links and images keep only http, https and mailto addresses (a <c>javascript:</c> link becomes plain text).
/// </summary>
public static class CommentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// The deepest Markdown nesting rendered (brackets, block quotes, lists in one another): Markdig's own limit, past
    /// which it refuses to parse. No comment a person writes comes near it.
    /// </summary>
    public const int MaxNesting = 128;

    /// <summary>Why <paramref name="markdown"/>, the value of <paramref name="field"/>, cannot be rendered; null when it can.</summary>
    public static string? Problem(string markdown, string field)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        try
        {
            Render(markdown);
            return null;
        }
        catch (ArgumentException)
        {
            return $"{field} nests its Markdown (brackets, block quotes or lists within one another) more than {MaxNesting} levels deep, which cannot be shown. Write it with less nesting.";
        }
    }

    /// <summary>
    /// The HTML of a comment body; raw HTML in it is shown as text and unsafe link targets are dropped. Markdown nested
    /// past <see cref="MaxNesting"/> (refused on every write, but perhaps stored before that rule) is shown as plain text.
    /// </summary>
    public static string ToHtml(string markdown)
    {
        try
        {
            return Render(markdown);
        }
        catch (ArgumentException)
        {
            return "<p>" + System.Net.WebUtility.HtmlEncode(markdown) + "</p>\n";
        }
    }

    /// <summary>Parses and renders; Markdig throws <see cref="ArgumentException"/> past its nesting limit, in either step.</summary>
    private static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList())
        {
            // Keep what the link says, lose where it goes.
            var text = new ContainerInline();
            while (link.FirstChild is { } child)
            {
                child.Remove();
                text.AppendChild(child);
            }

            link.ReplaceBy(text);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsSafe(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so judge it without them.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon) || SafeSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
