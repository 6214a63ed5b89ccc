using System.Globalization;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// Reads a draft resolution from Markdown or plain text as delegations paste it from Word or PDF:
/// masthead, sponsor line, formula, preambular and operative paragraphs and nested sub-paragraphs.
/// Never throws on bad input: problems come back as diagnostics with line numbers.
/// </summary>
public sealed class ResolutionImporter
{
    private readonly OpeningPhrases _phrases;
    private readonly MemberStates _states;
    private readonly Func<ClauseId>? _newId;

    /// <summary>Creates an importer.</summary>
    /// <param name="phrases">Opening phrases to recognize; the shipped list by default.</param>
    /// <param name="states">Member State names to split sponsor lines on; the shipped list by default.</param>
    /// <param name="newId">Makes clause ids; by default each import draws a random prefix and counts on from it.</param>
    public ResolutionImporter(OpeningPhrases? phrases = null, MemberStates? states = null, Func<ClauseId>? newId = null)
    {
        _phrases = phrases ?? OpeningPhrases.Default;
        _states = states ?? MemberStates.Default;
        _newId = newId;
    }

    /// <summary>An importer with the shipped lists and random ids.</summary>
    public static ResolutionImporter Default { get; } = new();

    /// <summary>Imports <paramref name="text"/> as a new resolution with id <paramref name="id"/> (a new one when omitted).</summary>
    public ImportResult Import(string text, Guid? id = null) => Import(text, id, CancellationToken.None);

    /// <summary>
    /// Imports <paramref name="text"/> as a new resolution with id <paramref name="id"/> (a new one when null). Every stage
    /// is linear in the text; the work stops when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ImportResult Import(string text, Guid? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<ImportDiagnostic>();
        var lines = SourceText.Read(text, diagnostics);
        if (lines is null)
        {
            return new ImportResult(null, diagnostics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var header = new DraftHeader();
        var bodyStart = ReadHeader(lines, header);
        var body = new ClauseReader(_phrases, diagnostics);
        var page = new PageCleanup(lines, bodyStart, body.MarkerPrecedes, diagnostics, header.Symbol);
        body.Read(page, cancellationToken);
        var newId = _newId ?? new ImportIds().Next;
        var resolution = Build(id ?? Guid.NewGuid(), header, body, page.Footnotes, lines, diagnostics, newId, cancellationToken);
        return new ImportResult(resolution, Capped(diagnostics).OrderBy(d => d.Line).ToList());
    }

    /// <summary>The most messages of one code reported; a paste that repeats one slip thousands of times gets a summary instead.</summary>
    public const int MaxMessagesPerCode = 100;

    /// <summary>The diagnostics with at most <see cref="MaxMessagesPerCode"/> of each code, and one more telling how many were left out.</summary>
    private static List<ImportDiagnostic> Capped(List<ImportDiagnostic> diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var capped = new List<ImportDiagnostic>(Math.Min(diagnostics.Count, 1_000));
        foreach (var diagnostic in diagnostics)
        {
            counts[diagnostic.Code] = counts.GetValueOrDefault(diagnostic.Code) + 1;
            if (counts[diagnostic.Code] <= MaxMessagesPerCode)
            {
                capped.Add(diagnostic);
            }
        }

        foreach (var (code, count) in counts.Where(c => c.Value > MaxMessagesPerCode))
        {
            var last = diagnostics.Last(d => d.Code == code);
            capped.Add(new ImportDiagnostic(last.Line, last.Severity, code, string.Create(CultureInfo.InvariantCulture,
                $"{count - MaxMessagesPerCode:N0} more messages like the {MaxMessagesPerCode} above ({code}) were left out; the last is at line {last.Line}.")));
        }

        return capped;
    }

    /// <summary>Consumes masthead, sponsor line and formula; returns the index of the first body line.</summary>
    private static int ReadHeader(List<SourceLine> lines, DraftHeader header)
    {
        // A masthead is a few dozen lines at most: looking that far ahead for the adoption line costs nothing.
        header.AdoptionLineFollows = lines.Take(MastheadLines).Any(l => DraftHeader.IsAdoptionLine(l.Text));
        var index = 0;
        while (index < lines.Count)
        {
            var line = lines[index];
            if (line.IsBlank)
            {
                header.EndBlock();
                index++;
                continue;
            }

            // A masthead line is also read by its plain words: a Word file or a Markdown copy escapes "[on the report of …]".
            // The line as written comes first, so that a field it sets ("**Title:** … \*peace\*") keeps its marks.
            var plain = MarkdownEscapes.Unescape(line.Text);
            if (header.TryReadLine(line.Text) || (!ReferenceEquals(plain, line.Text) && header.TryReadLine(plain)))
            {
                index++;
                continue;
            }

            if (header.TryReadFormula(line.Text) || (!ReferenceEquals(plain, line.Text) && header.TryReadFormula(plain)))
            {
                return index + 1;
            }

            // A paragraph ends at a blank line, or (copied without blank lines) after a sponsor line or before the formula.
            var end = index;
            while (end < lines.Count && !lines[end].IsBlank)
            {
                end++;
                if (end < lines.Count && DraftHeader.EndsMastheadParagraph(lines[end - 1].Text, lines[end].Text))
                {
                    break;
                }
            }

            var paragraph = string.Join(' ', lines.Skip(index).Take(end - index).Select(l => l.Text.Trim()));
            if (header.TryReadSponsorLine(paragraph, line.Number))
            {
                index = end;
                continue;
            }

            // A draft's title stands between its sponsor line and its formula ("Freedom of religion or belief").
            if (header.SponsorLine is not null && NextText(lines, end) is { } following && header.TryReadDraftTitle(paragraph, following))
            {
                index = end;
                continue;
            }

            return index;
        }

        return index;
    }

    /// <summary>The longest organ or sponsor name the model takes.</summary>
    private const int MaxNameLength = 200;

    /// <summary>The first non-blank line from <paramref name="index"/> on, or null.</summary>
    private static string? NextText(List<SourceLine> lines, int index)
    {
        for (var i = index; i < lines.Count && i < index + MastheadLines; i++)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].Text;
            }
        }

        return null;
    }

    /// <summary>How far down the text a masthead may reach, in lines.</summary>
    private const int MastheadLines = 60;

    private Resolution? Build(Guid id, DraftHeader header, ClauseReader body, Dictionary<int, string> bodyFootnotes, List<SourceLine> lines, List<ImportDiagnostic> diagnostics, Func<ClauseId> newId, CancellationToken cancellationToken)
    {
        if (body.Preambular.Count == 0 && body.Operative.Count == 0)
        {
            var last = lines.Count == 0 ? 1 : lines[^1].Number;
            diagnostics.Add(new ImportDiagnostic(1, DiagnosticSeverity.Error, "no-clauses",
                $"No preambular or operative paragraphs were found in lines 1\u2013{last}. A draft needs at least one paragraph after its formula (\"The Security Council,\")."));
            return null;
        }

        if (header.Formula is null && body.Operative.Count == 0 && !body.Preambular.Any(LooksLikeAClause))
        {
            diagnostics.Add(new ImportDiagnostic(body.FirstLine, DiagnosticSeverity.Error, "no-clauses",
                "This does not read as a draft resolution: there is no formula (\"The Security Council,\"), no numbered operative paragraph and no paragraph opening with a phrase such as \"Recalling\"."));
            return null;
        }

        var organ = OrganFrom(header, diagnostics);
        var formula = header.Formula ?? organ.DefaultFormula;
        if (header.Formula is null)
        {
            diagnostics.Add(Warning(body.FirstLine, "no-formula", $"No formula such as \"The Security Council,\" was found; \"{formula}\" is used."));
        }

        if (body.Preambular.Concat(body.Operative).SelectMany(c => c.DescendantsAndSelf()).Skip(ResolutionLimits.MaxParagraphs).FirstOrDefault() is { } beyond)
        {
            var count = body.Preambular.Concat(body.Operative).Sum(c => c.DescendantsAndSelf().Count());
            diagnostics.Add(new ImportDiagnostic(beyond.FirstLine, DiagnosticSeverity.Error, "too-many-paragraphs", string.Create(CultureInfo.InvariantCulture,
                $"The draft has {count:N0} paragraphs (sub-paragraphs included); a resolution holds at most {ResolutionLimits.MaxParagraphs:N0} paragraphs, and paragraph {ResolutionLimits.MaxParagraphs + 1:N0} starts at line {beyond.FirstLine:N0}. Nothing was imported.")));
            return null;
        }

        var sponsors = Sponsors(header, diagnostics);
        var footnotes = new Dictionary<int, string>(bodyFootnotes);
        var preambular = body.Preambular.Select(c => ToClause(c, diagnostics, footnotes, newId, cancellationToken)).ToList();
        var operative = body.Operative.Select(c => ToClause(c, diagnostics, footnotes, newId, cancellationToken)).ToList();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var read = body.Preambular.Zip(preambular).Concat(body.Operative.Zip(operative)).ToDictionary(p => p.First, p => p.Second);
        var headings = new List<Heading>();
        foreach (var heading in body.Headings)
        {
            var text = InlineMarkdown.ToPlainText(heading.Markdown).Text;
            if (text.Length == 0)
            {
                diagnostics.Add(Warning(heading.Line, "heading-without-text", $"The heading \"{heading.Markdown}\" has no words once its marks are read; it was dropped."));
                continue;
            }

            headings.Add(new Heading(newId(), text, read[heading.Before!]!.Id));
        }

        try
        {
            return new Resolution(id, organ, formula, preambular.OfType<Clause>(), operative.OfType<Clause>(), sponsors,
                header.Symbol, header.Title, header.Code, header.AdoptionDate ?? header.Date, header.Stage ?? Stage.Draft, headings: headings,
                decided: Decided(header, body), session: header.Session, agendaItems: header.AgendaItems);
        }
        catch (ArgumentException refused)
        {
            // The last guard of "a 400, never a 500": whatever the checks above missed, the model's own validation names.
            diagnostics.Add(new ImportDiagnostic(0, DiagnosticSeverity.Error, "not-a-resolution", $"The text does not make a valid resolution: {refused.Message}"));
            return null;
        }
    }

    private bool LooksLikeAClause(RawClause paragraph) =>
        ClauseShape.OpensLikeClause(paragraph.Markdown.ToString(), _phrases, ClauseKind.Preambular);

    private static Organ OrganFrom(DraftHeader header, List<ImportDiagnostic> diagnostics)
    {
        if (header.Organ is { } name)
        {
            if (!string.IsNullOrWhiteSpace(name) && name.Length <= MaxNameLength)
            {
                return new Organ(name);
            }

            diagnostics.Add(Warning(1, "organ-too-long", $"The organ named in the header has {name.Length} characters (at most {MaxNameLength}); the formula decides instead."));
        }

        if (header.Formula is { } formula)
        {
            return new Organ(formula.TrimEnd(',', ':'));
        }

        diagnostics.Add(Warning(1, "no-organ", "Neither a masthead nor a formula names the organ; the Security Council is assumed."));
        return Organ.SecurityCouncil;
    }

    private List<Sponsor> Sponsors(DraftHeader header, List<ImportDiagnostic> diagnostics)
    {
        var sponsors = new List<Sponsor>();
        if (header.SponsorLine is null)
        {
            return sponsors;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (MemberStates.EmptyItems(header.SponsorLine) is > 0 and var empty)
        {
            diagnostics.Add(Warning(header.SponsorLineNumber, "sponsor-empty-item", $"The sponsor line has {empty} empty item(s) between commas; they were skipped."));
        }

        foreach (var (name, known, correction) in _states.SplitWithCorrections(header.SponsorLine))
        {
            if (correction is not null)
            {
                diagnostics.Add(Warning(header.SponsorLineNumber, "sponsor-corrected", correction));
            }

            if (!seen.Add(name))
            {
                diagnostics.Add(Warning(header.SponsorLineNumber, "duplicate-sponsor", $"\"{name}\" is listed twice among the sponsors; it is kept once."));
                continue;
            }

            if (name.Length > MaxNameLength)
            {
                diagnostics.Add(new ImportDiagnostic(header.SponsorLineNumber, DiagnosticSeverity.Error, "sponsor-too-long",
                    $"The sponsor line has a name of {name.Length} characters (at most {MaxNameLength}): \"{name[..40]}…\". Separate the names with commas, or start the draft after the sponsor line."));
                continue;
            }

            if (!known)
            {
                diagnostics.Add(Warning(header.SponsorLineNumber, "unknown-sponsor", $"\"{name}\" is not the name of a UN Member State or observer State as UN documents write it."));
            }

            sponsors.Add(new Sponsor(name, SponsorRole.Main));
        }

        return sponsors;
    }

    private Clause? ToClause(RawClause raw, List<ImportDiagnostic> diagnostics, Dictionary<int, string> footnotes, Func<ClauseId> newId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (raw.Markdown.Length > MaxMarkdownLength)
        {
            // Refused before any Markdown is parsed: a paragraph this long is missing its paragraph breaks, whatever its marks.
            diagnostics.Add(new ImportDiagnostic(raw.FirstLine, DiagnosticSeverity.Error, "paragraph-too-long",
                string.Create(CultureInfo.InvariantCulture, $"The paragraph in lines {raw.FirstLine}\u2013{raw.LastLine} has {raw.Markdown.Length:N0} characters; a clause holds at most {Clause.MaxTextLength:N0}. Check for missing paragraph breaks.")));
            return null;
        }

        var reading = InlineMarkdown.Read(raw.Markdown.ToString());
        if (reading.MarkupIgnored)
        {
            diagnostics.Add(Warning(raw.FirstLine, "markup-ignored", string.Create(CultureInfo.InvariantCulture,
                $"The paragraph in lines {raw.FirstLine}\u2013{raw.LastLine} holds more than {InlineMarkdown.MaxMarks} emphasis or link marks, or marks nested too deep; it was read as plain text, marks included.")));
        }

        var (text, notes) = FootnoteMarkers.Extract(reading.Text, footnotes);
        if (text.Length > Clause.MaxTextLength)
        {
            diagnostics.Add(new ImportDiagnostic(raw.FirstLine, DiagnosticSeverity.Error, "paragraph-too-long",
                string.Create(CultureInfo.InvariantCulture, $"The paragraph in lines {raw.FirstLine}\u2013{raw.LastLine} has {text.Length:N0} characters; a clause holds at most {Clause.MaxTextLength:N0}. Check for missing paragraph breaks.")));
            return null;
        }

        var opening = Opening(raw.Kind, text, reading);
        var children = raw.Children.Select(c => ToClause(c, diagnostics, footnotes, newId, cancellationToken)).ToList();
        if (children.Any(c => c is null))
        {
            return null;
        }

        if (text.Length == 0 && children.Count == 0)
        {
            // "1." alone, or a label with nothing after it: a clause needs words (a paragraph made only of sub-paragraphs is fine).
            diagnostics.Add(new ImportDiagnostic(raw.FirstLine, DiagnosticSeverity.Error, "empty-paragraph",
                string.Create(CultureInfo.InvariantCulture, $"The paragraph at line {raw.FirstLine} has a number or label but no text. Write its text, or remove the line.")));
            return null;
        }

        return new Clause(newId(), raw.Kind, text, opening, children.OfType<Clause>(), raw.ChildStyle, notes: notes);
    }

    /// <summary>
    /// The opening as printed: the emphasised phrase that starts the text; for an operative paragraph, the words up to an
    /// emphasised operative verb after an introduction ("In this context, *stresses*"); else a known opening phrase that
    /// starts the text. A paste without emphasis never gets an opening made up from a word that is no opening phrase.
    /// </summary>
    private string? Opening(ClauseKind kind, string text, InlineReading reading)
    {
        if (reading.Leading is { Length: <= MaxOpeningLength } leading && text.StartsWith(leading, StringComparison.Ordinal))
        {
            return ActingAlone(leading);
        }

        if (kind == ClauseKind.Operative && reading is { Introduced: { } introduced, Emphasised: { } verb }
            && _phrases.IsKnown(ClauseKind.Operative, verb) && text.StartsWith(introduced, StringComparison.Ordinal))
        {
            return introduced;
        }

        return _phrases.Match(kind, text) is { } phrase ? ActingAlone(phrase) : null;
    }

    /// <summary>
    /// "Acting under Chapter VII of the Charter of the United Nations," is printed with only *Acting* in italics:
    /// the authority it acts under is not part of the opening, however the paste emphasised it.
    /// </summary>
    private static string ActingAlone(string opening) =>
        opening.StartsWith("Acting ", StringComparison.Ordinal) ? "Acting" : opening;

    /// <summary>An emphasised phrase longer than this at the start of a paragraph is emphasised text, not its opening.</summary>
    private const int MaxOpeningLength = 100;

    /// <summary>The longest paragraph whose Markdown is parsed: ten times what a clause holds leaves room for any markup.</summary>
    private const int MaxMarkdownLength = Clause.MaxTextLength * 10;

    private static ImportDiagnostic Warning(int line, string code, string message) =>
        new(line, DiagnosticSeverity.Warning, code, message);

    /// <summary>An adopted text's meeting and date, from its masthead (SC) or its sign-off (GA); null for a draft or without a date.</summary>
    private static DecisionRecord? Decided(DraftHeader header, ClauseReader body) =>
        header.Stage == Stage.Adopted && (header.AdoptionDate ?? header.Date) is { } date
            ? new DecisionRecord(header.AdoptionMeeting ?? body.SignOffMeeting, date)
            : null;
}
