using System.Globalization;
using Drafting.Model.Negotiation;

namespace Drafting.Model.Export;

/// <summary>Every silence of a resolution, for the record an export carries after the text: nothing said to break one is lost.</summary>
/// <param name="Silences">The silences, newest first.</param>
/// <param name="RevisionLabels">The label of each published revision by number ("Zero draft", "Rev.1").</param>
/// <param name="Now">When the export is made: a running silence's status is decided from its deadline then.</param>
public sealed record SilenceRecord(IReadOnlyList<Silence> Silences, IReadOnlyDictionary<int, string> RevisionLabels, DateTimeOffset Now)
{
    /// <summary>One line per silence: "Rev.1 under silence until 4 December 2026, 15:00 UTC: broken."</summary>
    public string Describe(Silence silence)
    {
        ArgumentNullException.ThrowIfNull(silence);
        var label = RevisionLabels.TryGetValue(silence.Revision, out var known) ? known : Resolutions.Revision.DefaultLabel(silence.Revision);
        var status = silence.StatusAt(Now) switch
        {
            SilenceStatus.Running => "running",
            SilenceStatus.Passed => "passed unbroken",
            SilenceStatus.Broken => "broken",
            SilenceStatus.Withdrawn => "withdrawn by the pen-holder",
            _ => "ended when the draft reached a final stage",
        };
        return $"{label} under silence until {Format(silence.Until)}: {status}.";
    }

    /// <summary>"4 December 2026, 15:00 UTC".</summary>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
