using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Export.Docx;

/// <summary>
/// The comments part (one <c>w:comment</c> per comment, author "Name (Organization)") and the commentsExtended part
/// that threads replies under their parent (<c>w15:paraIdParent</c>).
/// </summary>
internal static class CommentParts
{
    public static void AddTo(MainDocumentPart main, IReadOnlyList<PlacedComment> comments)
    {
        if (comments.Count == 0)
        {
            return;
        }

        var part = main.AddNewPart<WordprocessingCommentsPart>();
        var root = new DocumentFormat.OpenXml.Wordprocessing.Comments();
        foreach (var placed in comments)
        {
            root.Append(Comment(placed));
        }

        part.Comments = root;

        var extended = main.AddNewPart<WordprocessingCommentsExPart>();
        var threads = new CommentsEx();
        foreach (var placed in comments)
        {
            var entry = new CommentEx { ParaId = placed.ParagraphId, Done = false };
            if (placed.Parent is { } parent)
            {
                entry.ParaIdParent = parent.ParagraphId;
            }

            threads.Append(entry);
        }

        extended.CommentsEx = threads;
    }

    private static Comment Comment(PlacedComment placed)
    {
        var comment = placed.Comment;
        var result = new Comment
        {
            Id = placed.WordId,
            Author = XmlChars.Clean(comment.AuthorLabel),
            Initials = Initials(comment.Author),
            Date = comment.Date.UtcDateTime,
        };

        var lines = new List<IReadOnlyList<Run>>();
        if (comment.Orphaned && comment.Quote.Length > 0)
        {
            lines.Add([ClauseRuns.TextRun($"Original quote: \u201C{comment.Quote}\u201D")]);
        }

        lines.AddRange(comment.Body.ReplaceLineEndings("\n").Split('\n').Select(CommentMarkdownRuns.For));
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = ClauseParagraphs.Styled(UnLayout.CommentTextStyle);
            if (i == 0)
            {
                // Word puts the annotation mark first in a comment's first paragraph.
                paragraph.AppendChild(new Run(new AnnotationReferenceMark()));
            }

            foreach (var run in lines[i])
            {
                paragraph.AppendChild<OpenXmlElement>(run);
            }

            if (i == lines.Count - 1)
            {
                // commentsExtended refers to a comment by the id of its last paragraph.
                paragraph.ParagraphId = placed.ParagraphId;
            }

            result.Append(paragraph);
        }

        return result;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture)))
            is { Length: > 0 } initials ? XmlChars.Clean(initials) : "?";
}
