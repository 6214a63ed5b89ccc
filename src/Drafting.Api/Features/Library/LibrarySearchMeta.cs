using System.Globalization;
using System.Text;

namespace Drafting.Api.Features.Library;

/// <summary>
/// A search's filters as SQLite's index reads them, so that FTS5 narrows a filtered search itself instead of joining
/// every match to its document. Organ, session and symbol are words of the <c>meta</c> column of <c>library_fts</c>:
/// <c>o</c> and the organ, <c>s</c> and the session, <c>k</c> and the symbol, and <c>p</c> and each beginning of the
/// symbol (<see cref="Beginnings"/>), organ and symbol in hexadecimal UTF-8 so that any text is one word. A symbol prefix is then one word whose
/// paragraphs the index lists together, where a prefix query over the <c>k</c> words would merge the lists of every
/// symbol it begins (7 ms for "S/RES/2" at 10,000 resolutions, against 1 ms; migration 0085); the organ lower-cased in ASCII and the symbol
/// upper-cased as stored, as the SQL filters compare them (SQLite's lower() and LIKE fold ASCII only). Years are a range
/// of the index's keys (<see cref="LibraryStore.SearchKeysPerDay"/>). Migration 0053 writes the same words for what was
/// imported before it.
/// </summary>
public static class LibrarySearchMeta
{
    /// <summary>The meta words of a document's paragraphs.</summary>
    public static string Of(string organ, int? session, string symbolKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{OrganWord(organ)}{(session is { } s ? $" s{s}" : "")} k{Hex(symbolKey)}");

    /// <summary>
    /// The beginnings of the symbol, each a word (" p53 p532F …"), which the index's meta holds after <see cref="Of"/>:
    /// every beginning of the symbol's bytes, so every beginning of its characters among them. Not stored with the
    /// paragraph (110 MB at 10,000 resolutions), only indexed.
    /// </summary>
    public static string Beginnings(string symbolKey)
    {
        var symbol = Hex(symbolKey);
        return string.Concat(Enumerable.Range(1, symbol.Length / 2).Select(bytes => $" p{symbol[..(2 * bytes)]}"));
    }

    /// <summary>The FTS5 expression the filters add to a query (" AND meta : …"), empty when there are none.</summary>
    public static string Match(LibraryFilters filters) =>
        string.Concat(Words(filters)
            .Concat(filters.SymbolPrefix is { } prefix ? [$"p{Hex(prefix.ToUpperInvariant())}"] : [])
            .Select(word => $" AND meta : \"{word}\""));

    /// <summary>
    /// A PostgreSQL tsquery for <paramref name="match"/> under the filters ("(…) &amp; oHEX &amp; s70 &amp; kHEX:* &amp; (y2005 | y2000)"):
    /// the filters are words of the paragraph's search vector after its own words (migrations 0116 and 0117), so the GIN
    /// index intersects a broad word with a narrow filter itself. PostgreSQL's vector holds no symbol beginnings: its
    /// index reads a prefix of the symbol word itself. Years from a first one are also the words of their periods, up to
    /// <paramref name="newestPeriod"/>, when they span at most <see cref="MaxYearPeriods"/>, so that the index leaves
    /// out the other years itself, where the range of keys is tested on each match only after reading it from the table. Null <paramref name="newestPeriod"/>:
    /// no period words, for a walk down the keys, which their range bounds already (and which PostgreSQL's planner left
    /// for the GIN index when they were there: "nations with" from 2000 to 2005, 5 → 48 ms).
    /// </summary>
    public static string TsQuery(string match, LibraryFilters filters, int? newestPeriod) =>
        string.Concat(Words(filters)
            .Concat(filters.SymbolPrefix is { } prefix ? [$"k{Hex(prefix.ToUpperInvariant())}:*"] : [])
            .Concat(newestPeriod is { } newest && YearPeriods(filters, newest) is { } periods ? [periods] : [])
            .Select(word => $" & {word}")
            .Prepend($"({match})"));

    /// <summary>How many periods a year range may span and still be read by their words (<see cref="TsQuery"/>): at most 20 years.</summary>
    public const int MaxYearPeriods = 4;

    /// <summary>The periods of the years asked as one tsquery operand, or null when no first year is asked or they span more than <see cref="MaxYearPeriods"/>.</summary>
    private static string? YearPeriods(LibraryFilters filters, int newestPeriod)
    {
        if (filters.YearFrom is not { } from)
        {
            return null;
        }

        var first = Period(from);
        var last = Math.Min(Period(filters.YearTo ?? int.MaxValue), newestPeriod);
        return last >= first && (last - first) / PeriodYears < MaxYearPeriods ? Periods(first, last) : null;
    }

    /// <summary>How many years a period of adoption spans (<see cref="Period"/>).</summary>
    public const int PeriodYears = 5;

    /// <summary>
    /// The period a year of adoption falls in, by its first year (2020 for 2020 to 2024); 0 for undated paragraphs, whose
    /// key is 0. PostgreSQL's search vector holds it as a word ("y2020", migration 0117), so that the GIN index reads a
    /// search's matches in its newest periods alone (<see cref="LibraryReadPlan"/>).
    /// </summary>
    public static int Period(int? year) => year is { } y && y > 0 ? y / PeriodYears * PeriodYears : 0;

    /// <summary>The period's word in PostgreSQL's search vector.</summary>
    public static string PeriodWord(int period) => string.Create(CultureInfo.InvariantCulture, $"y{period}");

    /// <summary>The periods from <paramref name="since"/> to <paramref name="newest"/> as one tsquery operand: "(y2020 | y2015)".</summary>
    public static string Periods(int since, int newest) =>
        $"({string.Join(" | ", Enumerable.Range(0, Math.Max(0, ((newest - since) / PeriodYears) + 1)).Select(i => PeriodWord(newest - (i * PeriodYears))))})";

    /// <summary>The organ's word: the first word of meta.</summary>
    public static string OrganWord(string organ) => $"o{Hex(AsciiLower(organ))}";

    /// <summary>The organ's and the session's words, as both engines read them.</summary>
    private static IEnumerable<string> Words(LibraryFilters filters)
    {
        if (filters.Organ is { } organ)
        {
            yield return OrganWord(organ);
        }

        if (filters.Session is { } session)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"s{session}");
        }
    }

    /// <summary>
    /// The keys of the years asked, first and last: a year's paragraphs are keyed from its 1 January to its 31 December;
    /// undated ones (keyed 0) are never in a range, as the year filter never held them.
    /// </summary>
    public static (long First, long Last) Keys(LibraryFilters filters) =>
        filters.YearFrom is null && filters.YearTo is null
            ? (long.MinValue, long.MaxValue)
            : (Math.Max(1, filters.YearFrom ?? 1) * 10_000L * LibraryStore.SearchKeysPerDay,
               (((Math.Min(9999, filters.YearTo ?? 9999) * 10_000L) + 9999) * LibraryStore.SearchKeysPerDay) - 1);

    private static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));

    private static string AsciiLower(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        }
    });
}
