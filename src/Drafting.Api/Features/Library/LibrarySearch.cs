using System.Globalization;
using Drafting.Api.Features.Resolutions;
using Drafting.Model.Library;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Searches agreed language for a reader: the drafts she takes part in (never another's: they are found through her
/// own resolutions list) and the library. Her drafts come first, in document order, because they are few and are what
/// she is working on; library hits follow, ranked by the engine.
/// </summary>
public sealed class LibrarySearch(LibrarySearchStore library, ResolutionStore resolutions)
{
    /// <summary>One page of hits from <paramref name="offset"/>; <c>More</c> when a next page exists.</summary>
    public async Task<(List<SearchHitDto> Items, bool More)> SearchAsync(SearchQuery query, LibraryFilters filters, Guid reader, int offset, int size, CancellationToken cancellationToken)
    {
        var drafts = filters.IncludesDrafts ? await DraftHitsAsync(query, filters, reader, cancellationToken) : [];
        var items = drafts.Skip(offset).Take(size + 1).ToList();
        if (filters.IncludesLibrary && items.Count <= size)
        {
            var rows = await library.SearchAsync(query, filters, Math.Max(0, offset - drafts.Count), size + 1 - items.Count, cancellationToken);
            items.AddRange(rows.Select(row => new SearchHitDto(
                LibraryApi.LibraryKind, Guid.Parse(row.DocumentId, CultureInfo.InvariantCulture), $"p{row.Position}", row.Symbol, row.Reference,
                LibrarySummaryDto.ParseDate(row.AdoptedOn), row.Text, query.Mark(row.Text))));
        }

        var more = items.Count > size;
        if (more)
        {
            items.RemoveRange(size, items.Count - size);
        }

        return (items, more);
    }

    private async Task<List<SearchHitDto>> DraftHitsAsync(SearchQuery query, LibraryFilters filters, Guid reader, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHitDto>();
        foreach (var summary in await resolutions.ListForUserAsync(reader, cancellationToken))
        {
            if ((filters.Organ is { } organ && !string.Equals(summary.Organ, organ, StringComparison.OrdinalIgnoreCase))
                || (filters.SymbolPrefix is { } prefix && summary.Symbol?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) != true))
            {
                continue;
            }

            if (await resolutions.GetAsync(Guid.Parse(summary.Id, CultureInfo.InvariantCulture), cancellationToken) is not { } loaded)
            {
                continue;
            }

            var draft = loaded.Resolution;
            var references = ClauseReferences.Of(draft);
            foreach (var clause in draft.Preambular.Concat(draft.Operative).SelectMany(c => c.DescendantsAndSelf()))
            {
                if (clause.Text.Length > 0 && query.Matches(clause.Text))
                {
                    hits.Add(new SearchHitDto(LibraryApi.DraftKind, draft.Id, clause.Id.Value, draft.Symbol, references[clause.Id], draft.Date, clause.Text, query.Mark(clause.Text)));
                }
            }
        }

        return hits;
    }
}
