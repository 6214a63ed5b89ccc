using System.Globalization;

namespace Drafting.Model.Export;

/// <summary>
/// Times as United Nations documents give them: in New York, where the Council and the Assembly sit, whatever the
/// reader's or the server's zone ("6 December 2026, 10:00 (New York)").
/// </summary>
public static class NewYorkTime
{
    private static readonly TimeZoneInfo? Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/New_York", out var zone) ? zone : null;

    /// <summary><paramref name="at"/> in New York; in UTC when the system knows no New York zone.</summary>
    public static DateTimeOffset In(DateTimeOffset at) => Zone is null ? at.ToUniversalTime() : TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>"6 December 2026, 10:00 (New York)".</summary>
    public static string Describe(DateTimeOffset at) =>
        In(at).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + (Zone is null ? " (UTC)" : " (New York)");

    /// <summary>"2026-12-06-1000", for file names.</summary>
    public static string Stamp(DateTimeOffset at) => In(at).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
}
