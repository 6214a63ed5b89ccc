using System.Globalization;
using Drafting.Model.Negotiation;

namespace Drafting.Model.Export;

/// <summary>One silence as the record keeps it: the procedure itself and who started and ended it when.</summary>
/// <param name="Silence">The silence, with the statements that broke it.</param>
/// <param name="StartedAt">When it was started (UTC).</param>
/// <param name="StartedBy">The delegation that started it (the pen-holder's).</param>
/// <param name="EndedAt">When it was withdrawn, ended or announced as passed; null while it runs or when only its deadline passed.</param>
/// <param name="EndedBy">The delegation that withdrew or ended it; null when it passed or was broken.</param>
public sealed record RecordedSilence(Silence Silence, DateTimeOffset StartedAt, string StartedBy, DateTimeOffset? EndedAt = null, string? EndedBy = null);

/// <summary>Every silence of a resolution, for the record an export carries after the text: nothing said to break one is lost.</summary>
/// <param name="Silences">The silences, newest first.</param>
/// <param name="RevisionLabels">The label of each published revision by number ("Zero draft", "Rev.1").</param>
/// <param name="Now">When the export is made: a running silence's status is decided from its deadline then.</param>
public sealed record SilenceRecord(IReadOnlyList<RecordedSilence> Silences, IReadOnlyDictionary<int, string> RevisionLabels, DateTimeOffset Now)
{
    /// <summary>
    /// One line per silence: "Rev.1 under silence until 4 December 2026, 15:00 UTC, started by France on
    /// 3 December 2026, 15:00 UTC: withdrawn by France on 4 December 2026, 09:12 UTC."
    /// </summary>
    public string Describe(RecordedSilence recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var silence = recorded.Silence;
        var status = StatusAt(silence) switch
        {
            SilenceStatus.Running => "running",
            SilenceStatus.Passed => "passed unbroken",
            SilenceStatus.Broken => "broken",
            SilenceStatus.Withdrawn => $"withdrawn{By(recorded)}",
            _ => $"ended when the draft reached a final stage{By(recorded)}",
        };
        return $"{LabelOf(silence)} under silence until {Format(silence.Until)}, started by {recorded.StartedBy} on {Format(recorded.StartedAt)}: {status}.";
    }

    /// <summary>The silence's status when the export is made.</summary>
    public SilenceStatus StatusAt(Silence silence)
    {
        ArgumentNullException.ThrowIfNull(silence);
        return silence.StatusAt(Now);
    }

    /// <summary>The label of the revision under <paramref name="silence"/>: "Rev.1", or the default label of its number.</summary>
    public string LabelOf(Silence silence)
    {
        ArgumentNullException.ThrowIfNull(silence);
        return RevisionLabels.TryGetValue(silence.Revision, out var known) ? known : Resolutions.Revision.DefaultLabel(silence.Revision);
    }

    /// <summary>"4 December 2026, 15:00 UTC".</summary>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string By(RecordedSilence recorded) =>
        (recorded.EndedBy, recorded.EndedAt) switch
        {
            ({ } by, { } at) => $" by {by} on {Format(at)}",
            ({ } by, null) => $" by {by}",
            _ => "",
        };
}
