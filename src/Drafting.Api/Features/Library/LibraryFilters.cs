namespace Drafting.Api.Features.Library;

/// <summary>What a search is narrowed to: an organ, years of adoption, a session, a symbol prefix, library or drafts only.</summary>
/// <param name="Organ">"General Assembly", "Security Council" (case aside).</param>
/// <param name="YearFrom">Adopted in this year or later.</param>
/// <param name="YearTo">Adopted in this year or earlier.</param>
/// <param name="Session">The General Assembly session.</param>
/// <param name="SymbolPrefix">The symbol starts with this (case aside), e.g. "A/RES/78/" or "S/RES/2".</param>
/// <param name="Kind">library or draft; null for both.</param>
public sealed record LibraryFilters(string? Organ, int? YearFrom, int? YearTo, int? Session, string? SymbolPrefix, string? Kind)
{
    /// <summary>Whether drafts can be hits: years and sessions describe adopted texts only.</summary>
    public bool IncludesDrafts => Kind is null or LibraryApi.DraftKind && YearFrom is null && YearTo is null && Session is null;

    /// <summary>Whether library paragraphs can be hits.</summary>
    public bool IncludesLibrary => Kind is null or LibraryApi.LibraryKind;
}
