using System.Xml.Linq;
using Drafting.Model.Export;
using Drafting.Model.Negotiation;

namespace Drafting.Model.Tests.Export;

public class AknSilenceRecordTests
{
    private static readonly XNamespace Akn = AknWriter.Namespace;
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Two silences on seed 000: the first broken by the Russian Federation, the second withdrawn by France.</summary>
    private static SilenceRecord TwoSilences() => new(
        [
            new RecordedSilence(new Silence(Guid.NewGuid(), 1, Start.AddDays(2), SilenceStatus.Withdrawn), Start.AddDays(1), "Secretariat", Start.AddDays(1).AddHours(2), "France"),
            new RecordedSilence(
                new Silence(Guid.NewGuid(), 0, Start.AddDays(1), SilenceStatus.Broken, [new SilenceBreak("Russian Federation", "We cannot join consensus on OP 3 & OP 4 <as drafted>.", Start.AddHours(5))]),
                Start, "France"),
        ],
        new Dictionary<int, string> { [0] = "Zero draft", [1] = "Rev.1" },
        Start.AddDays(3));

    [Fact]
    public void The_silence_record_in_AKN_is_valid_and_keeps_every_step_and_statement()
    {
        var xml = AknWriter.Write(DocxWriterTests.Import("seed-000-regional-partnerships.md"), silences: TwoSilences());
        Assert.Equal("", AknWriterTests.SchemaErrors(xml));

        var meta = XDocument.Parse(xml).Descendants(Akn + "meta").Single();
        var steps = meta.Element(Akn + "workflow")!.Elements(Akn + "step").Select(s => ((string?)s.Attribute("refersTo"), (string?)s.Attribute("outcome"), (string?)s.Attribute("by"))).ToList();
        Assert.Equal(
            [
                ("#silence_1", "#silenceStarted", "#delegation-France"),
                ("#silence_1", "#silenceBroken", "#delegation-Russian-Federation"),
                ("#silence_2", "#silenceStarted", "#delegation-Secretariat"),
                ("#silence_2", "#silenceWithdrawn", "#delegation-France"),
            ],
            steps);
        var references = meta.Element(Akn + "references")!;
        Assert.Contains(references.Elements(Akn + "TLCEvent"), e => ((string?)e.Attribute("showAs"))!.StartsWith("Zero draft under silence until", StringComparison.Ordinal));
        Assert.Contains(references.Elements(Akn + "TLCOrganization"), o => (string?)o.Attribute("eId") == "delegation-Russian-Federation");
        var note = meta.Element(Akn + "notes")!.Elements(Akn + "note").Single();
        Assert.Equal("We cannot join consensus on OP 3 & OP 4 <as drafted>.", note.Elements(Akn + "p").Last().Value);
        var broken = meta.Element(Akn + "workflow")!.Elements(Akn + "step").Single(s => (string?)s.Attribute("outcome") == "#silenceBroken");
        Assert.Equal("#" + (string?)note.Attribute("eId"), (string?)broken.Attribute("href"));
    }

    [Fact]
    public void A_silence_that_passed_is_a_step_of_the_organ_at_its_deadline()
    {
        var record = new SilenceRecord([new RecordedSilence(new Silence(Guid.NewGuid(), 0, Start.AddDays(1), SilenceStatus.Running), Start, "France")], new Dictionary<int, string>(), Start.AddDays(2));
        var xml = AknWriter.Write(DocxWriterTests.Import("seed-001-peacekeepers-safety.md"), silences: record);
        Assert.Equal("", AknWriterTests.SchemaErrors(xml));
        var passed = XDocument.Parse(xml).Descendants(Akn + "step").Single(s => (string?)s.Attribute("outcome") == "#silencePassed");
        Assert.Equal(("2026-12-04T15:00:00Z", "#unsc"), ((string?)passed.Attribute("date"), (string?)passed.Attribute("by")));
    }

    [Fact]
    public void Without_a_silence_the_AKN_has_no_workflow()
    {
        var xml = AknWriter.Write(DocxWriterTests.Import("seed-000-regional-partnerships.md"), silences: new SilenceRecord([], new Dictionary<int, string>(), Start));
        Assert.Empty(XDocument.Parse(xml).Descendants(Akn + "workflow"));
        Assert.Empty(XDocument.Parse(xml).Descendants(Akn + "notes"));
    }

    [Fact]
    public void The_record_line_says_who_started_and_who_withdrew_when()
    {
        var record = TwoSilences();
        Assert.Equal(
            "Rev.1 under silence until 5 December 2026, 15:00 UTC, started by Secretariat on 4 December 2026, 15:00 UTC: withdrawn by France on 4 December 2026, 17:00 UTC.",
            record.Describe(record.Silences[0]));
    }
}
