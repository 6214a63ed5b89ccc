using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Reads the clauses after the formula from the lines <see cref="PageCleanup"/> hands on: splits them into paragraphs
/// (joining hard wraps and sentences broken by a page break), tells preambular from operative paragraphs, nests
/// sub-paragraphs by label and finds the headings between operative paragraphs.
/// </summary>
internal sealed partial class ClauseReader(OpeningPhrases phrases, List<ImportDiagnostic> diagnostics)
{
    private readonly SubParagraphTree _tree = new();
    private RawClause? _last;
    private RawHeading? _pendingHeading;

    /// <summary>The preambular paragraphs, in order.</summary>
    public List<RawClause> Preambular { get; } = [];

    /// <summary>The headings found in the operative part, each with the operative paragraph it stands before.</summary>
    public List<RawHeading> Headings { get; } = [];

    /// <summary>The operative paragraphs, in order, with their sub-paragraphs.</summary>
    public List<RawClause> Operative { get; } = [];

    /// <summary>The line the first paragraph starts on.</summary>
    public int FirstLine { get; private set; } = 1;

    /// <summary>Reads every line <paramref name="body"/> hands on.</summary>
    public void Read(PageCleanup body)
    {
        RawClause? paragraph = null;
        var blankBefore = true;
        while (body.Next() is { } line)
        {
            if (line.IsBlank)
            {
                paragraph = null;
                blankBefore = true;
                continue;
            }

            var text = line.Text;
            if (HeadingText(body, text, paragraph) is { } heading)
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
    private string? HeadingText(PageCleanup body, string text, RawClause? paragraph)
    {
        if (MarkdownHeading().Match(text) is { Success: true } marked)
        {
            return marked.Groups["text"].Value.Trim();
        }

        var bare = text.Trim('*', '_').Trim();
        if (bare.Length is 0 or > MaxPlainHeadingLength || !char.IsUpper(bare[0])
            || ClauseShape.EndsWithClausePunctuation(bare, lookPastClosers: false)
            || ClauseShape.OperativeNumber().IsMatch(text) || SubParagraphLabel.At(text) is not null
            || phrases.Match(ClauseKind.SubParagraph, bare) is not null)
        {
            return null;
        }

        var previous = paragraph ?? _last;
        if (previous is not null && !EndsWithClausePunctuation(previous.Last))
        {
            return null;
        }

        return body.PeekText() is { } following && ClauseShape.OperativeNumber().IsMatch(following) ? text : null;
    }

    /// <summary>
    /// Whether a recent paragraph carries the footnote marker <paramref name="number"/> at the end of a word: what
    /// <see cref="PageCleanup"/> asks before it takes a numbered line at the foot of a page for a footnote.
    /// </summary>
    public bool MarkerPrecedes(int number)
    {
        // The footnote stands at the foot of the page that holds its marker: a page holds at most a few dozen paragraphs.
        var recent = Preambular.TakeLast(MarkerWindow).Concat(Operative.TakeLast(MarkerWindow)).SelectMany(c => c.DescendantsAndSelf());
        return recent.Any(c => FootnoteMarkers.Find(c.Markdown.ToString()).Any(m => m.Number == number));
    }

    private const int MarkerWindow = 30;

    /// <summary>Plain headings are short ("Protection of civilians"); a longer unpunctuated line is text missing its comma.</summary>
    private const int MaxPlainHeadingLength = 90;

    private bool StartsNewParagraph(RawClause paragraph, string text)
    {
        if (ClauseShape.OperativeNumber().IsMatch(text) || SubParagraphLabel.At(text) is not null)
        {
            return true;
        }

        // Pasted without blank lines: a clause ends with its punctuation and the next opens like one. The capital keeps a
        // wrapped line that starts with an emphasised word ("*inter alia*") or a phrase's words in its sentence.
        var body = text.TrimStart('*', '_');
        return EndsWithClausePunctuation(paragraph)
            && body.Length > 0 && char.IsUpper(body[0])
            && ClauseShape.OpensLikeClause(text, phrases, ClauseKind.SubParagraph);
    }

    private RawClause Start(string text, int line, bool blankBefore)
    {
        if (Preambular.Count == 0 && Operative.Count == 0)
        {
            FirstLine = line;
        }

        if (ClauseShape.OperativeNumber().Match(text) is { Success: true } numbered)
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

        if (_last is not null && (StartsLowercase(text) || (!EndsWithClausePunctuation(_last.Last) && !ClauseShape.OpensLikeClause(text, phrases, ClauseKind.SubParagraph))))
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

    private static bool StartsLowercase(string text)
    {
        var body = text.TrimStart('*', '_', '[', '"', '\u201C', '(');
        return body.Length > 0 && char.IsLower(body[0]);
    }

    private static bool EndsWithClausePunctuation(RawClause clause) =>
        ClauseShape.EndsWithClausePunctuation(clause.Markdown.ToString(), lookPastClosers: true);

    private static ImportDiagnostic Warning(int line, string code, string message) =>
        new(line, DiagnosticSeverity.Warning, code, message);

    [GeneratedRegex(@"^#{1,6}\s+(?<text>\S.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@":\s+(?=\((?:a|i|1)\)\s)")]
    private static partial Regex InlineListStart();
}
