using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// Real resolutions from the UNxml corpora (Akoma Ntoso of the official texts), pasted as text and checked against the
/// structure their XML gives: counts, depth, headings, openings, first and last operative text. The corpus is read from
/// the folder named by <c>DRAFTING_UNXML_DIR</c> (see README.md beside this file); an explicit test, run by name.
/// The harness itself is checked on every run against this project's own Akoma Ntoso export.
/// </summary>
public class CorpusImportTests(ITestOutputHelper output)
{
    /// <summary>The share of corpus documents that must import to their structure.</summary>
    private const double Floor = 0.9;

    // Explicit: the corpus cannot be fetched on this machine and is not ours to commit, so the suite does not run it
    // (and CI, where nothing may be skipped, does not skip it); run it by name with DRAFTING_UNXML_DIR set.
    [Fact(Explicit = true)]
    public void Official_general_assembly_and_security_council_resolutions_import_to_their_structure()
    {
        var folder = Environment.GetEnvironmentVariable("DRAFTING_UNXML_DIR");
        Assert.True(!string.IsNullOrEmpty(folder) && Directory.Exists(folder), "DRAFTING_UNXML_DIR names no folder of UNxml resolutions.");

        var documents = Directory.EnumerateFiles(folder!, "*.xml", SearchOption.AllDirectories)
            .Where(CorpusSelection.Wanted)
            .Order(StringComparer.Ordinal)
            .Select(path => AknCorpusDocument.Read(Path.GetFileName(path), File.ReadAllText(path)))
            .OfType<AknCorpusDocument>()
            .ToList();
        Assert.True(documents.Count >= 80, $"Only {documents.Count} resolutions of the wanted sessions and years were found in {folder}.");

        var failures = documents.Select(d => (d.Name, Differences: CorpusCheck.Differences(d))).Where(f => f.Differences.Count > 0).ToList();
        var rate = 1.0 - ((double)failures.Count / documents.Count);
        output.WriteLine($"Corpus pass rate: {documents.Count - failures.Count}/{documents.Count} ({rate:P1}).");
        foreach (var (name, differences) in failures)
        {
            output.WriteLine($"{name}: {string.Join("; ", differences)}");
        }

        Assert.DoesNotContain(failures, f => f.Differences.Any(d => d.StartsWith("threw", StringComparison.Ordinal)));
        Assert.True(rate >= Floor, $"Pass rate {rate:P1} is under {Floor:P0}.");
    }

    [Fact]
    public void The_harness_reads_and_pastes_akoma_ntoso_so_that_a_right_import_passes()
    {
        Gen.Select(ResolutionGenerator.Resolutions, Gen.Bool, (resolution, adopted) => (resolution, adopted))
            .Sample(t =>
            {
                var resolution = t.adopted ? t.resolution.WithStage(Stage.Adopted) : t.resolution;
                var document = AknCorpusDocument.Read("generated.xml", AknWriter.Write(resolution, new DateOnly(2015, 10, 9)));
                Assert.NotNull(document);
                Assert.Equal(resolution.Operative.Length, document.Expected.Operative);
                Assert.Equal(resolution.Preambular.Length, document.Expected.Preambular);
                Assert.Equal(resolution.Headings.Select(h => h.Text), document.Expected.Headings);
                Assert.Empty(CorpusCheck.Differences(document));
            }, seed: "0N0XIzNsQ0O2", iter: 100, print: t => AknWriter.Write(t.resolution));
    }

    [Fact]
    public void The_harness_reports_a_structure_the_import_does_not_reproduce()
    {
        // An unpunctuated preambular line before a paragraph opening with its phrase reads as a heading of the preamble,
        // where the XML has a paragraph and no heading: the harness names both differences.
        var resolution = new Resolution(Guid.NewGuid(), Organ.SecurityCouncil, "The Security Council,",
            [new Clause(ClauseId.New(), ClauseKind.Preambular, "Current situation"), new Clause(ClauseId.New(), ClauseKind.Preambular, "Recalling its resolutions,", "Recalling")],
            [new Clause(ClauseId.New(), ClauseKind.Operative, "Decides to remain seized of the matter.", "Decides")]);
        var document = AknCorpusDocument.Read("heading-like.xml", AknWriter.Write(resolution, new DateOnly(2015, 10, 9)))!;
        Assert.Equal(["preambular paragraphs: expected 2, got 1", "headings: expected , got Current situation"], CorpusCheck.Differences(document));
    }
}
