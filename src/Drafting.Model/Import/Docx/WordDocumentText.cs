namespace Drafting.Model.Import.Docx;

/// <summary>
/// A Word document's body turned into the Markdown the text importer reads, with what that text cannot carry:
/// which Word paragraph each line comes from, the comments, the tracked changes met and where the file came from.
/// </summary>
public sealed class WordDocumentText
{
    internal WordDocumentText(string markdown, int[] paragraphOfLine, IReadOnlyList<WordParagraph> paragraphs, IReadOnlyList<WordComment> comments,
        int trackedChanges, IReadOnlyCollection<string> changeAuthors, bool hasMacros, WordOrigin? origin)
    {
        Markdown = markdown;
        ParagraphOfLine = paragraphOfLine;
        Paragraphs = paragraphs;
        Comments = comments;
        TrackedChanges = trackedChanges;
        ChangeAuthors = changeAuthors;
        HasMacros = hasMacros;
        Origin = origin;
    }

    /// <summary>The body as importer Markdown: one block per paragraph, computed labels typed out, footnotes as "[^n]".</summary>
    public string Markdown { get; }

    /// <summary>For each one-based line of <see cref="Markdown"/> (index 0 unused), the Word paragraph it comes from (0: footnote texts).</summary>
    public IReadOnlyList<int> ParagraphOfLine { get; }

    /// <summary>The body's paragraphs in order (those merged away by a removed paragraph mark are absent).</summary>
    public IReadOnlyList<WordParagraph> Paragraphs { get; }

    /// <summary>The comments, parents before replies.</summary>
    public IReadOnlyList<WordComment> Comments { get; }

    /// <summary>How many tracked insertions, deletions and moves were accepted or rejected.</summary>
    public int TrackedChanges { get; }

    /// <summary>Who made them.</summary>
    public IReadOnlyCollection<string> ChangeAuthors { get; }

    /// <summary>Whether the file carries macros (a .docm): they were ignored, never run.</summary>
    public bool HasMacros { get; }

    /// <summary>Where the file came from, when it is one of our exports.</summary>
    public WordOrigin? Origin { get; }

    /// <summary>The Word paragraph of one-based <paramref name="line"/>; 0 when unknown.</summary>
    public int ParagraphAt(int line) => line > 0 && line < ParagraphOfLine.Count ? ParagraphOfLine[line] : 0;
}
