namespace Drafting.Api.Platform;

/// <summary>Which database engine holds the data: chosen from the connection string.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one SQLite file, one writer at a time.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL server for any number of nodes (<c>Host=…</c> connection strings).</summary>
    PostgreSql,
}
