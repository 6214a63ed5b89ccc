using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Drafting.Model.Import.Docx;

/// <summary>
/// The text of one Word paragraph as the importer's Markdown: runs in order, tracked changes accepted or rejected,
/// hyperlinks, fields and content controls reduced to their text, a soft line break as a new line, a footnote
/// reference as "[^n]", and the italic run that opens the paragraph (after a typed label, if any) as <c>*…*</c>.
/// Comment ranges are followed through <see cref="WordComments"/>.
/// </summary>
internal sealed partial class ParagraphText
{
    private readonly List<(string Text, bool Italic)> _pieces = [];
    private readonly WordStyles _styles;
    private readonly TrackedChangeHandling _handling;
    private readonly TrackedChangeTally _tally;
    private readonly Func<long, int?> _footnoteNumber;
    private readonly WordComments _comments;
    private readonly HashSet<string> _authors = new(StringComparer.Ordinal);

    private ParagraphText(WordStyles styles, TrackedChangeHandling handling, TrackedChangeTally tally, Func<long, int?> footnoteNumber, WordComments comments)
    {
        _styles = styles;
        _handling = handling;
        _tally = tally;
        _footnoteNumber = footnoteNumber;
        _comments = comments;
    }

    /// <summary>Whether the paragraph mark itself is gone (a deleted mark accepted, an inserted one rejected): the text runs on into the next paragraph.</summary>
    public bool MarkRemoved { get; private set; }

    /// <summary>Whether the paragraph mark is a tracked insertion or deletion.</summary>
    public bool MarkTracked { get; private set; }

    /// <summary>The authors of the tracked changes in this paragraph.</summary>
    public IReadOnlyCollection<string> ChangeAuthors => _authors;

    /// <summary>The plain text, without Markdown.</summary>
    public string Plain => string.Concat(_pieces.Where(p => p.Text[0] != '\u0001').Select(p => p.Text));

    /// <summary>Reads <paramref name="paragraph"/>.</summary>
    public static ParagraphText Read(Paragraph paragraph, WordStyles styles, TrackedChangeHandling handling, TrackedChangeTally tally, Func<long, int?> footnoteNumber, WordComments comments)
    {
        var text = new ParagraphText(styles, handling, tally, footnoteNumber, comments);
        if (paragraph.ParagraphProperties?.ParagraphMarkRunProperties is { } mark)
        {
            if (mark.GetFirstChild<Inserted>() is { } inserted)
            {
                text.Track(inserted.Author?.Value);
                text.MarkTracked = true;
                text.MarkRemoved = handling == TrackedChangeHandling.Reject;
            }
            else if (mark.GetFirstChild<Deleted>() is { } deleted)
            {
                text.Track(deleted.Author?.Value);
                text.MarkTracked = true;
                text.MarkRemoved = handling == TrackedChangeHandling.Accept;
            }
            else if (mark.GetFirstChild<MoveTo>() is { } movedTo)
            {
                text.Track(movedTo.Author?.Value);
                text.MarkTracked = true;
                text.MarkRemoved = handling == TrackedChangeHandling.Reject;
            }
            else if (mark.GetFirstChild<MoveFrom>() is { } movedFrom)
            {
                text.Track(movedFrom.Author?.Value);
                text.MarkTracked = true;
                text.MarkRemoved = handling == TrackedChangeHandling.Accept;
            }
        }

        text.Walk(paragraph);
        return text;
    }

    /// <summary>Reads the text of a footnote's or comment's paragraphs: plain, joined by spaces, no tracking counted.</summary>
    public static string PlainOf(OpenXmlElement container, WordStyles styles)
    {
        var paragraphs = container is Paragraph single ? [single] : container.Descendants<Paragraph>();
        var parts = paragraphs
            .Select(p => Read(p, styles, TrackedChangeHandling.Accept, new TrackedChangeTally(), _ => null, WordComments.None).Plain.Replace('\n', ' ').Trim())
            .Where(t => t.Length > 0);
        return string.Join(" ", parts);
    }

    /// <summary>
    /// The Markdown of the paragraph: escaped text, the opening italic run (at the start, or after a typed label) in
    /// emphasis, soft breaks as new lines.
    /// </summary>
    public string Markdown()
    {
        var first = _pieces.FindIndex(p => p.Italic && p.Text.Trim().Length > 0);
        var before = first < 0 ? "" : string.Concat(_pieces.Take(first).Select(p => p.Text));
        var emphasise = first >= 0 && (before.Trim().Length == 0 || TypedLabel().IsMatch(before));
        var markdown = new StringBuilder();
        for (var i = 0; i < _pieces.Count; i++)
        {
            if (emphasise && i == first)
            {
                var end = i;
                while (end + 1 < _pieces.Count && (_pieces[end + 1].Italic || _pieces[end + 1].Text.Length == 0))
                {
                    end++;
                }

                var italic = string.Concat(_pieces.Skip(i).Take(end - i + 1).Select(p => p.Text));
                var trimmed = italic.Trim();
                var lead = italic[..(italic.Length - italic.TrimStart().Length)];
                var trail = italic[italic.TrimEnd().Length..];
                markdown.Append(lead).Append('*').Append(Escape(trimmed)).Append('*').Append(trail);
                i = end;
                continue;
            }

            markdown.Append(Escape(_pieces[i].Text));
        }

        return markdown.ToString();
    }

    private void Walk(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties:
                    break;
                case Run run:
                    ReadRun(run);
                    break;
                case InsertedRun or MoveToRun:
                    Track(Author(child));
                    if (_handling == TrackedChangeHandling.Accept)
                    {
                        Walk(child);
                    }

                    break;
                case DeletedRun or MoveFromRun:
                    Track(Author(child));
                    if (_handling == TrackedChangeHandling.Reject)
                    {
                        Walk(child);
                    }

                    break;
                case CommentRangeStart start when start.Id?.Value is { } id:
                    _comments.Start(id);
                    break;
                case CommentRangeEnd end when end.Id?.Value is { } id:
                    _comments.End(id);
                    break;
                default:
                    // Hyperlinks, simple fields, content controls, smart tags: their runs are the text a reader sees.
                    if (child.HasChildren)
                    {
                        Walk(child);
                    }

                    break;
            }
        }
    }

    private void ReadRun(Run run)
    {
        if (run.RunProperties?.Vanish is { } hidden && (hidden.Val?.Value ?? true))
        {
            return; // Hidden text is not what a reader of the document sees.
        }

        var italic = IsItalic(run.RunProperties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    Add(text.Text, italic);
                    break;
                case DeletedText deleted:
                    Add(deleted.Text, italic);
                    break;
                case TabChar or PositionalTab:
                    Add("\t", italic);
                    break;
                case Break br:
                    Add(br.Type?.Value == BreakValues.Page || br.Type?.Value == BreakValues.Column ? " " : "\n", italic);
                    break;
                case CarriageReturn:
                    Add("\n", italic);
                    break;
                case NoBreakHyphen:
                    Add("-", italic);
                    break;
                case FootnoteReference { Id.Value: { } id } when _footnoteNumber(id) is { } number:
                    _pieces.Add(($"\u0001{number}\u0001", false));
                    break;
                case CommentReference reference when reference.Id?.Value is { } id:
                    _comments.Referenced(id);
                    break;
            }
        }
    }

    private void Add(string text, bool italic)
    {
        if (text.Length == 0)
        {
            return;
        }

        _pieces.Add((text, italic));
        _comments.Text(text);
    }

    private bool IsItalic(RunProperties? properties)
    {
        if (properties?.Italic is { } italic)
        {
            return italic.Val?.Value ?? true;
        }

        return _styles.IsItalic(properties?.RunStyle?.Val?.Value);
    }

    private void Track(string? author)
    {
        _tally.Add(author);
        _authors.Add(string.IsNullOrWhiteSpace(author) ? "(no author)" : author.Trim());
    }

    private static string? Author(OpenXmlElement change) => change switch
    {
        InsertedRun i => i.Author?.Value,
        DeletedRun d => d.Author?.Value,
        MoveToRun m => m.Author?.Value,
        MoveFromRun m => m.Author?.Value,
        _ => null,
    };

    /// <summary>Markdown escapes, then the footnote placeholders turned into "[^n]".</summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkupOrPlaceholder) < 0)
        {
            return text;
        }

        var escaped = Export.MarkdownWriter.Escape(text);
        return escaped.Contains('\u0001', StringComparison.Ordinal) ? FootnotePlaceholder().Replace(escaped, m => $"[^{m.Groups[1].Value}]") : escaped;
    }

    /// <summary>The characters <see cref="Export.MarkdownWriter.Escape"/> escapes, and the footnote placeholder: most runs hold none.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkupOrPlaceholder = System.Buffers.SearchValues.Create("\\*_[]`<>&#\u0001");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,3}\.|\(?[a-zA-Z]{1,4}[.)]|\(\d{1,2}\)|[\u2013\u2014\u2022-])\s*$")]
    private static partial System.Text.RegularExpressions.Regex TypedLabel();

    [System.Text.RegularExpressions.GeneratedRegex("\u0001(\\d+)\u0001")]
    private static partial System.Text.RegularExpressions.Regex FootnotePlaceholder();
}
