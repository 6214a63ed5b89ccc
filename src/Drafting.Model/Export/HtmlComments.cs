using System.Globalization;
using System.Net;
using System.Text;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// The comments of an HTML export, after the text: each thread under the paragraph it is on ("OP 4 (b)"), quoting the
/// words it is anchored to, with its replies. Bodies are Markdown rendered with raw HTML disabled; which comments come
/// here (and marked with which audience) the caller decided.
/// </summary>
internal static class HtmlComments
{
    public static void Write(StringBuilder html, Resolution resolution, IReadOnlyList<ExportComment> comments)
    {
        if (comments.Count == 0)
        {
            return;
        }

        var references = ClauseReferences.Of(resolution);
        var replies = comments.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        html.Append("<section class=\"record comments\">\n<h2>Comments</h2>\n<ol>\n");
        foreach (var thread in comments.Where(c => c.ParentId is null))
        {
            var where = thread.ClauseId is { } clause && references.TryGetValue(clause, out var reference) ? reference : "The text";
            html.Append("<li data-comment-id=\"").Append(thread.Id).Append("\"><p><strong>").Append(Encode(where)).Append("</strong>")
                .Append(thread.Orphaned ? " (the quoted words are no longer in the text)" : "").Append("</p>\n");
            if (thread.Quote.Length > 0)
            {
                html.Append("<blockquote>").Append(Encode(thread.Quote)).Append("</blockquote>\n");
            }

            Entry(html, thread);
            foreach (var reply in replies[thread.Id])
            {
                Entry(html, reply);
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static void Entry(StringBuilder html, ExportComment comment) =>
        html.Append("<div class=\"comment\"><p class=\"author\">").Append(Encode(comment.AuthorLabel)).Append(", ")
            .Append(Encode(comment.Date.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</p>")
            .Append(Comments.CommentMarkdown.ToHtml(comment.Body)).Append("</div>\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
