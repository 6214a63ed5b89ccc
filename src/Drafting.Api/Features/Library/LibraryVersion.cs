using System.Data.Common;
using Dapper;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The library's version: a number every import raises in its own transaction (<see cref="RaiseAsync"/>), on this node
/// or another, so what was read from the library under one version holds until the version changes. One row: searches
/// read it on every request.
/// </summary>
public static class LibraryVersion
{
    /// <summary>The version now, read on <paramref name="connection"/>.</summary>
    public static Task<long> CurrentAsync(DbConnection connection, CancellationToken cancellationToken) => CurrentAsync(connection, null, cancellationToken);

    /// <summary>The version as <paramref name="transaction"/> reads it.</summary>
    public static Task<long> CurrentAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.QuerySingleAsync<long>(new CommandDefinition("SELECT version FROM library_version WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken));

    /// <summary>Raises the version within an import's <paramref name="transaction"/>: readers see the new version with the new text, never before.</summary>
    public static Task RaiseAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("UPDATE library_version SET version = version + 1 WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken));
}
