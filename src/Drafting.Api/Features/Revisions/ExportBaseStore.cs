using System.Text.Json;
using Dapper;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using Drafting.Model.Resolutions;

namespace Drafting.Api.Features.Revisions;

/// <summary>
/// The texts Word files of the current draft were exported from, kept once per seq: a delegation's returned file is
/// compared with the text it really showed, whatever has happened to the draft since (published revisions need none:
/// they never change).
/// </summary>
public sealed class ExportBaseStore(DraftingDatabase database, TimeProvider time)
{
    /// <summary>
    /// The resolution as it stands, read under its lock so that its text and seq belong together, kept as the base of a
    /// file exported at that seq (once: a later export at the same seq finds it); null when the resolution does not exist.
    /// </summary>
    public async Task<LoadedResolution?> KeepAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await ResolutionTransaction.BeginAsync(database, time, id, null, cancellationToken);
        if (await ResolutionStore.LoadRowsAsync(transaction.Connection, transaction.Transaction, id, cancellationToken) is not { } loaded)
        {
            return null;
        }

        var (rows, silence) = loaded;

        // An export is not a change: no event, and the resolution's seq stays where it is.
        await transaction.ExecuteAsync(
            """
            INSERT INTO export_bases (resolution_id, seq, body, created_at) VALUES (@rid, @seq, @body, @now)
            ON CONFLICT (resolution_id, seq) DO NOTHING
            """,
            new { rid = transaction.Rid, seq = rows.Resolution.LastSeq, body = JsonSerializer.Serialize(rows), now = transaction.Stamp }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ResolutionStore.Loaded(rows, silence);
    }

    /// <summary>The text a file exported at <paramref name="seq"/> showed; null when no file was exported then (or before bases were kept).</summary>
    public async Task<Resolution?> GetAsync(Guid id, long seq, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var body = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT body FROM export_bases WHERE resolution_id = @rid AND seq = @seq", new { rid = id.ToString(), seq }, cancellationToken: cancellationToken));
        return body is null ? null : JsonSerializer.Deserialize<ResolutionRows>(body)!.ToModel();
    }
}
