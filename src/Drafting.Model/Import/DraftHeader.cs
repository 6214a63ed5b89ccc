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

    public string? Formula { get; private set; }

    public string? SponsorLine { get; private set; }

    public int SponsorLineNumber { get; private set; }

    /// <summary>Consumes the line if it is masthead or header furniture; false when it is not.</summary>
    public bool TryReadLine(string line)
    {
        var text = line.Trim();
        if (KeyValue().Match(text) is { Success: true } field)
        {
            return ReadField(field.Groups["key"].Value.Trim(), InlineMarkdown.ToPlainText(field.Groups["value"].Value).Text);
        }

        if (ThematicBreak().IsMatch(text) || text is "United Nations" || Furniture().IsMatch(text))
        {
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

        return false;
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

    [GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,})$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^(?:Distr\.?:?\s.*|Distr\.|Original:\s*\w+.*|\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{5,}\*|Agenda items?\s.*|(?:[A-Z][a-z]+-)?[A-Z][a-z]+ session)$")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:Security Council|General Assembly|Economic and Social Council|Human Rights Council|Trusteeship Council|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee(?: \(Fourth Committee\))?)$")]
    private static partial Regex OrganName();

    [GeneratedRegex(@"^[SAE]/(?:[A-Z0-9.]+/)*[A-Z0-9.]+(?:\s\(\d{4}\))?(?:/Rev\.\d+)?\*?$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^(?<names>.+?)\s*:\s*(?:revised\s+)?draft resolution\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SponsorLinePattern();

    [GeneratedRegex(@"^The [A-Z][A-Za-z ,()-]{2,120},$")]
    private static partial Regex FormulaPattern();
}
