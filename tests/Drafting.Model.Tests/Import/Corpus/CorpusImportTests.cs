using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Import;
using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Corpus;

/// <summary>
/// The official resolutions of the corpus (<c>../shared/corpus/unxml</c>: Akoma Ntoso of 408 Security Council and General
/// Assembly texts; source of the texts: United Nations), each imported three ways and checked against the structure its
/// XML gives (counts, depth, headings, openings, first and last operative text): the text pasted clean, the text pasted
/// messy (hard wraps, page furniture, line numbers) and the same text as a Word file with automatic numbering. The pass
/// rates, by path, organ and shape, may not fall below the floor committed beside this file (<c>corpus-floor.json</c>).
/// The harness itself is checked on every run against this project's own Akoma Ntoso export.
/// </summary>
public class CorpusImportTests(ITestOutputHelper output)
{
    /// <summary>The three ways a document comes in.</summary>
    internal static readonly (string Name, Func<AknCorpusDocument, ImportResult?> Import)[] Paths =
    [
        ("text", d => ResolutionImporter.Default.Import(d.Pasted)),
        ("text messy", d => ResolutionImporter.Default.Import(CorpusMessyText.Of(d))),
        ("Word", d => DocxImporter.Import(CorpusWordFile.Of(d)).Import),
    ];

    [Fact]
    public void Official_resolutions_import_to_their_structure_pasted_clean_messy_and_as_word_files()
    {
        var folder = CorpusFolder.Find();
        Assert.True(folder is not null, $"No corpus: neither {CorpusFolder.Variable} nor shared/corpus/unxml beside the repository names a folder.");
        var documents = CorpusFolder.Documents(folder!);
        Assert.True(documents.Count >= 400, $"Only {documents.Count} resolutions were read from {folder}.");

        if (Environment.GetEnvironmentVariable("DRAFTING_CORPUS_DUMP") is { Length: > 0 } dump)
        {
            // To read what a path imports: each document's clean and messy paste, and its Word file, written to that folder.
            foreach (var document in documents)
            {
                var name = Path.Combine(dump, document.Name.Replace('/', '_'));
                File.WriteAllText(name + ".txt", document.Pasted);
                File.WriteAllText(name + ".messy.txt", CorpusMessyText.Of(document));
                File.WriteAllBytes(name + ".docx", CorpusWordFile.Of(document));
            }
        }

        var rates = new CorpusRates();
        var failures = new List<string>();
        foreach (var (path, import) in Paths)
        {
            var results = new List<string>?[documents.Count];
            Parallel.For(0, documents.Count, i => results[i] = CorpusCheck.Differences(documents[i].Expected, () => import(documents[i])));
            for (var i = 0; i < documents.Count; i++)
            {
                rates.Add(path, documents[i], results[i]!.Count == 0);
                if (results[i]!.Count > 0)
                {
                    failures.Add($"{path} {documents[i].Name}: {string.Join("; ", results[i]!)}");
                }
            }
        }

        output.WriteLine(rates.Report());
        output.WriteLine("Rates as corpus-floor.json holds them:\n" + rates.FloorJson());
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.DoesNotContain(failures, f => f.Contains(": threw ", StringComparison.Ordinal));
        Assert.Empty(rates.Below(CorpusRates.ReadFloor().Where(f => Paths.Any(p => f.Key.StartsWith(p.Name + "/", StringComparison.Ordinal))).ToDictionary()));
    }

    [Fact]
    public void The_Word_path_reads_each_official_text_as_the_text_path_does()
    {
        var folder = CorpusFolder.Find();
        Assert.True(folder is not null, $"No corpus: neither {CorpusFolder.Variable} nor shared/corpus/unxml beside the repository names a folder.");
        var documents = CorpusFolder.Documents(folder!);

        // Document by document, the whole reading compared: masthead, title, sponsors, every paragraph and heading.
        var differences = new string?[documents.Count];
        Parallel.For(0, documents.Count, i => differences[i] = ReadingDifference(documents[i]));
        var rates = new CorpusRates();
        for (var i = 0; i < documents.Count; i++)
        {
            rates.Add("text = Word", documents[i], differences[i] is null);
        }

        output.WriteLine(rates.Report());
        foreach (var (document, difference) in documents.Zip(differences).Where(d => d.Second is not null))
        {
            output.WriteLine($"{document.Name}: {difference}");
        }

        Assert.Empty(rates.Below(CorpusRates.ReadFloor().Where(f => f.Key.StartsWith("text = Word/", StringComparison.Ordinal)).ToDictionary()));
    }

    /// <summary>Where the Word file's reading first differs from the pasted text's, as one line; null when they agree.</summary>
    private static string? ReadingDifference(AknCorpusDocument document)
    {
        var pasted = ResolutionImporter.Default.Import(document.Pasted).Resolution;
        var word = DocxImporter.Import(CorpusWordFile.Of(document)).Import?.Resolution;
        if (pasted is null || word is null)
        {
            return pasted is null ? "the text is refused" : "the Word file is refused";
        }

        var (a, b) = (Reading(pasted).ToList(), Reading(word).ToList());
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var (left, right) = (i < a.Count ? a[i] : "(nothing)", i < b.Count ? b[i] : "(nothing)");
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                var at = Enumerable.Range(0, Math.Min(left.Length, right.Length)).FirstOrDefault(c => left[c] != right[c], Math.Min(left.Length, right.Length));
                return $"line {i + 1}, from character {at}: text reads «{Around(left, at)}», Word reads «{Around(right, at)}»";
            }
        }

        return null;

        static string Around(string line, int at) => line[Math.Max(0, at - 30)..Math.Min(line.Length, at + 60)];
    }

    /// <summary>The reading of an import, line by line: what the masthead says, then every heading and paragraph with its label.</summary>
    private static IEnumerable<string> Reading(Resolution resolution)
    {
        yield return $"organ {resolution.Organ.Name}; symbol {resolution.Symbol}; title {resolution.Title}";
        yield return $"sponsors {string.Join(", ", resolution.Sponsors.Select(s => s.Name))}";
        var order = resolution.Preambular.Concat(resolution.Operative).Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i);
        foreach (var heading in resolution.Headings)
        {
            yield return $"heading before paragraph {order.GetValueOrDefault(heading.BeforeClauseId, -1)}: {heading.Text}";
        }

        foreach (var clause in resolution.Preambular)
        {
            yield return $"PP {clause.Text}";
        }

        foreach (var line in resolution.Operative.SelectMany(c => Lines(c, "OP")))
        {
            yield return line;
        }

        static IEnumerable<string> Lines(Clause clause, string kind) =>
            clause.SubParagraphs.SelectMany(s => Lines(s, kind + " >")).Prepend($"{kind} [{clause.Opening}] {clause.Text} ({clause.SubParagraphStyle})");
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
