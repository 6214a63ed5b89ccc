using System.Security.Claims;
using Drafting.Api.Features.Resolutions;
using Drafting.Model.Import.Docx;

namespace Drafting.Api.Features.Comments;

/// <summary>What became of one Word comment: <c>created</c>, <c>duplicate</c> (already there) or <c>skipped</c> (its thread or clause is gone).</summary>
/// <param name="Status">created, duplicate or skipped.</param>
/// <param name="CommentId">The comment, when created or found.</param>
/// <param name="WordAuthor">Its author in Word.</param>
/// <param name="ClauseId">The clause it is on.</param>
public sealed record WordCommentOutcome(string Status, Guid? CommentId, string WordAuthor, string? ClauseId);

/// <summary>
/// Adds the comments of a Word file as comments of the importing person, each body naming its Word author, replies
/// under their thread; a comment with the same body on the same clause (or in the same thread) is not added twice.
/// </summary>
public static class WordCommentImport
{
    /// <summary>
    /// Adds <paramref name="imported"/> (parents before replies); <paramref name="existing"/> are the resolution's comments
    /// so far. <paramref name="spend"/>, when given, is asked before each comment is created: when it says no, that
    /// comment (and the replies under it) is left out as <c>over-budget</c>.
    /// </summary>
    public static async Task<List<WordCommentOutcome>> AddAsync(Guid resolutionId, ClaimsPrincipal user, IReadOnlyList<ImportedComment> imported, IReadOnlyList<StoredComment> existing, CommentService comments, CancellationToken cancellationToken, Func<ValueTask<bool>>? spend = null)
    {
        var outcomes = new List<WordCommentOutcome>();
        var stored = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var comment in imported)
        {
            var body = Body(comment.Source);
            Guid? parent = comment.Source.ParentWordId is { } parentWordId && stored.TryGetValue(parentWordId, out var p) ? p : null;
            if (comment.Source.ParentWordId is not null && parent is null)
            {
                outcomes.Add(new WordCommentOutcome("skipped", null, comment.Source.Author, null));
                continue;
            }

            var twin = existing.FirstOrDefault(c => c.Body == body && (parent is null ? c.ClauseId == comment.ClauseId?.Value && c.ParentId is null : c.ParentId == parent.ToString()));
            if (twin is not null)
            {
                stored[comment.Source.WordId] = Guid.Parse(twin.Id);
                outcomes.Add(new WordCommentOutcome("duplicate", Guid.Parse(twin.Id), comment.Source.Author, twin.ClauseId));
                continue;
            }

            if (spend is not null && !await spend())
            {
                outcomes.Add(new WordCommentOutcome("over-budget", null, comment.Source.Author, comment.ClauseId?.Value));
                continue;
            }

            var request = new AddCommentRequest(comment.ClauseId?.Value, comment.Quote is null ? null : new QuoteDto(comment.Quote, null, null), body, CommentVisibility.All, parent);
            var (added, _) = await comments.AddAsync(resolutionId, user, request, cancellationToken);
            if (added is null && comment.Quote is not null)
            {
                // The quote is not in the clause as it stands (the text moved on): the comment goes on the whole clause.
                (added, _) = await comments.AddAsync(resolutionId, user, request with { Quote = null }, cancellationToken);
            }

            if (added is not null)
            {
                stored[comment.Source.WordId] = added.Id;
            }

            outcomes.Add(new WordCommentOutcome(added is null ? "skipped" : "created", added?.Id, comment.Source.Author, comment.ClauseId?.Value));
        }

        return outcomes;
    }

    /// <summary>
    /// Why the comments cannot all be added, naming the first that cannot (its number in the file and its Word author);
    /// null when they can. Checked before anything of the file is stored, so a refused file stores nothing.
    /// </summary>
    public static Model.Resolutions.Refusal? Refusal(IReadOnlyList<ImportedComment> imported)
    {
        for (var i = 0; i < imported.Count; i++)
        {
            if (Model.Comments.CommentMarkdown.Problem(Body(imported[i].Source), $"Word comment {i + 1} (by {imported[i].Source.Author})") is { } problem)
            {
                return Model.Resolutions.Refusal.Invalid(problem + " Nothing of the file was stored.");
            }
        }

        return null;
    }

    /// <summary>"**Ama Mensah (Ghana)** in Word: Too strong?" — the importer is the author, so the body says who wrote it.</summary>
    public static string Body(WordComment comment)
    {
        var text = comment.Body.Length == 0 ? "(empty comment)" : comment.Body;
        var body = $"**{Model.Export.MarkdownWriter.Escape(comment.Author)}** in Word: {text}";
        return body.Length > CommentService.MaxBodyLength ? body[..CommentService.MaxBodyLength] : body;
    }
}
