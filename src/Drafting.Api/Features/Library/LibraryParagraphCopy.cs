using Npgsql;
using NpgsqlTypes;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Writes a document's paragraphs on PostgreSQL with one binary COPY in the import's transaction instead of an INSERT
/// per paragraph: a bulk import of 10,000 resolutions sends 365,000 paragraphs, and a round trip each was a large share
/// of its time. The rows and columns are those of the INSERT SQLite runs (<see cref="LibraryStore.SaveAsync"/>).
/// </summary>
public static class LibraryParagraphCopy
{
    /// <summary>A paragraph as stored.</summary>
    public sealed record Row(
        string DocumentId, long Position, string Kind, long Depth, string Number, string Reference, string? Opening,
        string Text, string Words, string Fingerprint, string Meta, long SearchKey);

    /// <summary>Copies <paramref name="rows"/> into <c>library_paragraphs</c> on <paramref name="connection"/>, inside its open transaction.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY library_paragraphs (document_id, position, kind, depth, number, reference, opening, text, words, fingerprint, meta, search_key) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(row.DocumentId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Position, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(row.Kind, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Depth, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(row.Number, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Reference, NpgsqlDbType.Text, cancellationToken);
            if (row.Opening is { } opening)
            {
                await copy.WriteAsync(opening, NpgsqlDbType.Text, cancellationToken);
            }
            else
            {
                await copy.WriteNullAsync(cancellationToken);
            }

            await copy.WriteAsync(row.Text, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Words, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Fingerprint, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Meta, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.SearchKey, NpgsqlDbType.Bigint, cancellationToken);
        }

        // Without Complete the importer's disposal cancels the COPY, and the transaction fails with it.
        await copy.CompleteAsync(cancellationToken);
    }
}
