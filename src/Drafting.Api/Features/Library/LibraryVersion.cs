using System.Data.Common;
using Dapper;

namespace Drafting.Api.Features.Library;

/// <summary>
/// The library's version: how many documents it holds and when the last was imported. Every import stamps its
/// document's <c>updated_at</c>, so any change to the library changes it, on this node or another; what was read from
/// the library under one version holds until the version changes.
/// </summary>
public static class LibraryVersion
{
    /// <summary>The version now, read on <paramref name="connection"/> (the documents alone: no count of 400,000 paragraphs).</summary>
    public static Task<(long Documents, string? LastImport)> CurrentAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.QuerySingleAsync<(long, string?)>(new CommandDefinition(
            "SELECT COUNT(*), MAX(updated_at) FROM library_documents", cancellationToken: cancellationToken));
}
