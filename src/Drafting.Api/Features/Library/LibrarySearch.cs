using System.Globalization;
using Drafting.Api.Features.Resolutions;
using Drafting.Model.Library;
using Drafting.Model.Resolutions;
using Microsoft.Extensions.Caching.Memory;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Searches agreed language for a reader: the drafts she takes part in (never another's: they are found through her
/// own resolutions list) and the library. Her drafts come first, in document order, because they are few and are what
/// she is working on; library hits follow, ranked by the engine.
/// </summary>
public sealed class LibrarySearch(LibrarySearchStore library, ResolutionStore resolutions) : IDisposable
{
    /// <summary>How many characters of drafts' clauses (their text and their normalized words) are kept between searches.</summary>
    public const long KeptDraftCharacters = 50_000_000;

    // The clauses of each draft searched, their words normalized, under the seq of its last event: every change moves
    // it, so a kept draft is never older than the draft. A search then loads again only the drafts changed since, and
    // normalizes no clause's words again.
    private readonly MemoryCache _drafts = new(new MemoryCacheOptions { SizeLimit = KeptDraftCharacters });

    /// <summary>One page of hits from <paramref name="offset"/>; <c>More</c> when a next page exists.</summary>
    public async Task<(List<SearchHitDto> Items, bool More)> SearchAsync(SearchQuery query, LibraryFilters filters, Guid reader, int offset, int size, CancellationToken cancellationToken)
    {
        var drafts = filters.IncludesDrafts ? await DraftHitsAsync(query, filters, reader, cancellationToken) : [];
        // Only the hits answered are marked: a common word holds most clauses of a delegate's drafts.
        var items = drafts.Skip(offset).Take(size + 1)
            .Select(hit => new SearchHitDto(LibraryApi.DraftKind, hit.Draft.Id, hit.Clause.Id, hit.Draft.Symbol, hit.Clause.Reference, hit.Draft.Date, hit.Clause.Text, query.Mark(hit.Clause.Text)))
            .ToList();
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

    private async Task<List<(SearchableDraft Draft, SearchableClause Clause)>> DraftHitsAsync(SearchQuery query, LibraryFilters filters, Guid reader, CancellationToken cancellationToken)
    {
        var hits = new List<(SearchableDraft, SearchableClause)>();
        foreach (var stamp in await resolutions.DraftStampsForUserAsync(reader, cancellationToken))
        {
            if ((filters.Organ is { } organ && !string.Equals(stamp.Organ, organ, StringComparison.OrdinalIgnoreCase))
                || (filters.SymbolPrefix is { } prefix && stamp.Symbol?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) != true))
            {
                continue;
            }

            if (await SearchableAsync(stamp, cancellationToken) is not { } draft)
            {
                continue;
            }

            foreach (var clause in draft.Clauses)
            {
                if (query.MatchesSpaced(clause.SpacedWords))
                {
                    hits.Add((draft, clause));
                }
            }
        }

        return hits;
    }

    /// <summary>The clauses of the draft <paramref name="stamp"/> names, as they stand after its last event, or null when it is gone.</summary>
    private async Task<SearchableDraft?> SearchableAsync(DraftStamp stamp, CancellationToken cancellationToken)
    {
        if (_drafts.TryGetValue((stamp.Id, stamp.LastSeq), out SearchableDraft? kept))
        {
            return kept;
        }

        if (await resolutions.GetAsync(Guid.Parse(stamp.Id, CultureInfo.InvariantCulture), cancellationToken) is not { } loaded)
        {
            return null;
        }

        var draft = loaded.Resolution;
        var references = ClauseReferences.Of(draft);
        var clauses = draft.Preambular.Concat(draft.Operative).SelectMany(c => c.DescendantsAndSelf())
            .Where(clause => clause.Text.Length > 0)
            .Select(clause => new SearchableClause(clause.Id.Value, references[clause.Id], clause.Text, $" {SearchWords.Normalized(clause.Text)} "))
            .ToList();
        var searchable = new SearchableDraft(draft.Id, draft.Symbol, draft.Date, clauses);
        // Kept under the seq it was loaded at, which a later list names if nothing changed since.
        _drafts.Set((stamp.Id, loaded.Seq), searchable, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, clauses.Sum(clause => (long)clause.Text.Length + clause.SpacedWords.Length)),
            SlidingExpiration = TimeSpan.FromMinutes(30),
        });
        return searchable;
    }

    /// <inheritdoc />
    public void Dispose() => _drafts.Dispose();

    private sealed record SearchableDraft(Guid Id, string? Symbol, DateOnly? Date, IReadOnlyList<SearchableClause> Clauses);

    // SpacedWords: the clause's normalized words with a space before and after, read by SearchQuery.MatchesSpaced.
    private sealed record SearchableClause(string Id, string Reference, string Text, string SpacedWords);
}
