using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Reads the clauses after the formula from the lines <see cref="PageCleanup"/> hands on: splits them into paragraphs
/// (joining hard wraps and sentences broken by a page break), tells preambular from operative paragraphs, nests
/// sub-paragraphs by label and finds the headings between operative paragraphs.
/// </summary>
/// <remarks>
/// Every decision looks at the current line, the end of the clause read last and at most a few lines ahead, so reading
/// is linear in the text.
/// </remarks>
internal sealed partial class ClauseReader(OpeningPhrases phrases, List<ImportDiagnostic> diagnostics)
{
    /// <summary>A footnote stands at the foot of the page that holds its marker: a page holds at most a few dozen clauses.</summary>
    private const int MarkerWindow = 60;

    private readonly SubParagraphTree _tree = new();
    private readonly Dictionary<int, int> _markerSeen = [];
    private int _clausesStarted;
    private RawClause? _last;
    private RawHeading? _pendingHeading;
    private PageCleanup? _body;

    /// <summary>The number of the line being read.</summary>
    private int _lineNumber;

    /// <summary>0 while reading clauses; -1 after the sign-off; else the first line of the annex, which is skipped.</summary>
    private int _annexLine;
    private int _annexLastLine;

    /// <summary>The preambular paragraphs, in order.</summary>
    public List<RawClause> Preambular { get; } = [];

    /// <summary>The headings found, each with the preambular or operative paragraph it stands before.</summary>
    public List<RawHeading> Headings { get; } = [];

    /// <summary>The operative paragraphs, in order, with their sub-paragraphs.</summary>
    public List<RawClause> Operative { get; } = [];

    /// <summary>The meeting the sign-off names ("48th plenary meeting"), or null when the text has none.</summary>
    public string? SignOffMeeting { get; private set; }

    /// <summary>The line the first paragraph starts on.</summary>
    public int FirstLine { get; private set; } = 1;

    /// <summary>Reads every line <paramref name="body"/> hands on; stops with <see cref="OperationCanceledException"/> when asked to.</summary>
    public void Read(PageCleanup body, CancellationToken cancellationToken = default)
    {
        _body = body;
        RawClause? paragraph = null;
        var blankBefore = true;
        while (body.Next() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.IsBlank)
            {
                paragraph = null;
                blankBefore = true;
                continue;
            }

            if (_annexLine != 0)
            {
                _annexLine = _annexLine < 0 ? line.Number : _annexLine;
                _annexLastLine = line.Number;
                continue;
            }

            var text = line.Text;
            _lineNumber = line.Number;
            if (MarkdownHeading().Match(text) is { Success: true } marked)
            {
                AddHeading(marked.Groups["text"].Value.Trim(), line.Number);
                paragraph = null;
                blankBefore = true;
                continue;
            }

            var previous = (paragraph ?? _last)?.Last;
            // "…; and" before a blank line has ended too (the heading after it is a heading, S/RES/2082 (2012) OP 31).
            var finished = previous is null || previous.AcceptsLabel || (blankBefore && previous.EndsWithConjunction);
            if (finished && previous is not { InQuotation: true } && SignOff.Read(body, text) is { } meeting)
            {
                SignOffMeeting = meeting;
                // What follows the sign-off is an annex (a declaration, a programme of action): text of another document.
                _annexLine = -1;
                paragraph = null;
                blankBefore = true;
                continue;
            }

            if (Operative.Count > 0 && previous is { EndsWithFullStop: true } && AnnexTitle().IsMatch(text))
            {
                _annexLine = _annexLastLine = line.Number;
                continue;
            }

            if (finished && previous is not { InQuotation: true }
                && HeadingBlock.Read(body, text, line.Number, phrases, Operative.Count > 0, previous is { EndsWithColon: true }) is { } block)
            {
                Place(block);
                paragraph = null;
                blankBefore = true;
                continue;
            }

            NoteMarkers(text);
            if (RunInEnumeration.Find(text) is { } runIn)
            {
                diagnostics.Add(Warning(line.Number, "run-in-enumeration", string.Create(CultureInfo.InvariantCulture,
                    $"Line {line.Number} runs an enumeration into its sentence ({string.Join(", ", runIn)}); it was kept as text of the paragraph, as official texts print it. If these are sub-paragraphs, put each on a line of its own.")));
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

        if (_annexLine > 0)
        {
            diagnostics.Add(Warning(_annexLine, "annex-not-imported", string.Create(CultureInfo.InvariantCulture,
                $"Lines {_annexLine}\u2013{_annexLastLine} follow the end of the resolution (its sign-off or an \"Annex\" title): an annex is not part of the resolution's clauses and was not imported.")));
        }

        if (_pendingHeading is { } last)
        {
            diagnostics.Add(Warning(last.Line, "heading-without-paragraph", $"The heading \"{last.Markdown}\" is not followed by a paragraph; it was dropped."));
        }

        PromoteClosingParagraph();
    }

    /// <summary>
    /// Whether a recent paragraph carries the footnote marker <paramref name="number"/> at the end of a word: what
    /// <see cref="PageCleanup"/> asks before it takes a numbered line at the foot of a page for a footnote.
    /// </summary>
    public bool MarkerPrecedes(int number) =>
        _markerSeen.TryGetValue(number, out var started) && _clausesStarted - started < MarkerWindow;

    /// <summary>Records the footnote markers of a line the reader takes in, with how many clauses had been started by then.</summary>
    private void NoteMarkers(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        foreach (var (_, _, number) in FootnoteMarkers.Find(text))
        {
            _markerSeen[number] = _clausesStarted;
        }
    }

    private void AddHeading(string heading, int line)
    {
        if (_pendingHeading is not null)
        {
            diagnostics.Add(Warning(line, "heading-without-paragraph", $"The heading \"{heading}\" follows another heading with no paragraph between them; they are joined."));
            if (_pendingHeading.Markdown.Length + 1 + heading.Length <= Heading.MaxTextLength)
            {
                _pendingHeading.Append(" ", heading);
            }

            return;
        }

        _pendingHeading = new RawHeading(heading, line);
    }

    /// <summary>Places a plain heading: before the next paragraph (preambular or operative), or as text inside the list it heads.</summary>
    private void Place(HeadingBlock block)
    {
        if (block.Place == HeadingPlace.InList && _last is not null)
        {
            // A list holds no headings in this model: the words stay text, where they were printed, after the clause above.
            _last.Last.AppendListHeading(block.Text, block.LastLine);
            diagnostics.Add(Warning(block.FirstLine, "heading-in-list", $"\"{block.Text}\" heads part of a list; a list holds no headings here, so it was kept as text at the end of the clause above it."));
            return;
        }

        AddHeading(block.Text, block.FirstLine);
    }

    /// <summary>Gives the heading read last, if any, to the paragraph that starts now.</summary>
    private void PlacePendingHeadingBefore(RawClause clause)
    {
        if (_pendingHeading is { } heading)
        {
            heading.Before = clause;
            Headings.Add(heading);
            _pendingHeading = null;
        }
    }

    /// <summary>
    /// A text with no numbered paragraph whose last paragraph, alone, closes with a full stop (elections to fill a vacancy
    /// at the International Court of Justice, recommendations of admission) has one operative paragraph: that one. So
    /// has a text of one paragraph after its formula that opens like an operative one ("*Adopts* the political
    /// declaration …", A/RES/75/284).
    /// </summary>
    private void PromoteClosingParagraph()
    {
        if (Operative.Count > 0 || Preambular.Count == 0 || !Preambular[^1].EndsWithFullStop
            || (Preambular.Count >= 2 && Preambular[^2].EndsWithFullStop)
            || (Preambular.Count == 1 && phrases.Match(ClauseKind.Operative, Preambular[0].Markdown.ToString().TrimStart('*', '_')) is null))
        {
            return;
        }

        var last = Preambular[^1];
        Preambular.RemoveAt(Preambular.Count - 1);
        var operative = last.AsKind(ClauseKind.Operative);
        Operative.Add(operative);
        foreach (var heading in Headings.Where(h => h.Before == last))
        {
            heading.Before = operative;
        }
    }

    /// <summary>
    /// Whether a line inside a quotation is the next operative paragraph after all: numbered as the next one and opening
    /// like an operative paragraph ("2. *Decides* …"), where a quoted paragraph reads "2. The Committee shall …".
    /// </summary>
    private bool EndsQuotation(string text) =>
        ClauseShape.OperativeNumber().Match(text) is { Success: true } numbered
        && int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) == Operative.Count + 1
        && ClauseShape.OpensLikeClause(numbered.Groups["rest"].Value, phrases, ClauseKind.Operative);

    private bool StartsNewParagraph(RawClause paragraph, string text)
    {
        if (paragraph.Last.InQuotation)
        {
            return EndsQuotation(text);
        }

        if (ClauseShape.OperativeNumber().IsMatch(text))
        {
            return true;
        }

        if (SubParagraphLabel.At(text) is not null)
        {
            // "… namely (i) the ceasefire and" / "(ii) the withdrawal", "… paragraph 4" / "(e) of resolution 61/98": a label
            // at the start of a wrapped line opens a sub-paragraph only after a clause that has ended.
            if (paragraph.Last.AcceptsLabel)
            {
                return true;
            }

            LabelReadAsText(SubParagraphLabel.At(text)!, _lineNumber, paragraph.Last);
            return false;
        }

        // Pasted without blank lines: a clause ends with its punctuation and the next opens like one. The capital keeps a
        // wrapped line that starts with an emphasised word ("*inter alia*") or a phrase's words in its sentence.
        var body = text.TrimStart('*', '_');
        return paragraph.EndsWithClausePunctuation
            && body.Length > 0 && char.IsUpper(body[0])
            && ClauseShape.OpensLikeClause(text, phrases, ClauseKind.SubParagraph);
    }

    /// <summary>Says that a label opening a line was read as words of the sentence before it, which has not ended.</summary>
    private void LabelReadAsText(SubParagraphLabel label, int line, RawClause host) =>
        diagnostics.Add(Warning(line, "label-read-as-text", string.Create(CultureInfo.InvariantCulture,
            $"'{label.Token}' at the start of line {line} was read as words of the sentence in line {host.LastLine}, which has not ended; if it opens a sub-paragraph, end the line before it with its punctuation or leave a blank line between them.")));

    private RawClause Start(string text, int line, bool blankBefore)
    {
        if (Preambular.Count == 0 && Operative.Count == 0)
        {
            FirstLine = line;
        }

        if (_last?.Last is { InQuotation: true } quoting && !EndsQuotation(text))
        {
            quoting.Append(text, line);
            return quoting;
        }

        if (ClauseShape.OperativeNumber().Match(text) is { Success: true } numbered)
        {
            return StartOperative(numbered, line);
        }

        if (SubParagraphLabel.At(text) is { } label)
        {
            if (Operative.Count > 0)
            {
                if (_last is not null && !_last.Last.AcceptsLabel && !(blankBefore && _tree.OpensAfterBlank(label)))
                {
                    // A page break inside "… paragraph 4" / "(e) of resolution 61/98": the label is the sentence's words.
                    LabelReadAsText(label, line, _last.Last);
                    _last.Last.Append(text, line);
                    return _last.Last;
                }

                return AddSubParagraphs(text, label, line);
            }

            diagnostics.Add(Warning(line, "sub-paragraph-in-preamble", $"'{label.Token}' labels a sub-paragraph, but no operative paragraph precedes it; it is read as a preambular paragraph."));
        }

        if (_last is not null && ContinuesLast(_last, text))
        {
            var host = _last.Last;
            if (host.Kind == ClauseKind.SubParagraph && host.EndsWithClausePunctuation && !host.EndsWithColon)
            {
                diagnostics.Add(Warning(line, "text-in-list", $"Line {line} has no label but stands inside a list, after the sub-paragraph of line {host.FirstLine}; it was kept as text of that sub-paragraph. If it starts an operative paragraph, give it its number."));
            }
            else if (blankBefore && !host.EndsWithColon)
            {
                diagnostics.Add(Warning(line, "joined-paragraph", $"Line {line} continues the sentence of line {host.LastLine} (a page break or stray blank line); they were joined."));
            }

            host.Append(text, line);
            return host;
        }

        _clausesStarted++;
        if (Operative.Count == 0)
        {
            var preambular = new RawClause(ClauseKind.Preambular, line);
            preambular.Append(text, line);
            Preambular.Add(preambular);
            PlacePendingHeadingBefore(preambular);
            return preambular;
        }

        diagnostics.Add(Warning(line, "unnumbered-operative", "This paragraph follows the operative paragraphs but has no number; it is read as the next operative paragraph."));
        var unnumbered = new RawClause(ClauseKind.Operative, line);
        unnumbered.Append(text, line);
        Operative.Add(unnumbered);
        _tree.StartOperative(unnumbered);
        PlacePendingHeadingBefore(unnumbered);
        return unnumbered;
    }

    /// <summary>
    /// Whether an unnumbered, unlabelled line after a blank goes on with the clause read last rather than starting one:
    /// that clause is a number without text yet; the line starts in lower case; or that clause has not ended and the line does not open like a clause; or, in the operative
    /// part, that clause announces what follows with a colon ("(c) Support for the political process:" / "To use its good
    /// offices …"), or the line follows a list and does not open like an operative paragraph (text after a list).
    /// </summary>
    private bool ContinuesLast(RawClause last, string text)
    {
        // A number alone on its line ("1." / blank line / "Warmly endorses …", S/RES/1286 (2000)): its text follows.
        if (StartsLowercase(text) || last.Last.Markdown.Length == 0)
        {
            return true;
        }

        var host = last.Last;
        if (!host.EndsWithClausePunctuation)
        {
            return !ClauseShape.OpensLikeClause(text, phrases, ClauseKind.SubParagraph);
        }

        if (Operative.Count == 0)
        {
            return false;
        }

        // Inside a list, a line without a label that does not open like an operative paragraph is text of the list
        // ("(b) … the following themes:" / "Panel 1: …;" / "Panel 2: …;" / "(c) …", A/RES/78/269).
        return host.EndsWithColon
            || ((last.Children.Count > 0 || host.Kind == ClauseKind.SubParagraph) && !ClauseShape.StartsWithEmphasis(text) && phrases.Match(ClauseKind.Operative, text) is null);
    }

    private RawClause StartOperative(Match numbered, int line)
    {
        _clausesStarted++;
        var operative = new RawClause(ClauseKind.Operative, line);
        Operative.Add(operative);
        _tree.StartOperative(operative);
        PlacePendingHeadingBefore(operative);

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

        // "… to: (a) …; (b) …" on the paragraph's own line is a run-in enumeration: the official texts print it as one
        // paragraph (S/RES/2063 (2012), paragraph 3), so it stays text, named by RunInEnumeration.
        operative.Append(rest, line);
        return operative;
    }

    /// <summary>
    /// Adds the sub-paragraph that starts <paramref name="text"/>. Labels further on in the same line ("(a) … ; (ii) …")
    /// are a run-in enumeration of its sentence and stay its text, as the official texts print them.
    /// </summary>
    private RawClause AddSubParagraphs(string text, SubParagraphLabel label, int line)
    {
        var body = text[label.Length..];
        _clausesStarted++;
        var sub = new RawClause(ClauseKind.SubParagraph, line);
        sub.Append(body, line);
        if (_tree.Add(sub, label, label.Readings.Count > 1 ? NextLabel() : null) is { } warning)
        {
            diagnostics.Add(Warning(line, "sub-paragraph-label", warning));
        }

        return sub;
    }

    /// <summary>
    /// The label after an ambiguous one ("(i)", "(v)"), which tells a roman list from letters: opening one of the next few
    /// lines. Looks a bounded number of lines ahead, so reading stays linear.
    /// </summary>
    private SubParagraphLabel? NextLabel()
    {
        if (_body is null)
        {
            return null;
        }

        foreach (var following in _body.PeekTexts(LabelLookahead))
        {
            if (SubParagraphLabel.At(following.Text) is { } next)
            {
                return next;
            }

            if (ClauseShape.OperativeNumber().IsMatch(following.Text))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many lines ahead the next label is looked for: a wrapped sub-paragraph rarely runs longer.</summary>
    private const int LabelLookahead = 12;

    private static bool StartsLowercase(string text)
    {
        var body = text.TrimStart('*', '_', '[', '"', '\u201C', '(');
        return body.Length > 0 && char.IsLower(body[0]);
    }

    private static ImportDiagnostic Warning(int line, string code, string message) =>
        new(line, DiagnosticSeverity.Warning, code, message);

    /// <summary>"### Assets freeze": a Markdown heading (as the Markdown export writes them), up to the longest heading text.</summary>
    [GeneratedRegex(@"^#{1,6}\s+(?<text>\S.{0,498}?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    /// <summary>"Annex", "Annex I", "Annex B": the title of an annex after the last paragraph.</summary>
    [GeneratedRegex(@"^Annex(?: [IVX]{1,5}| [A-Z])?$")]
    private static partial Regex AnnexTitle();

}
