using Dapper;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Library;

/// <summary>
/// After a bulk import, merges SQLite's full-text index into one segment: each file's import leaves a segment of its
/// own, which FTS5 merges only in part, and every search reads every segment (at 10,000 resolutions a merged index
/// answers a phrase in half the time). It merges in steps of bounded work, each a write of its own, so that an API
/// serving the same file waits a step, never the whole merge. PostgreSQL's GIN index needs no such step.
/// </summary>
public static class LibraryIndexMerge
{
    // Pages of the index one step rewrites: a step takes 0.1–0.5 s at 10,000 resolutions.
    private const int PagesPerStep = 2_000;

    /// <summary>Merges the index, step by step, until a step finds nothing left to merge; answers how many steps wrote.</summary>
    public static async Task<int> MergeAsync(DraftingDatabase database, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        for (var steps = 0; ; steps++)
        {
            // A negative page count merges every segment, as 'optimize' does, a bounded part at a time. FTS5 says a step
            // did work when the connection's total changes grew by two or more.
            var before = await TotalChangesAsync(connection, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO library_fts (library_fts, rank) VALUES ('merge', @pages)", new { pages = -PagesPerStep }, cancellationToken: cancellationToken));
            if (await TotalChangesAsync(connection, cancellationToken) - before < 2)
            {
                return steps;
            }
        }
    }

    private static Task<long> TotalChangesAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken) =>
        connection.QuerySingleAsync<long>(new CommandDefinition("SELECT total_changes()", cancellationToken: cancellationToken));
}
