using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace Drafting.Web.Tests.Browser;

/// <summary>A .docx the page saved, opened as Word would open it: its text and its comments.</summary>
public sealed class DownloadedWordFile
{
    private DownloadedWordFile(string text, IReadOnlyList<string> comments)
    {
        Text = text;
        Comments = comments;
    }

    /// <summary>The text of the document body, paragraph by paragraph.</summary>
    public string Text { get; }

    /// <summary>The text of each Word comment.</summary>
    public IReadOnlyList<string> Comments { get; }

    public static async Task<DownloadedWordFile> OpenAsync(IDownload download)
    {
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        var main = document.MainDocumentPart!;
        var text = string.Join("\n", main.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Select(c => c.InnerText).ToList() ?? [];
        return new DownloadedWordFile(text, comments);
    }
}
