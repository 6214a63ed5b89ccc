using System.Globalization;
using System.Text.RegularExpressions;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// What stands above the first clause: a masthead (organ, symbol, Distr., date, Original), a Model UN
/// header (<c>**Committee:**</c>, <c>**Topic:**</c>, <c>**Code:**</c>), the sponsor line and the formula.
/// </summary>
internal sealed partial class DraftHeader
{
    public string? Organ { get; private set; }

    public string? Symbol { get; private set; }

    public string? Title { get; private set; }

    public string? Code { get; private set; }

    public DateOnly? Date { get; private set; }

    /// <summary>The session of a "Session:" field (the Markdown export writes it), or null.</summary>
    public string? Session { get; private set; }

    /// <summary>The agenda items of an "Agenda items:" field, separated by semicolons as the Markdown export writes them.</summary>
    public List<string> AgendaItems { get; } = [];

    public string? Formula { get; private set; }

    public string? SponsorLine { get; private set; }

    public int SponsorLineNumber { get; private set; }

    /// <summary>Adopted when the masthead is that of an adopted resolution; null for a draft.</summary>
    public Stage? Stage { get; private set; }

    /// <summary>The date of adoption ("Adopted … on 24 May 2018"), which wins over the distribution date.</summary>
    public DateOnly? AdoptionDate { get; private set; }

    /// <summary>The meeting of adoption as the masthead names it ("8267th meeting", "7782nd (closed) meeting"), or null.</summary>
    public string? AdoptionMeeting { get; private set; }

    /// <summary>Lines left of the name of the agenda item: it follows "Agenda item 79", after blank lines or not, and may wrap.</summary>
    private int _agendaNameLines;

    /// <summary>Whether a line of the agenda item's name has been read.</summary>
    private bool _agendaNameStarted;

    /// <summary>Whether a blank line followed the name, so that only a wrapped line (in lower case) goes on with it.</summary>
    private bool _agendaNameWrapsOnly;

    /// <summary>Whether a piece of a line joined by a PDF viewer is being read: it must be a masthead item of its own.</summary>
    private bool _readingPiece;

    /// <summary>Whether the adoption line ended before its date ("… at its 7782nd (closed) meeting, on" / "27 September 2016").</summary>
    private bool _adoptionDateNext;

    /// <summary>Whether a "[on the report of …" reference runs on to a line ending in "]".</summary>
    private bool _inReference;

    /// <summary>Whether the title after "78/70." may run on to the next line.</summary>
    private bool _titleContinues;

    /// <summary>
    /// Whether an adoption line ("Resolution adopted by the General Assembly …") stands further down the masthead: then
    /// every line between the agenda item and it is the item's name, blank lines between them or not.
    /// </summary>
    public bool AdoptionLineFollows { get; set; }

    /// <summary>Whether <paramref name="line"/> is the line saying by whom and when the resolution was adopted.</summary>
    public static bool IsAdoptionLine(string line) => AdoptedBy().IsMatch(line.Trim());

    /// <summary>The longest agenda item name read, in lines.</summary>
    private const int MaxAgendaNameLines = 8;

    /// <summary>A blank line: a wrapped agenda item name, title or adoption line has ended.</summary>
    public void EndBlock()
    {
        // After a blank line only a line in lower case goes on with the name: "… human rights situations" / "and reports of …".
        _agendaNameWrapsOnly = _agendaNameStarted;

        _titleContinues = false;
    }

    /// <summary>Consumes the line if it is masthead or header furniture; false when it is not.</summary>
    public bool TryReadLine(string line)
    {
        var text = line.Trim();

        // PDF copies set the masthead in columns: "United Nations        S/RES/2417 (2018)" is two masthead items.
        var columns = WideGap().Split(text);
        if (columns.Length > 1)
        {
            return columns.All(TryReadLine);
        }

        if (KeyValue().Match(text) is { Success: true } field)
        {
            return ReadField(field.Groups["key"].Value.Trim(), InlineMarkdown.ToPlainText(field.Groups["value"].Value).Text);
        }

        if (ReadContinuation(text))
        {
            return true;
        }

        if (AgendaItem().IsMatch(text))
        {
            _agendaNameLines = MaxAgendaNameLines;
            _agendaNameStarted = false;
            _agendaNameWrapsOnly = false;
            return true;
        }

        if (ReportReference().IsMatch(text) || ReportReferenceStart().IsMatch(text))
        {
            _inReference = !text.EndsWith(']');
            _agendaNameLines = 0;
            return true;
        }

        if (ThematicBreak().IsMatch(text) || text is "United Nations" || Furniture().IsMatch(text))
        {
            return true;
        }

        if (ReadAdoption(text) || ReadNumberedTitle(text))
        {
            _agendaNameLines = 0;
            return true;
        }

        if (OrganName().IsMatch(text))
        {
            Organ ??= text;
            return true;
        }

        if (SymbolPattern().IsMatch(text))
        {
            Symbol ??= text;
            return true;
        }

        if (ParseDate(text) is { } date)
        {
            Date ??= date;
            return true;
        }

        // Copied from a PDF viewer the columns come joined by one space: "United Nations A/RES/79/12", "General Assembly
        // Distr.: General 9 December 2024 Original: English", "Seventy-ninth session Third Committee Agenda item 71 (b) …".
        // Each piece must be a masthead item of its own; none is taken for a line of the agenda item's name.
        if (!_readingPiece && JoinedItemStart().IsMatch(text))
        {
            _readingPiece = true;
            try
            {
                var pieces = JoinedItemStart().Split(text);
                if (pieces.Length > 1 && pieces.All(TryReadLine))
                {
                    // The agenda item's name came on the same line: only a wrapped line (in lower case) goes on with it.
                    _agendaNameStarted = _agendaNameWrapsOnly = AgendaItem().IsMatch(pieces[^1]);
                    _agendaNameLines = _agendaNameStarted ? _agendaNameLines : 0;
                    return true;
                }
            }
            finally
            {
                _readingPiece = false;
            }
        }

        if (_readingPiece)
        {
            return false;
        }

        // The agenda item's name ("Responsibility of States for internationally wrongful acts") is masthead, not text.
        if (_agendaNameWrapsOnly && !char.IsLower(text[0]) && !AdoptionLineFollows)
        {
            _agendaNameLines = 0;
        }

        if (_agendaNameLines > 0 && !FormulaPattern().IsMatch(text) && !SponsorLinePattern().IsMatch(text))
        {
            _agendaNameLines--;
            _agendaNameStarted = true;
            return true;
        }

        return false;
    }

    /// <summary>The next line of a masthead item printed over two lines: the adoption date, the report reference, the title.</summary>
    private bool ReadContinuation(string text)
    {
        if (_adoptionDateNext)
        {
            _adoptionDateNext = false;
            if (AdoptionDateLine().Match(text) is { Success: true } date)
            {
                AdoptionDate = ParseDate(date.Groups["date"].Value) ?? AdoptionDate;
                return true;
            }
        }

        if (_inReference)
        {
            _inReference = !text.EndsWith(']');
            return true;
        }

        if (_titleContinues && Title is not null && !FormulaPattern().IsMatch(text))
        {
            Title = Title + " " + text;
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Resolution 2417 (2018)" and "Adopted by the Security Council at its 8267th meeting, on 24 May 2018" (SC), or
    /// "Resolution adopted by the General Assembly on 7 December 2023" (GA): an adopted text, no longer a draft.
    /// </summary>
    private bool ReadAdoption(string text)
    {
        if (ResolutionNumber().Match(text) is { Success: true } number)
        {
            Symbol ??= $"S/RES/{number.Groups["n"].Value} ({number.Groups["year"].Value})";
            Stage = Resolutions.Stage.Adopted;
            return true;
        }

        if (AdoptedBy().Match(text) is { Success: true } adopted)
        {
            AdoptionLineFollows = false;
            Organ ??= adopted.Groups["organ"].Value;
            Stage = Resolutions.Stage.Adopted;
            if (adopted.Groups["meeting"].Success)
            {
                AdoptionMeeting = adopted.Groups["meeting"].Value;
            }

            if (adopted.Groups["date"].Success)
            {
                AdoptionDate = ParseDate(adopted.Groups["date"].Value) ?? AdoptionDate;
            }
            else
            {
                _adoptionDateNext = true;
            }

            return true;
        }

        return false;
    }

    /// <summary>"78/70. Responsibility of States …": the General Assembly's number and title of an adopted resolution.</summary>
    private bool ReadNumberedTitle(string text)
    {
        if (NumberedTitle().Match(text) is not { Success: true } numbered)
        {
            return false;
        }

        var symbol = $"A/RES/{numbered.Groups["session"].Value}/{numbered.Groups["n"].Value}";
        if (Symbol is null || Symbol.StartsWith("A/RES/", StringComparison.Ordinal))
        {
            Symbol = symbol;
        }

        Title = numbered.Groups["title"].Value.Trim();
        Organ ??= "General Assembly";
        _titleContinues = true;
        return true;
    }

    /// <summary>Takes a paragraph as the sponsor line when it ends with "draft resolution".</summary>
    public bool TryReadSponsorLine(string paragraph, int line)
    {
        var match = SponsorLinePattern().Match(paragraph.Trim());
        if (!match.Success || SponsorLine is not null)
        {
            return false;
        }

        SponsorLine = InlineMarkdown.ToPlainText(match.Groups["names"].Value).Text;
        SponsorLineNumber = line;
        return true;
    }

    /// <summary>
    /// Takes <paramref name="paragraph"/> as the draft's title when it stands right before the formula
    /// (<paramref name="following"/>), is short and ends without clause punctuation, and no title was read yet.
    /// </summary>
    public bool TryReadDraftTitle(string paragraph, string following)
    {
        var text = paragraph.Trim();
        if (Title is not null || text.Length is 0 or > MaxDraftTitleLength || !FormulaPattern().IsMatch(following.Trim())
            || ClauseShape.EndsWithClausePunctuation(text, lookPastClosers: false))
        {
            return false;
        }

        Title = InlineMarkdown.ToPlainText(text).Text;
        return true;
    }

    /// <summary>The longest paragraph read as a draft's title.</summary>
    private const int MaxDraftTitleLength = 300;

    /// <summary>
    /// Whether a paragraph of the masthead ends after <paramref name="line"/> although no blank line follows: a sponsor
    /// line ends with "draft resolution", and nothing of the masthead runs on into the formula on the next line.
    /// </summary>
    public static bool EndsMastheadParagraph(string line, string? next) =>
        SponsorLinePattern().IsMatch(line.Trim()) || (next is not null && FormulaPattern().IsMatch(next.Trim()));

    /// <summary>Takes a line as the formula ("The Security Council,").</summary>
    public bool TryReadFormula(string line)
    {
        var text = line.Trim();
        if (Formula is not null || !FormulaPattern().IsMatch(text))
        {
            return false;
        }

        Formula = text;
        return true;
    }

    private bool ReadField(string key, string value)
    {
        switch (key.ToUpperInvariant())
        {
            case "COMMITTEE" or "ORGAN" or "BODY":
                Organ ??= value;
                return true;
            case "TOPIC" or "TITLE" or "QUESTION" or "SUBJECT":
                Title ??= value;
                return true;
            case "CODE":
                Code ??= value;
                return true;
            case "SYMBOL":
                Symbol ??= value;
                return true;
            case "DATE":
                Date ??= ParseDate(value);
                return true;
            case "SESSION":
                Session ??= value;
                return true;
            case "AGENDA ITEM" or "AGENDA ITEMS":
                AgendaItems.AddRange(value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                return true;
            case "SPONSORS" or "SUBMITTED BY":
                SponsorLine ??= value;
                return true;
            default:
                return false;
        }
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["d MMMM yyyy", "MMMM d, yyyy", "yyyy-MM-dd", "dd MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    [GeneratedRegex(@"^\*\*(?<key>[A-Za-z ]{2,30}):\*\*\s*(?<value>.*)$|^(?<key>Committee|Topic|Code|Symbol|Sponsors|Submitted by):\s*(?<value>.+)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex WideGap();

    /// <summary>
    /// Where one masthead item ends and the next begins when a PDF viewer joined them by one space: before "Distr.:",
    /// "Original:", "Agenda item", a committee, "Adopted by the", a report reference, a symbol or a date ending the
    /// line, after "United Nations" and after "… session".
    /// </summary>
    [GeneratedRegex(@"(?<=^United Nations) (?=[SAE]/)|(?<= session) (?=[A-Z])| (?=Distr\.:|Original:|Agenda items? \d|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee\b|Adopted by the |\[(?:on the report of|without reference to) |[SAE]/\S+$|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}(?:$| Original:))")]
    private static partial Regex JoinedItemStart();

    [GeneratedRegex(@"^Agenda items?\s+\d.*$")]
    private static partial Regex AgendaItem();

    /// <summary>"[on the report of the Sixth Committee (A/78/469, para. 12)]", "[without reference to a Main Committee (A/78/L.20)]".</summary>
    [GeneratedRegex(@"^\[(?:on the report of|without reference to) .*\]$")]
    private static partial Regex ReportReference();

    /// <summary>The first line of a reference that wraps: "[on the report of the Third Committee" / "(A/77/463/Add.3, para. 40)]".</summary>
    [GeneratedRegex(@"^\[(?:on the report of|without reference to) [^\]]*$")]
    private static partial Regex ReportReferenceStart();

    /// <summary>"27 September 2016" or "on 15 December 2022": the date of an adoption line that wrapped before it.</summary>
    [GeneratedRegex(@"^(?:on )?(?<date>\d{1,2} [A-Z][a-z]+ \d{4})\.?$")]
    private static partial Regex AdoptionDateLine();

    [GeneratedRegex(@"^Resolution (?<n>\d{1,5}) \((?<year>\d{4})\)$")]
    private static partial Regex ResolutionNumber();

    /// <summary>
    /// "Adopted by the Security Council at its 8267th meeting, on 24 May 2018", with a qualified meeting ("7782nd (closed)
    /// meeting", "meeting (resumed)"), or "Resolution adopted by the General Assembly on 7 December 2023"; the date may
    /// be on the next line.
    /// </summary>
    [GeneratedRegex(@"^(?:Resolution )?[Aa]dopted by the (?<organ>[A-Z][A-Za-z ]+?)(?: at its (?<meeting>\d+(?:st|nd|rd|th) (?:\([a-z ]+\) )?(?:plenary )?meeting(?: \([a-z ]+\))?),?)?(?: on (?<date>\d{1,2} [A-Z][a-z]+ \d{4})\.?| on)?$")]
    private static partial Regex AdoptedBy();

    [GeneratedRegex(@"^(?<session>\d{2,3})/(?<n>\d{1,4})\.\s+(?<title>\S.*)$")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,})$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^(?:Distr\.?:?\s.*|Distr\.|Original:\s*\w+.*|\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{5,}\*|Agenda items?\s.*|[A-Z][a-z]+(?:[- ][a-z]+){0,4} session)$")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:Security Council|General Assembly|Economic and Social Council|Human Rights Council|Trusteeship Council|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee(?: \(Fourth Committee\))?)$")]
    private static partial Regex OrganName();

    [GeneratedRegex(@"^[SAE]/(?:[A-Z0-9.]+/)*[A-Z0-9.]+(?:\s\(\d{4}\))?(?:/Rev\.\d+)?\*?$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^(?<names>.+?)\s*:\s*(?:revised\s+)?draft resolution\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorLinePattern();

    /// <summary>
    /// "The Security Council,"; also "The Security Council:" and, for a text that is one sentence ("The General Assembly" /
    /// "*Adopts* the following declaration:"), an organ's name without punctuation, as the official texts print them.
    /// </summary>
    [GeneratedRegex(@"^The [A-Z][A-Za-z ,()-]{2,120}[,:]$|^The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)$")]
    private static partial Regex FormulaPattern();
}
