using Markdig;

namespace Drafting.Model.Comments;

/// <summary>Renders comment bodies from Markdown to HTML with raw HTML disabled, so a comment can never inject markup.</summary>
public static class CommentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    /// <summary>The HTML of a comment body; any raw HTML in it is shown as text.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
