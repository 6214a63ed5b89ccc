namespace Drafting.Model.Resolutions;

/// <summary>
/// Keeps the record of who sponsored a draft when. A new sponsor list replaces the active sponsors but
/// never forgets one: a State that leaves the list is kept as withdrawn, with the date and the revision it
/// first no longer sponsors; a State that joins gets the date and the revision it first appears in. A State
/// that comes back has one entry per spell, so the sponsor line of every revision can be rebuilt.
/// </summary>
public static class SponsorHistory
{
    /// <summary>
    /// The sponsor record after the active list becomes <paramref name="requested"/> on <paramref name="today"/>,
    /// while revision <paramref name="nextRevision"/> is being prepared. A requested sponsor with a
    /// <see cref="Sponsor.Withdrawn"/> date is recorded as withdrawing.
    /// </summary>
    public static IReadOnlyList<Sponsor> Apply(IReadOnlyList<Sponsor> current, IReadOnlyList<Sponsor> requested, DateOnly today, int nextRevision)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(requested);
        var active = current.Where(s => s.IsActive).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var result = new List<Sponsor>();
        var withdrawals = new List<Sponsor>();
        foreach (var wanted in requested)
        {
            active.TryGetValue(wanted.Name, out var known);
            if (wanted.Withdrawn is { } leaving)
            {
                withdrawals.Add(known is null
                    ? new Sponsor(wanted.Name, wanted.Role, wanted.Joined ?? leaving, Later(leaving, wanted.Joined), nextRevision, nextRevision)
                    : new Sponsor(known.Name, wanted.Role, known.Joined, Later(leaving, known.Joined), known.JoinedRevision, nextRevision));
                continue;
            }

            // Staying keeps the original joining; coming back after a withdrawal is a new spell beside the old one.
            result.Add(known is null
                ? new Sponsor(wanted.Name, wanted.Role, wanted.Joined ?? today, null, nextRevision)
                : new Sponsor(known.Name, wanted.Role, known.Joined, null, known.JoinedRevision));
        }

        var kept = requested.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var leaver in active.Values.Where(s => !kept.Contains(s.Name)))
        {
            withdrawals.Add(new Sponsor(leaver.Name, leaver.Role, leaver.Joined, Later(today, leaver.Joined), leaver.JoinedRevision, nextRevision));
        }

        return [.. result, .. current.Where(s => !s.IsActive), .. withdrawals];
    }

    /// <summary>The sponsors of revision <paramref name="number"/>, in list order, rebuilt from the record.</summary>
    public static IReadOnlyList<Sponsor> AtRevision(IEnumerable<Sponsor> record, int number) =>
        record.Where(s => s.SponsoredRevision(number)).ToList();

    /// <summary>The States sponsoring now that joined at or after revision <paramref name="number"/> (the "co-sponsors since Rev.1" view).</summary>
    public static IReadOnlyList<Sponsor> JoinedSince(IEnumerable<Sponsor> record, int number) =>
        record.Where(s => s.IsActive && (s.JoinedRevision ?? 0) >= number).ToList();

    private static DateOnly Later(DateOnly date, DateOnly? joined) => joined is { } j && j > date ? j : date;
}
