using System.Text;
using Microsoft.Data.Sqlite;

namespace Drafting.Api.Tests;

/// <summary>Every row of every table, as text: equal snapshots mean nothing was written.</summary>
internal static class DatabaseSnapshot
{
    private static readonly string[] Tables = ["users", "resolutions", "clauses", "sponsors", "participants", "events", "comments", "clause_versions"];

    public static string Take(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            text.Append("## ").AppendLine(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
