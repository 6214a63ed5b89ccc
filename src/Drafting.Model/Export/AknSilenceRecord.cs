using System.Globalization;
using System.Xml;
using Drafting.Model.Negotiation;

namespace Drafting.Model.Export;

/// <summary>
/// The silence procedure in an Akoma Ntoso record: each silence a <c>TLCEvent</c>, each of its moments (started,
/// broken, withdrawn, ended, passed) a workflow <c>step</c> by the delegation that made it, and each statement that
/// broke a silence a <c>note</c> the step points to, so that nothing said is lost from the record.
/// </summary>
internal static class AknSilenceRecord
{
    private static readonly (SilenceStatus Status, string Id, string Name)[] Outcomes =
    [
        (SilenceStatus.Running, "silenceStarted", "Silence started"),
        (SilenceStatus.Broken, "silenceBroken", "Silence broken"),
        (SilenceStatus.Passed, "silencePassed", "Silence passed unbroken"),
        (SilenceStatus.Withdrawn, "silenceWithdrawn", "Silence withdrawn"),
        (SilenceStatus.Ended, "silenceEnded", "Silence ended with the draft"),
    ];

    /// <summary>One moment of the procedure: a step of the workflow.</summary>
    /// <remarks>A null <c>By</c> is the organ itself: a silence passes by its deadline, not by anyone's act.</remarks>
    private sealed record Step(string SilenceId, DateTimeOffset At, string? By, SilenceStatus Outcome, string? NoteId);

    /// <summary>The <c>workflow</c> element (meta, after identification): one step per moment, oldest first.</summary>
    public static void WriteWorkflow(XmlWriter xml, SilenceRecord record, string organId, Func<string, string> organizationId)
    {
        var steps = Steps(record).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("workflow");
        xml.WriteAttributeString("source", "#drafting");
        foreach (var step in steps)
        {
            xml.WriteStartElement("step");
            xml.WriteAttributeString("date", step.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("by", "#" + (step.By is null ? organId : organizationId(step.By)));
            xml.WriteAttributeString("refersTo", "#" + step.SilenceId);
            xml.WriteAttributeString("outcome", "#" + Outcomes.Single(o => o.Status == step.Outcome).Id);
            if (step.NoteId is not null)
            {
                xml.WriteAttributeString("href", "#" + step.NoteId);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The delegations that acted in the procedure, for <c>TLCOrganization</c> references.</summary>
    public static IEnumerable<string> Delegations(SilenceRecord record) => Steps(record).Select(s => s.By).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The <c>TLCEvent</c> of each silence and the <c>TLCConcept</c> of each outcome (inside references).</summary>
    public static void WriteReferences(XmlWriter xml, SilenceRecord record)
    {
        if (record.Silences.Count == 0)
        {
            return;
        }

        foreach (var (recorded, id) in Numbered(record))
        {
            xml.WriteStartElement("TLCEvent");
            xml.WriteAttributeString("eId", id);
            xml.WriteAttributeString("href", $"/akn/ontology/events/un/{id}");
            xml.WriteAttributeString("showAs", XmlChars.Clean(record.Describe(recorded)));
            xml.WriteEndElement();
        }

        foreach (var (_, id, name) in Outcomes)
        {
            xml.WriteStartElement("TLCConcept");
            xml.WriteAttributeString("eId", id);
            xml.WriteAttributeString("href", $"/akn/ontology/concepts/un/{id}");
            xml.WriteAttributeString("showAs", name);
            xml.WriteEndElement();
        }
    }

    /// <summary>The <c>notes</c> element (meta, after references): the statements that broke each silence, word for word.</summary>
    public static void WriteNotes(XmlWriter xml, SilenceRecord record)
    {
        var statements = Numbered(record)
            .SelectMany(n => n.Recorded.Silence.Breaks.Select((b, i) => (Break: b, Id: $"{n.Id}__break_{i + 1}")))
            .ToList();
        if (statements.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("notes");
        xml.WriteAttributeString("source", "#drafting");
        foreach (var (statement, id) in statements)
        {
            xml.WriteStartElement("note");
            xml.WriteAttributeString("eId", id);
            xml.WriteAttributeString("class", "silenceStatement");
            xml.WriteStartElement("p");
            xml.WriteString(XmlChars.Clean($"{statement.Organization}, {SilenceRecord.Format(statement.At)}:"));
            xml.WriteEndElement();
            xml.WriteStartElement("p");
            xml.WriteString(XmlChars.Clean(statement.Statement));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The silences oldest first with their ids (silence_1 is the first ever started).</summary>
    private static IEnumerable<(RecordedSilence Recorded, string Id)> Numbered(SilenceRecord record) =>
        record.Silences.OrderBy(s => s.StartedAt).Select((s, i) => (s, $"silence_{i + 1}"));

    private static IEnumerable<Step> Steps(SilenceRecord record)
    {
        foreach (var (recorded, id) in Numbered(record))
        {
            var silence = recorded.Silence;
            yield return new Step(id, recorded.StartedAt, recorded.StartedBy, SilenceStatus.Running, null);
            for (var i = 0; i < silence.Breaks.Length; i++)
            {
                var broken = silence.Breaks[i];
                yield return new Step(id, broken.At, broken.Organization, SilenceStatus.Broken, $"{id}__break_{i + 1}");
            }

            switch (record.StatusAt(silence))
            {
                case SilenceStatus.Passed:
                    yield return new Step(id, silence.Until, null, SilenceStatus.Passed, null);
                    break;
                case SilenceStatus.Withdrawn or SilenceStatus.Ended:
                    yield return new Step(id, recorded.EndedAt ?? silence.Until, recorded.EndedBy ?? recorded.StartedBy, record.StatusAt(silence), null);
                    break;
            }
        }
    }
}
