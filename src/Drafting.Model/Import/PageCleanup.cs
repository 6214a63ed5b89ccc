using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Drafting.Model.Import;

/// <summary>
/// The pre-pass before the <see cref="ClauseReader"/> over the body of a draft (the lines after its formula): it takes
/// out what a printed page adds around the text and collects the footnotes, so the reader sees only text and breaks.
/// </summary>
/// <remarks>
/// <para>What it removes:</para>
/// <list type="bullet">
/// <item>Page furniture (<see cref="PageFurniture.IsLine"/>): running headers, page numbers and job numbers. Nothing is
/// handed on in their place, so the paragraph around them runs on across the page break. When the last line has been
/// handed on, one <c>page-furniture</c> warning, at the first of them, names each with its line number.</item>
/// <item>Footnote definitions as the Markdown export writes them ("[^1]: See …"), always: the text goes into
/// <see cref="Footnotes"/>, a later definition of a number replacing an earlier one. A blank line is handed on in
/// their place, because such a definition ends the paragraph before it.</item>
/// <item>Footnotes at the foot of a PDF page ("1 United Nations, Treaty Series …"), with the lines they wrap onto: a
/// line shaped like one is taken only when its number has no text yet and the reader has just read that marker. The
/// text, wrapped lines joined by spaces, goes into <see cref="Footnotes"/>. Nothing is handed on in its place, so the
/// paragraph around it runs on as across page furniture. The footnote wraps onto each following line up to a blank
/// line, page furniture, the next line shaped like a footnote, or a line that opens with an operative number, a
/// sub-paragraph label or emphasis.</item>
/// </list>
/// <para>What it promises the reader, for every line <see cref="Next"/> hands on:</para>
/// <list type="bullet">
/// <item>it is blank, or its text is trimmed and is neither page furniture nor a footnote definition;</item>
/// <item>it keeps the number it has in the text as given, for diagnostics, and lines come in their original order;</item>
/// <item>it is decided only after the reader has read every line before it.</item>
/// </list>
/// <para>
/// It runs a line ahead of the reader rather than over the whole body first: a numbered line at the foot of a page is a
/// footnote only if its marker stands in a recent paragraph, and only the reader knows where its paragraphs begin.
/// </para>
/// </remarks>
/// <param name="lines">The lines of the whole text.</param>
/// <param name="start">The index of the first line of the body.</param>
/// <param name="markerRead">Whether the reader has just read the footnote marker with this number.</param>
/// <param name="diagnostics">Where the <c>page-furniture</c> warning goes.</param>
/// <param name="ownSymbol">The document's symbol from its masthead: a running header joined to its title by one space is read only with it.</param>
internal sealed partial class PageCleanup(List<SourceLine> lines, int start, Func<int, bool> markerRead, List<ImportDiagnostic> diagnostics, string? ownSymbol = null)
{
    private readonly List<string> _furniture = [];
    private int _firstFurnitureLine;
    private int _current = start - 1;
    private bool _finished;

    /// <summary>Footnote texts (Markdown) by their number, as found so far.</summary>
    public Dictionary<int, string> Footnotes { get; } = [];

    /// <summary>The next line for the reader, or null when the body has been read.</summary>
    public SourceLine? Next()
    {
        while (_current + 1 < lines.Count)
        {
            var line = lines[++_current];
            if (line.IsBlank)
            {
                return line;
            }

            var text = line.Text.Trim();
            if (PageFurniture.IsLine(text, ownSymbol))
            {
                _firstFurnitureLine = _furniture.Count == 0 ? line.Number : _firstFurnitureLine;
                _furniture.Add(string.Create(CultureInfo.InvariantCulture, $"'{text}' (line {line.Number})"));
                continue;
            }

            if (MarkdownFootnote().Match(text) is { Success: true } definition)
            {
                Footnotes[int.Parse(definition.Groups["n"].Value, CultureInfo.InvariantCulture)] = definition.Groups["text"].Value.Trim();
                return line with { Text = "" };
            }

            if (TakeFootnote(text))
            {
                continue;
            }

            return line with { Text = text };
        }

        Finish();
        return null;
    }

    /// <summary>
    /// The trimmed texts, with their line numbers, of up to <paramref name="count"/> lines after the one last handed on that
    /// are neither blank nor page furniture. Footnote definitions are not skipped: this looks at the lines as given, not as
    /// they will be handed on.
    /// </summary>
    public List<SourceLine> PeekTexts(int count)
    {
        var found = new List<SourceLine>(count);
        for (var next = _current + 1; next < lines.Count && found.Count < count; next++)
        {
            var following = lines[next].Text.Trim();
            if (following.Length > 0 && !PageFurniture.IsLine(following, ownSymbol))
            {
                found.Add(lines[next] with { Text = following });
            }
        }

        return found;
    }

    /// <summary>
    /// Hands on and drops the next <paramref name="count"/> lines that are not blank, as seen by <see cref="PeekTexts"/>
    /// (the blank lines and page furniture among them go too): the reader has taken them in with the line before.
    /// </summary>
    public void Skip(int count)
    {
        for (var skipped = 0; skipped < count && Next() is { } line;)
        {
            if (!line.IsBlank)
            {
                skipped++;
            }
        }
    }

    /// <summary>Takes the current line and the lines it wraps onto as a footnote at the foot of a PDF page, if it is one.</summary>
    private bool TakeFootnote(string text)
    {
        if (FootnoteLine().Match(text) is not { Success: true } footnote)
        {
            return false;
        }

        var number = int.Parse(footnote.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (Footnotes.ContainsKey(number) || !markerRead(number))
        {
            return false;
        }

        var note = new StringBuilder(footnote.Groups["text"].Value.Trim());
        while (_current + 1 < lines.Count && lines[_current + 1].Text.Trim() is { Length: > 0 } next && WrapsFootnote(next))
        {
            note.Append(' ').Append(next);
            _current++;
        }

        Footnotes[number] = note.ToString();
        return true;
    }

    /// <summary>Whether a non-blank line goes on with the footnote above it rather than starting something of its own.</summary>
    private bool WrapsFootnote(string text) =>
        !PageFurniture.IsLine(text, ownSymbol) && !FootnoteLine().IsMatch(text) && !ClauseShape.OperativeNumber().IsMatch(text)
        && SubParagraphLabel.At(text) is null && !ClauseShape.StartsWithEmphasis(text);

    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (_furniture.Count > 0)
        {
            diagnostics.Add(new ImportDiagnostic(_firstFurnitureLine, DiagnosticSeverity.Warning, "page-furniture",
                $"Removed {_furniture.Count} line(s) of page furniture (running headers, page numbers, job numbers): {string.Join(", ", _furniture)}."));
        }
    }

    /// <summary>"1 United Nations, Treaty Series, vol. 1833, No. 31363.": a footnote at the foot of a PDF page.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<text>\S.*)$")]
    private static partial Regex FootnoteLine();

    /// <summary>"[^1]: United Nations, Treaty Series …": a footnote as the Markdown export writes it.</summary>
    [GeneratedRegex(@"^\[\^(?<n>\d{1,3})\]:\s+(?<text>\S.*)$")]
    private static partial Regex MarkdownFootnote();
}
