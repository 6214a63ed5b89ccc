namespace Drafting.LoadGenerator;

/// <summary>Percentiles of a run's samples by nearest rank, as every report of the load generator gives them.</summary>
public static class NearestRank
{
    /// <summary>The <paramref name="p"/> percentile (0 to 1) of <paramref name="sorted"/>, sorted ascending; NaN when there is no sample.</summary>
    public static double Of(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
