using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Reads the clauses after the formula: splits lines into paragraphs (joining hard wraps and sentences
/// broken by a page break), tells preambular from operative paragraphs and nests sub-paragraphs by label.
/// </summary>
internal sealed partial class ClauseReader(OpeningPhrases phrases, List<ImportDiagnostic> diagnostics)
{
    private readonly SubParagraphTree _tree = new();
    private RawClause? _last;
    private RawHeading? _pendingHeading;
    private readonly List<string> _furniture = [];
    private int _firstFurnitureLine;

    public List<RawClause> Preambular { get; } = [];

    /// <summary>Footnote texts (Markdown) by their number, as printed at the foot of a page.</summary>
    public Dictionary<int, string> Footnotes { get; } = [];

    /// <summary>The headings found in the operative part, each with the operative paragraph it stands before.</summary>
    public List<RawHeading> Headings { get; } = [];

    public List<RawClause> Operative { get; } = [];

    public int FirstLine { get; private set; } = 1;

    public void Read(List<SourceLine> lines, int start)
    {
        RawClause? paragraph = null;
        var blankBefore = true;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                paragraph = null;
                blankBefore = true;
                continue;
            }

            var text = line.Text.Trim();
            if (IsPageFurniture(text))
            {
                // Running headers, page numbers and job numbers of a PDF copy: the paragraph around them runs on.
                _firstFurnitureLine = _furniture.Count == 0 ? line.Number : _firstFurnitureLine;
                _furniture.Add(string.Create(CultureInfo.InvariantCulture, $"'{text}' (line {line.Number})"));
                continue;
            }

            if (MarkdownFootnote().Match(text) is { Success: true } definition)
            {
                Footnotes[int.Parse(definition.Groups["n"].Value, CultureInfo.InvariantCulture)] = definition.Groups["text"].Value.Trim();
                paragraph = null;
                blankBefore = true;
                continue;
            }

            if (FootnoteLine().Match(text) is { Success: true } footnote
                && int.Parse(footnote.Groups["n"].Value, CultureInfo.InvariantCulture) is var number
                && !Footnotes.ContainsKey(number) && MarkerPrecedes(number))
            {
                // The footnote runs on over wrapped lines up to a blank line, page furniture or the next footnote.
                var note = new StringBuilder(footnote.Groups["text"].Value.Trim());
                while (i + 1 < lines.Count && lines[i + 1].Text.Trim() is { Length: > 0 } next
                    && !IsPageFurniture(next) && !FootnoteLine().IsMatch(next) && !OperativeNumber().IsMatch(next)
                    && SubParagraphLabel.At(next) is null && !next.StartsWith('*') && !next.StartsWith('_'))
                {
                    note.Append(' ').Append(next);
                    i++;
                }

                Footnotes[number] = note.ToString();
                continue;
            }

            if (HeadingText(lines, i, text, paragraph) is { } heading)
            {
                if (_pendingHeading is not null)
                {
                    diagnostics.Add(Warning(line.Number, "heading-without-paragraph", $"The heading \"{_pendingHeading.Markdown}\" is followed by another heading; it is joined to it."));
                    heading = _pendingHeading.Markdown + " " + heading;
                }

                _pendingHeading = new RawHeading(heading, line.Number);
                paragraph = null;
                blankBefore = true;
                continue;
            }

            if (paragraph is not null && !StartsNewParagraph(paragraph, text))
            {
                paragraph.Append(text, line.Number);
                continue;
            }

            paragraph = Start(text, line.Number, blankBefore);
            _last = paragraph;
            blankBefore = false;
        }

        if (_furniture.Count > 0)
        {
            diagnostics.Add(Warning(_firstFurnitureLine, "page-furniture",
                $"Removed {_furniture.Count} line(s) of page furniture (running headers, page numbers, job numbers): {string.Join(", ", _furniture)}."));
        }

        if (_pendingHeading is { } last)
        {
            diagnostics.Add(Warning(last.Line, "heading-without-paragraph", $"The heading \"{last.Markdown}\" is not followed by an operative paragraph; it was dropped."));
        }
    }

    /// <summary>
    /// The text of a heading inside the operative part, or null. A Markdown heading ("### Assets freeze") always is one;
    /// a plain line is one when it is short, opens with a capital, has no terminal punctuation, is no opening phrase,
    /// follows a finished paragraph and is followed by a numbered operative paragraph, as in PDF and Word copies.
    /// </summary>
    private string? HeadingText(List<SourceLine> lines, int index, string text, RawClause? paragraph)
    {
        if (MarkdownHeading().Match(text) is { Success: true } marked)
        {
            return marked.Groups["text"].Value.Trim();
        }

        var bare = text.Trim('*', '_').Trim();
        if (bare.Length is 0 or > MaxPlainHeadingLength || !char.IsUpper(bare[0]) || bare[^1] is ',' or ';' or ':' or '.' or '!' or '?'
            || OperativeNumber().IsMatch(text) || SubParagraphLabel.At(text) is not null
            || phrases.Match(ClauseKind.SubParagraph, bare) is not null)
        {
            return null;
        }

        var previous = paragraph ?? _last;
        if (previous is not null && !EndsWithClausePunctuation(previous.Last))
        {
            return null;
        }

        for (var next = index + 1; next < lines.Count; next++)
        {
            var following = lines[next].Text.Trim();
            if (following.Length == 0 || IsPageFurniture(following))
            {
                continue;
            }

            return OperativeNumber().IsMatch(following) ? text : null;
        }

        return null;
    }

    /// <summary>Whether a recent paragraph carries the footnote marker <paramref name="number"/> at the end of a word.</summary>
    private bool MarkerPrecedes(int number)
    {
        // The footnote stands at the foot of the page that holds its marker: a page holds at most a few dozen paragraphs.
        var recent = Preambular.TakeLast(MarkerWindow).Concat(Operative.TakeLast(MarkerWindow)).SelectMany(c => c.DescendantsAndSelf());
        return recent.Any(c => FootnoteMarkers.Find(c.Markdown.ToString()).Any(m => m.Number == number));
    }

    private const int MarkerWindow = 30;

    /// <summary>Plain headings are short ("Protection of civilians"); a longer unpunctuated line is text missing its comma.</summary>
    private const int MaxPlainHeadingLength = 90;

    /// <summary>
    /// A line of nothing but page furniture. PDF copies often put two items on one line ("2/4    18-08912"), so the line
    /// is also tried piece by piece, split where the layout left wide gaps.
    /// </summary>
    private static bool IsPageFurniture(string text)
    {
        if (IsFurniturePiece(text))
        {
            return true;
        }

        var pieces = WideGap().Split(text);
        return pieces.Length > 1
            && pieces.All(p => IsFurniturePiece(p) || PrintDate().IsMatch(p))
            && pieces.Any(IsFurniturePiece);
    }

    private static bool IsFurniturePiece(string text) =>
        RunningHeader().IsMatch(text) || PageNumber().IsMatch(text) || JobNumber().IsMatch(text);

    private bool StartsNewParagraph(RawClause paragraph, string text)
    {
        if (OperativeNumber().IsMatch(text) || SubParagraphLabel.At(text) is not null)
        {
            return true;
        }

        // Pasted without blank lines: a clause ends with its punctuation and the next opens with a known phrase.
        var body = text.TrimStart('*', '_');
        return EndsWithClausePunctuation(paragraph)
            && body.Length > 0 && char.IsUpper(body[0])
            && (text.StartsWith('*') || text.StartsWith('_') || phrases.Match(ClauseKind.SubParagraph, body) is not null);
    }

    private RawClause Start(string text, int line, bool blankBefore)
    {
        if (Preambular.Count == 0 && Operative.Count == 0)
        {
            FirstLine = line;
        }

        if (OperativeNumber().Match(text) is { Success: true } numbered)
        {
            return StartOperative(numbered, line);
        }

        if (SubParagraphLabel.At(text) is { } label)
        {
            if (Operative.Count > 0)
            {
                return AddSubParagraphs(text, label, line);
            }

            diagnostics.Add(Warning(line, "sub-paragraph-in-preamble", $"'{label.Token}' labels a sub-paragraph, but no operative paragraph precedes it; it is read as a preambular paragraph."));
        }

        if (_last is not null && (StartsLowercase(text) || (!EndsWithClausePunctuation(_last.Last) && !OpensLikeAClause(text))))
        {
            var host = _last.Last;
            if (blankBefore)
            {
                diagnostics.Add(Warning(line, "joined-paragraph", $"Line {line} continues the sentence of line {host.LastLine} (a page break or stray blank line); they were joined."));
            }

            host.Append(text, line);
            return host;
        }

        if (Operative.Count == 0)
        {
            var preambular = new RawClause(ClauseKind.Preambular, line);
            preambular.Append(text, line);
            Preambular.Add(preambular);
            return preambular;
        }

        diagnostics.Add(Warning(line, "unnumbered-operative", "This paragraph follows the operative paragraphs but has no number; it is read as the next operative paragraph."));
        var unnumbered = new RawClause(ClauseKind.Operative, line);
        unnumbered.Append(text, line);
        Operative.Add(unnumbered);
        _tree.StartOperative(unnumbered);
        return unnumbered;
    }

    private RawClause StartOperative(Match numbered, int line)
    {
        var operative = new RawClause(ClauseKind.Operative, line);
        Operative.Add(operative);
        _tree.StartOperative(operative);
        if (_pendingHeading is { } heading)
        {
            heading.OperativeIndex = Operative.Count - 1;
            Headings.Add(heading);
            _pendingHeading = null;
        }

        var number = int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (number != Operative.Count)
        {
            diagnostics.Add(Warning(line, "operative-numbering", $"Paragraph {number}. is operative paragraph {Operative.Count}; numbers are derived from position."));
        }

        var rest = numbered.Groups["rest"].Value;
        if (SubParagraphLabel.At(rest) is { } label)
        {
            // "9. (a) *Encourages* …": the paragraph is nothing but its sub-paragraphs.
            return AddSubParagraphs(rest, label, line);
        }

        var (lead, firstSub) = SplitLeadIn(rest);
        operative.Append(lead, line);
        return firstSub is { } sub && SubParagraphLabel.At(sub) is { } inlineLabel
            ? AddSubParagraphs(sub, inlineLabel, line)
            : operative;
    }

    /// <summary>Adds the sub-paragraph that starts <paramref name="text"/> and any that follow it on the same line.</summary>
    private RawClause AddSubParagraphs(string text, SubParagraphLabel label, int line)
    {
        RawClause? added = null;
        var remaining = text;
        var current = label;
        while (true)
        {
            var body = remaining[current.Length..];
            var next = NextInlineLabel(body, current);
            var sub = new RawClause(ClauseKind.SubParagraph, line);
            sub.Append(next < 0 ? body : body[..next].TrimEnd(), line);
            if (_tree.Add(sub, current) is { } warning)
            {
                diagnostics.Add(Warning(line, "sub-paragraph-label", warning));
            }

            added = sub;
            if (next < 0)
            {
                return added;
            }

            remaining = body[next..];
            current = SubParagraphLabel.At(remaining)!;
        }
    }

    /// <summary>Where the next label of the same list starts on this line ("…; (b) …"), or -1.</summary>
    private static int NextInlineLabel(string body, SubParagraphLabel label)
    {
        if (!label.Token.StartsWith('(') && label.Readings[0].Ordinal < 0)
        {
            return -1;
        }

        foreach (var (style, ordinal) in label.Readings)
        {
            if (style is not (LabelStyle.LetterInParentheses or LabelStyle.RomanInParentheses or LabelStyle.NumberInParentheses) || ordinal < 0)
            {
                continue;
            }

            var expected = ClauseLabels.For(style, ordinal + 1);
            foreach (var separator in new[] { "; and ", "; ", ", and ", ". " })
            {
                var index = body.IndexOf(separator + expected + " ", StringComparison.Ordinal);
                if (index >= 0)
                {
                    return index + separator.Length;
                }
            }
        }

        return -1;
    }

    /// <summary>"… to establish: (a) …" → the lead-in up to the colon, and the first inline sub-paragraph.</summary>
    private static (string Lead, string? FirstSub) SplitLeadIn(string text)
    {
        var match = InlineListStart().Match(text);
        return match.Success ? (text[..(match.Index + 1)], text[(match.Index + match.Length)..]) : (text, null);
    }

    /// <summary>An italic opening or a known phrase starts a new clause even after a clause missing its final punctuation.</summary>
    private bool OpensLikeAClause(string text) =>
        text.StartsWith('*') || text.StartsWith('_') || phrases.Match(ClauseKind.SubParagraph, text) is not null;

    private static bool StartsLowercase(string text)
    {
        var body = text.TrimStart('*', '_', '[', '"', '\u201C', '(');
        return body.Length > 0 && char.IsLower(body[0]);
    }

    private static bool EndsWithClausePunctuation(RawClause clause)
    {
        // A footnote marker after the punctuation ("…the Convention,1") does not hide it.
        var text = TrailingFootnoteMarker().Replace(clause.Markdown.ToString().TrimEnd(), "").TrimEnd('"', '\u201D', '\u2019', '*', '_', ')', ']');
        return text.Length > 0 && text[^1] is ',' or ';' or ':' or '.' or '!' or '?';
    }

    private static ImportDiagnostic Warning(int line, string code, string message) =>
        new(line, DiagnosticSeverity.Warning, code, message);

    [GeneratedRegex(@"^(?<n>\d{1,3})\.(?:\s+(?<rest>.*))?$")]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>\S.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    /// <summary>The symbol repeated at the top of every PDF page: "S/RES/2417 (2018)", "A/RES/78/70", "A/C.3/78/L.12/Rev.1".</summary>
    [GeneratedRegex(@"^(?:S|A|E)/(?:[A-Z0-9.]+/)*[0-9]+(?:/[A-Za-z0-9.]+)*(?:\s+\(\d{4}\))?(?:\s+\[\*\])?$")]
    private static partial Regex RunningHeader();

    /// <summary>"3/7", the page number of a PDF copy.</summary>
    [GeneratedRegex(@"^\d{1,3}\s*/\s*\d{1,3}$")]
    private static partial Regex PageNumber();

    /// <summary>"18-08912", "18-08912 (E)", the job number on the first and last page, and its bar code text "*1808912*".</summary>
    [GeneratedRegex(@"^(?:\*\d{7}\*|\d{2}-\d{5}(?:\s+\([A-Z]\))?(?:\s+\d{6})?)$")]
    private static partial Regex JobNumber();

    /// <summary>"1 United Nations, Treaty Series, vol. 1833, No. 31363.": a footnote at the foot of a PDF page.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?<text>\S.*)$")]
    private static partial Regex FootnoteLine();

    /// <summary>"[^1]: United Nations, Treaty Series …": a footnote as the Markdown export writes it.</summary>
    [GeneratedRegex(@"^\[\^(?<n>\d{1,3})\]:\s+(?<text>\S.*)$")]
    private static partial Regex MarkdownFootnote();

    [GeneratedRegex(@"(?<=[,;:.])(?:\d{1,2}|\[\^\d{1,3}\])$")]
    private static partial Regex TrailingFootnoteMarker();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex WideGap();

    /// <summary>"141223", the print date beside a job number.</summary>
    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PrintDate();

    [GeneratedRegex(@":\s+(?=\((?:a|i|1)\)\s)")]
    private static partial Regex InlineListStart();
}
