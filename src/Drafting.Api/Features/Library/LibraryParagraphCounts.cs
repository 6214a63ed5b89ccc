using System.Data.Common;
using Dapper;

namespace Drafting.Api.Features.Library;

/// <summary>One library document as a search's estimates count it: what its filters read, and how many paragraphs it holds.</summary>
/// <param name="Organ">The organ, as stored.</param>
/// <param name="Year">The year of adoption; null when undated.</param>
/// <param name="Session">The General Assembly session, if any.</param>
/// <param name="SymbolKey">The symbol as its meta word holds it (upper case).</param>
/// <param name="Paragraphs">How many paragraphs it holds.</param>
public sealed record LibraryDocumentCount(string Organ, int? Year, int? Session, string SymbolKey, long Paragraphs);

/// <summary>
/// How many paragraphs each library document holds, under one version of the library (<see cref="LibraryVersion"/>):
/// how many a search's filters leave, and in which periods (<see cref="LibrarySearchMeta.Period"/>). Read once per version.
/// Documents of the same organ, year and session are counted together (a few hundred groups for 10,000 resolutions), so
/// that a search's estimates cost microseconds; a symbol prefix alone is matched document by document.
/// </summary>
public sealed class LibraryParagraphCounts
{
    private readonly IReadOnlyList<LibraryDocumentCount> _documents;
    private readonly IReadOnlyList<LibraryDocumentCount> _groups;

    /// <summary>The counts of <paramref name="documents"/>, read at <paramref name="version"/> of the library.</summary>
    public LibraryParagraphCounts(long version, IEnumerable<LibraryDocumentCount> documents)
    {
        Version = version;
        _documents = [.. documents];
        _groups = [.. _documents
            .GroupBy(d => (Organ: d.Organ.ToUpperInvariant(), d.Year, d.Session))
            .Select(g => new LibraryDocumentCount(g.First().Organ, g.Key.Year, g.Key.Session, "", g.Sum(d => d.Paragraphs)))];
        Total = _documents.Sum(d => d.Paragraphs);
        NewestPeriod = _documents.Select(d => LibrarySearchMeta.Period(d.Year)).DefaultIfEmpty(0).Max();
    }

    /// <summary>The counts of every library document as <paramref name="transaction"/> reads them, at <paramref name="version"/> of the library.</summary>
    public static async Task<LibraryParagraphCounts> ReadAsync(DbConnection connection, DbTransaction? transaction, long version, CancellationToken cancellationToken)
    {
        var documents = await connection.QueryAsync<(string Organ, long? Year, long? Session, string SymbolKey, long Paragraphs)>(new CommandDefinition(
            "SELECT organ, year, session, symbol_key, paragraph_count FROM library_documents", transaction: transaction, cancellationToken: cancellationToken));
        return new LibraryParagraphCounts(version, documents.Select(d => new LibraryDocumentCount(d.Organ, (int?)d.Year, (int?)d.Session, d.SymbolKey, d.Paragraphs)));
    }

    /// <summary>The library's version these counts were read at.</summary>
    public long Version { get; }

    /// <summary>How many paragraphs the library holds.</summary>
    public long Total { get; }

    /// <summary>The first year of the newest period any document was adopted in; 0 when none is dated.</summary>
    public int NewestPeriod { get; }

    /// <summary>How many paragraphs the documents <paramref name="filters"/> leave hold.</summary>
    public long Paragraphs(LibraryFilters filters)
    {
        var sum = 0L;
        var symbol = filters.SymbolPrefix?.ToUpperInvariant();
        foreach (var counted in Counted(filters))
        {
            if (Leaves(filters, symbol, counted))
            {
                sum += counted.Paragraphs;
            }
        }

        return sum;
    }

    /// <summary>How many paragraphs the documents <paramref name="filters"/> leave hold in each period, the newest first (undated last).</summary>
    public IEnumerable<(int Period, long Paragraphs)> ByPeriodNewestFirst(LibraryFilters filters)
    {
        var symbol = filters.SymbolPrefix?.ToUpperInvariant();
        return Counted(filters).Where(d => Leaves(filters, symbol, d))
            .GroupBy(d => LibrarySearchMeta.Period(d.Year))
            .Select(g => (g.Key, g.Sum(d => d.Paragraphs)))
            .OrderByDescending(p => p.Key);
    }

    private IReadOnlyList<LibraryDocumentCount> Counted(LibraryFilters filters) => filters.SymbolPrefix is null ? _groups : _documents;

    /// <summary>Whether a search under <paramref name="filters"/> (its symbol prefix upper-cased: <paramref name="symbol"/>) reads <paramref name="document"/>, as its tsquery and key range do.</summary>
    private static bool Leaves(LibraryFilters filters, string? symbol, LibraryDocumentCount document) =>
        (filters.Organ is null || string.Equals(document.Organ, filters.Organ, StringComparison.OrdinalIgnoreCase))
        && (filters.YearFrom is null || document.Year >= filters.YearFrom)
        && (filters.YearTo is null || document.Year <= filters.YearTo)
        && (filters.Session is null || document.Session == filters.Session)
        && (symbol is null || document.SymbolKey.StartsWith(symbol, StringComparison.Ordinal));
}
