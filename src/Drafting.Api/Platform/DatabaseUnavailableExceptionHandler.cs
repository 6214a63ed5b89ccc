using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Drafting.Api.Platform;

/// <summary>
/// A database that cannot be reached (server down, connection lost, SQLite busy past its timeout) is a
/// 503 the client may retry, not a 500: the transaction was rolled back, so nothing of the request was stored.
/// </summary>
internal sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        var diskFull = IsDiskFull(exception);
        logger.LogWarning(exception, "The database is unavailable (disk full: {DiskFull})", diskFull);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = diskFull ? "60" : "5";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = diskFull ? "Disk full" : "Database unavailable",
                Detail = diskFull
                    ? "The server's disk is full; nothing was stored. Keep your text and try again later with the same opId."
                    : "The database cannot be reached; nothing was stored. Try again shortly.",
            },
        });
    }

    internal static bool IsUnavailable(Exception exception) => exception switch
    {
        DbException { IsTransient: true } => true,
        _ when IsDiskFull(exception) => true,
        Npgsql.NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } => true,
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };

    /// <summary>SQLite's SQLITE_FULL (13) or PostgreSQL's disk_full (53100): the write was rolled back whole.</summary>
    internal static bool IsDiskFull(Exception exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 } => true,
        Npgsql.PostgresException { SqlState: "53100" } => true,
        _ => exception.InnerException is { } inner && IsDiskFull(inner),
    };
}
