using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Docx;

public class DocxRoundTripTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    [Theory]
    [InlineData("seed-000-regional-partnerships.md")]
    [InlineData("seed-001-peacekeepers-safety.md")]
    public void Exported_word_reimports_to_the_same_resolution(string fixture)
    {
        var original = ResolutionImporter.Default.Import(Fixtures.Read(fixture)).Resolution!;
        var imported = DocxImporter.Import(DocxWriter.Write(original));
        Assert.True(imported.Import!.Succeeded, imported.Text!.Markdown + "\n" + string.Join("\n", imported.Import.Diagnostics));

        // The Word layout has no place for a Model UN working code ("Draft Resolution 1/3"): everything else comes back.
        ResolutionAssert.SameContent(WithoutCode(original), imported.Import.Resolution!);
    }

    [Fact]
    public void Generated_resolutions_with_headings_four_levels_and_footnotes_survive_the_word_round_trip()
    {
        ResolutionGenerator.Resolutions.SelectMany(WithNotes).Array[40].Sample(resolutions =>
        {
            foreach (var original in resolutions)
            {
                var imported = DocxImporter.Import(DocxWriter.Write(original));
                Assert.True(imported.Import!.Succeeded, imported.Text!.Markdown + "\n" + string.Join("\n", imported.Import.Diagnostics));
                ResolutionAssert.SameContent(original, imported.Import.Resolution!);
            }
        }, seed: Seed, iter: 1, print: resolutions => string.Join("\n---\n", resolutions.Select(MarkdownWriter.Write)));
    }

    /// <summary>
    /// The generator's edits make paragraphs no typist would (an operative paragraph without its verb, a preambular one
    /// starting in lower case, which the importer joins to the one before as a page-broken paragraph). The oracle is
    /// therefore the text importer reading the same version as Markdown: one set of rules, the same answer.
    /// </summary>
    [Fact]
    public void A_tracked_export_reads_as_the_current_text_when_accepted_and_the_revision_when_rejected()
    {
        var faithful = 0;
        RevisionGenerator.Pairs.Array[30].Sample(pairs =>
        {
            foreach (var (older, newer) in pairs)
            {
                var file = DocxWriter.Write(newer, new DocxOptions { CompareTo = older, RevisionAuthor = "Ama Mensah (Ghana)" });
                var accepted = DocxImporter.Import(file, TrackedChangeHandling.Accept).Import!.Resolution;
                var rejected = DocxImporter.Import(file, TrackedChangeHandling.Reject).Import!.Resolution;
                var newerAsText = ResolutionImporter.Default.Import(MarkdownWriter.Write(newer)).Resolution;
                var olderAsText = ResolutionImporter.Default.Import(MarkdownWriter.Write(older)).Resolution;
                Assert.Equal(newerAsText is null, accepted is null);
                Assert.Equal(olderAsText is null, rejected is null);
                if (accepted is null || rejected is null)
                {
                    continue;
                }

                Assert.Equal(Texts(newerAsText!), Texts(accepted));
                Assert.Equal(ResolutionAssert.DescribeHeadings(newerAsText!), ResolutionAssert.DescribeHeadings(accepted));

                // Headings are not tracked changes in the export: rejecting restores the older clauses under today's headings.
                Assert.Equal(Texts(olderAsText!), Texts(rejected));
                if (Texts(newer).SequenceEqual(Texts(newerAsText!)) && Texts(older).SequenceEqual(Texts(olderAsText!)))
                {
                    Assert.Equal(Texts(newer), Texts(accepted));
                    Assert.Equal(Texts(older), Texts(rejected));
                    faithful++;
                }
            }
        }, seed: Seed, iter: 1);

        // Most pairs are ones the text importer reads faithfully, so the direct comparison is not vacuous.
        Assert.True(faithful >= 10, $"only {faithful} faithful pairs");
    }

    [Fact]
    public void The_origin_written_by_the_export_is_read_back()
    {
        var resolution = ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!;
        var origin = new WordOrigin(resolution.Id, 42, 3);
        var file = DocxWriter.Write(resolution, new DocxOptions { Origin = origin });
        using (var docx = new Export.Docx(file))
        {
            Assert.Equal("", docx.ValidationErrors());
        }

        var text = WordDocumentReader.Read(file).Text!;
        Assert.Equal(origin, text.Origin);
        Assert.Null(WordDocumentReader.Read(DocxWriter.Write(resolution)).Text!.Origin);
    }

    /// <summary>
    /// Each clause's depth, kind, label style, text and notes, and its opening where it has one: the generator's edits
    /// leave some paragraphs without an italic opening, and for those the importer guesses one, as for pasted text.
    /// </summary>
    private static List<string> Texts(Resolution resolution) =>
        [.. ResolutionAssert.Describe(resolution.Preambular.Concat(resolution.Operative)).Select(line => line.Split('|')).Select(f => $"{f[0]}|{f[1]}|{f[2]}|{f[4]}|{string.Join("|", f.Skip(5))}")];

    private static void SameOpenings(Resolution expected, Resolution actual) =>
        Assert.All(expected.AllClauses.Zip(actual.AllClauses), pair => Assert.True(pair.First.Opening is null || pair.First.Opening == pair.Second.Opening, $"{pair.First.Opening} / {pair.Second.Opening}"));

    private static Resolution WithoutCode(Resolution r) =>
        new(r.Id, r.Organ, r.Formula, r.Preambular, r.Operative, r.Sponsors, r.Symbol, r.Title, null, r.Date, r.Stage, headings: r.Headings);

    /// <summary>The resolution with a footnote after the first word following the opening of some clauses, at every depth.</summary>
    private static Gen<Resolution> WithNotes(Resolution resolution) =>
        Gen.Bool.Array[resolution.AllClauses.Count()].Select(flags =>
        {
            var i = 0;
            Clause Annotate(Clause clause)
            {
                var children = clause.SubParagraphs.Select(Annotate).ToList();
                var take = flags[i++];
                var from = clause.Opening?.Length ?? 0;
                var space = clause.Text.IndexOf(' ', from + 1);
                var notes = take && space > from ? [new Note(space, $"Note on \"{clause.Text[..space]}\", see A/RES/78/70.")] : clause.Notes.ToList();
                return new Clause(clause.Id, clause.Kind, clause.Text, clause.Opening, children, clause.SubParagraphStyle, notes: notes);
            }

            return new Resolution(resolution.Id, resolution.Organ, resolution.Formula, resolution.Preambular.Select(Annotate), resolution.Operative.Select(Annotate),
                resolution.Sponsors, resolution.Symbol, resolution.Title, resolution.Code, resolution.Date, resolution.Stage, headings: resolution.Headings);
        });
}
