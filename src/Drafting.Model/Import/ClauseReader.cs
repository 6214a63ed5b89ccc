using System.Globalization;
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

    public List<RawClause> Preambular { get; } = [];

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
            if (paragraph is not null && !StartsNewParagraph(paragraph, text))
            {
                paragraph.Append(text, line.Number);
                continue;
            }

            paragraph = Start(text, line.Number, blankBefore);
            _last = paragraph;
            blankBefore = false;
        }
    }

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
        var text = clause.Markdown.ToString().TrimEnd().TrimEnd('"', '\u201D', '\u2019', '*', '_', ')', ']');
        return text.Length > 0 && text[^1] is ',' or ';' or ':' or '.' or '!' or '?';
    }

    private static ImportDiagnostic Warning(int line, string code, string message) =>
        new(line, DiagnosticSeverity.Warning, code, message);

    [GeneratedRegex(@"^(?<n>\d{1,3})\.(?:\s+(?<rest>.*))?$")]
    private static partial Regex OperativeNumber();

    [GeneratedRegex(@":\s+(?=\((?:a|i|1)\)\s)")]
    private static partial Regex InlineListStart();
}
