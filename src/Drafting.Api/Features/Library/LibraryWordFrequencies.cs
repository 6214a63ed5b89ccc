using System.Data.Common;
using Dapper;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Library;

/// <summary>
/// How many library paragraphs hold each word (<c>library_words</c>, which imports keep: <see cref="LibraryWordCounts"/>),
/// kept in memory and read again only when the library has changed since (<see cref="LibraryVersion"/>), so that a check
/// costs one small query, not a scan.
/// </summary>
public sealed class LibraryWordFrequencies(DraftingDatabase database) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);

    // One reference, swapped whole, so a reader never sees one library's stamp with another's words.
    private Snapshot _current = new(-1, LibraryWordIndex.Empty);

    /// <summary>The word frequencies of the library as it is now.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CurrentAsync(CancellationToken cancellationToken) =>
        (await VersionedAsync(cancellationToken)).Frequencies;

    /// <summary>
    /// The word frequencies with the library's version (<see cref="LibraryVersion"/>): what was found in
    /// the library under one version holds until the version changes.
    /// </summary>
    public async Task<(long Version, IReadOnlyDictionary<string, long> Frequencies)> VersionedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var stamp = await LibraryVersion.CurrentAsync(connection, cancellationToken);
        return (stamp, (await OfVersionAsync(connection, null, stamp, cancellationToken)).Frequencies);
    }

    /// <summary>
    /// The word frequencies of the library at <paramref name="stamp"/>, its version as <paramref name="transaction"/> read
    /// it on <paramref name="connection"/>: a search that has read the version already reads nothing more unless the library changed.
    /// </summary>
    public async Task<LibraryWordIndex> OfVersionAsync(DbConnection connection, DbTransaction? transaction, long stamp, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current.Stamp == stamp)
        {
            return current.Words;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current.Stamp != stamp)
            {
                // Kept by imports (LibraryWordCounts): one read of a small table, not a scan of the index's vocabulary.
                const string sql = "SELECT word AS term, paragraphs AS doc FROM library_words";
                var rows = await connection.QueryAsync<(string Term, long Doc)>(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                _current = new Snapshot(stamp, new LibraryWordIndex(rows.ToDictionary(r => r.Term, r => r.Doc, StringComparer.Ordinal)));
            }

            return _current.Words;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _loading.Dispose();

    private sealed record Snapshot(long Stamp, LibraryWordIndex Words);
}
