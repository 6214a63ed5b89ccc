using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Drafting.Api.Platform.Health;

/// <summary>
/// Unhealthy when the disk holding the SQLite file has less free space than <c>Drafting:MinimumFreeDiskMegabytes</c>
/// (64): a load balancer or operator learns before writes start failing. PostgreSQL watches its own disk.
/// </summary>
internal sealed class DiskSpaceHealthCheck(DraftingDatabase database, IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        var minimum = configuration.GetValue("Drafting:MinimumFreeDiskMegabytes", 64L) * 1024 * 1024;
        var directory = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)) ?? ".";
        var free = new DriveInfo(directory).AvailableFreeSpace;
        return Task.FromResult(free < minimum
            ? HealthCheckResult.Unhealthy($"Only {free / (1024 * 1024)} MB free on the database's disk (at least {minimum / (1024 * 1024)} MB wanted): writes will soon fail.")
            : HealthCheckResult.Healthy());
    }
}
