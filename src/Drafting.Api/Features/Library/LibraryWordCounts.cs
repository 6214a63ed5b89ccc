using System.Data.Common;
using System.Text.Json;
using Dapper;
using Drafting.Api.Platform;

namespace Drafting.Api.Features.Library;

/// <summary>
/// Keeps <c>library_words</c> (how many library paragraphs, headings left out, hold each word) as imports change the
/// library, in the import's own transaction: the agreed-language check reads it whole instead of scanning the index.
/// </summary>
public static class LibraryWordCounts
{
    /// <summary>How many of the paragraphs whose normalized words are <paramref name="paragraphs"/> hold each word.</summary>
    public static Dictionary<string, long> Of(IEnumerable<string> paragraphs)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var words in paragraphs)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    /// <summary>Adds <paramref name="added"/> and takes away <paramref name="removed"/>; a word no paragraph holds any more leaves the table.</summary>
    public static async Task ApplyAsync(
        DbConnection connection, DbTransaction transaction, DatabaseProvider provider,
        Dictionary<string, long> added, Dictionary<string, long> removed, CancellationToken cancellationToken)
    {
        var delta = new Dictionary<string, long>(added, StringComparer.Ordinal);
        foreach (var (word, count) in removed)
        {
            delta[word] = delta.GetValueOrDefault(word) - count;
        }

        // A re-import of the same text changes nothing.
        var changes = delta.Where(d => d.Value != 0).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return;
        }

        // One statement for a document's thousand words: the words travel as one JSON object {word: change}.
        var json = JsonSerializer.Serialize(changes);
        var postgres = provider == DatabaseProvider.PostgreSql;
        var sql = postgres
            ? """
              INSERT INTO library_words (word, paragraphs) SELECT key, value::bigint FROM json_each_text(@json::json)
              ON CONFLICT (word) DO UPDATE SET paragraphs = library_words.paragraphs + excluded.paragraphs;
              """
            : """
              INSERT INTO library_words (word, paragraphs) SELECT key, value FROM json_each(@json) WHERE true
              ON CONFLICT (word) DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs;
              """;
        // Only a count taken down can reach zero: a first import (every bulk load's case) skips the second pass over the words.
        if (changes.Values.Any(change => change < 0))
        {
            sql += postgres
                ? "DELETE FROM library_words WHERE paragraphs <= 0 AND word IN (SELECT key FROM json_each_text(@json::json));"
                : "DELETE FROM library_words WHERE paragraphs <= 0 AND word IN (SELECT key FROM json_each(@json));";
        }

        await connection.ExecuteAsync(new CommandDefinition(sql, new { json }, transaction, cancellationToken: cancellationToken));
    }
}
