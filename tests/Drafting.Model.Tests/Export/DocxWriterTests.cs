using CsCheck;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

public class DocxWriterTests
{
    private const string Seed = "0N0XIzNsQ0O2";
    private static readonly DateTimeOffset RevisionDate = new(2026, 3, 30, 10, 0, 0, TimeSpan.Zero);

    internal static Resolution Import(string fixture) => ResolutionImporter.Default.Import(Fixtures.Read(fixture)).Resolution!;

    private static Docx Export(Resolution resolution, DocxOptions? options = null) => new(DocxWriter.Write(resolution, options));

    [Theory]
    [InlineData("seed-000-regional-partnerships.md")]
    [InlineData("seed-001-peacekeepers-safety.md")]
    public void Every_fixture_exports_to_a_valid_document(string fixture)
    {
        using var docx = Export(Import(fixture));
        Assert.Equal("", docx.ValidationErrors());
    }

    [Fact]
    public void Generated_resolutions_export_to_valid_documents()
    {
        ResolutionGenerator.Resolutions.Sample(resolution =>
        {
            using var docx = Export(resolution);
            Assert.Equal("", docx.ValidationErrors());
        }, seed: Seed, iter: 40, print: MarkdownWriter.Write);
    }

    [Fact]
    public void Styles_set_the_UN_body_text_and_indents()
    {
        using var docx = Export(Import("seed-001-peacekeepers-safety.md"));
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!;
        var run = defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", run.RunFonts!.Ascii!.Value);
        Assert.Equal("20", run.FontSize!.Val!.Value);
        var paragraph = defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.Equal("240", paragraph.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, paragraph.SpacingBetweenLines.LineRule!.Value);
        Assert.Equal("120", paragraph.SpacingBetweenLines.After!.Value);
        Assert.Equal(JustificationValues.Both, paragraph.Justification!.Val!.Value);

        Assert.Equal("UN Preambular", docx.Style("UNPreambular").StyleName!.Val!.Value);
        Assert.Equal("476", docx.Style("UNPreambular").StyleParagraphProperties!.Indentation!.FirstLine!.Value);
        var operative = docx.Style("UNOperative").StyleParagraphProperties!;
        Assert.Equal("952", operative.Indentation!.Left!.Value);
        Assert.Equal("476", operative.Indentation.Hanging!.Value);
        Assert.Equal(952, operative.Tabs!.Elements<TabStop>().Single().Position!.Value);
        Assert.Equal("1428", docx.Style("UNSubparagraph1").StyleParagraphProperties!.Indentation!.Left!.Value);
        Assert.Equal("1904", docx.Style("UNSubparagraph2").StyleParagraphProperties!.Indentation!.Left!.Value);
        Assert.NotNull(docx.Style("UNOpening").StyleRunProperties!.Italic);
        Assert.NotNull(docx.Style("UNSponsors").StyleRunProperties!.Bold);
        Assert.Equal("24", docx.Style("UNSponsors").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("40", docx.Style("UNOrgan").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("18", docx.Style("UNHeader").StyleRunProperties!.FontSize!.Val!.Value);
    }

    [Fact]
    public void Seed_001_paragraphs_have_styles_numbers_and_italic_openings()
    {
        var resolution = Import("seed-001-peacekeepers-safety.md");
        using var docx = Export(resolution);
        var paragraphs = docx.ClauseParagraphs.ToList();
        Assert.Equal(30, paragraphs.Count);
        Assert.All(paragraphs.Take(15), p => Assert.Equal("UNPreambular", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.All(paragraphs.Skip(15), p => Assert.Equal("UNOperative", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));

        var first = paragraphs[0].Elements<Run>().First();
        Assert.Equal("UNOpening", first.RunProperties!.RunStyle!.Val!.Value);
        Assert.Equal("Recalling", first.InnerText);

        var op3 = paragraphs[17];
        Assert.StartsWith("3.\tCalls on all Member States", Docx.Text(op3), StringComparison.Ordinal);
        var italic = op3.Elements<Run>().Single(r => r.RunProperties?.RunStyle?.Val?.Value == "UNOpening");
        Assert.Equal("Calls on", italic.InnerText);
        Assert.Equal("15.\tDecides to remain seized of the matter.", Docx.Text(paragraphs[^1]));

        // No direct formatting on clause runs: only the opening's character style.
        Assert.All(paragraphs.SelectMany(p => p.Descendants<RunProperties>()), rp => Assert.Equal(["rStyle"], rp.ChildElements.Select(e => e.LocalName)));

        var sponsors = docx.Body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "UNSponsors");
        Assert.StartsWith("Algeria, Angola", sponsors.InnerText, StringComparison.Ordinal);
        Assert.EndsWith("Uruguay and Viet Nam: draft resolution", sponsors.InnerText, StringComparison.Ordinal);
        var formula = docx.Body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "UNFormula");
        Assert.Equal("The Security Council,", formula.InnerText);
        Assert.Equal("Security Council", formula.Elements<Run>().Single(r => r.RunProperties?.RunStyle?.Val?.Value == "UNOpening").InnerText);
    }

    [Fact]
    public void Masthead_shows_organ_symbol_date_and_distribution()
    {
        var resolution = Import("seed-001-peacekeepers-safety.md");
        resolution = new Resolution(resolution.Id, resolution.Organ, resolution.Formula, resolution.Preambular, resolution.Operative, resolution.Sponsors,
            "S/2020/123", null, "20-05123 (E)", resolution.Date);
        using var docx = Export(resolution);
        var table = docx.Body.Elements<Table>().Single();
        var cells = table.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["United Nations", "S/2020/123", "", "Security Council", "Distr.: General30 March 2020Original: English"], cells);
        var symbolPrefix = table.Descendants<Run>().Single(r => r.RunProperties?.RunStyle?.Val?.Value == "UNSymbolPrefix");
        Assert.Equal("S/", symbolPrefix.InnerText);
        var rules = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().First().TableCellProperties!.TableCellBorders!.BottomBorder!.Size!.Value).ToList();
        Assert.Equal([6u, 24u], rules);

        var section = docx.Body.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        Assert.Equal(12240u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(15840u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var headers = section.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => ((DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(h.Id!)).Header!);
        Assert.Equal("", headers[HeaderFooterValues.First].InnerText);
        Assert.Equal("S/2020/123", headers[HeaderFooterValues.Default].InnerText);
        var footers = section.Elements<FooterReference>().ToDictionary(h => h.Type!.Value, h => ((DocumentFormat.OpenXml.Packaging.FooterPart)docx.Main.GetPartById(h.Id!)).Footer!);
        Assert.Equal("20-05123 (E)", footers[HeaderFooterValues.First].InnerText);
        var fields = footers[HeaderFooterValues.Default].Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.StartsWith("20-05123 (E)", footers[HeaderFooterValues.Default].InnerText, StringComparison.Ordinal);
        Assert.Equal("", docx.ValidationErrors());
    }

    [Fact]
    public void No_sponsor_line_without_sponsors_and_a_bold_title_for_the_General_Assembly()
    {
        var resolution = new Resolution(Guid.NewGuid(), Organ.GeneralAssembly, Organ.GeneralAssembly.DefaultFormula, [],
            [new Clause(ClauseId.New(), ClauseKind.Operative, "Decides to remain seized of the matter.", "Decides")], title: "Human rights & peace");
        using var docx = Export(resolution);
        Assert.DoesNotContain(docx.Body.Descendants<Paragraph>(), p => p.InnerText.Contains("draft resolution", StringComparison.Ordinal));
        var title = docx.Body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "UNTitle");
        Assert.Equal("Human rights & peace", title.InnerText);
        Assert.NotNull(docx.Style("UNTitle").StyleRunProperties!.Bold);
    }

    [Fact]
    public void Change_authors_are_per_clause_and_survive_any_characters_in_their_names()
    {
        var old = Import("seed-001-peacekeepers-safety.md");
        var current = old
            .WithClauseText(old.Operative[0].Id, old.Operative[0].Text.Replace("supporting", "fully supporting", StringComparison.Ordinal), "Stresses")
            .WithClauseText(old.Operative[2].Id, old.Operative[2].Text.Replace("promptly", "swiftly", StringComparison.Ordinal), old.Operative[2].Opening);
        var awkward = "Ó'Brien & \"Sons\" <Côte d’Ivoire>";
        var authors = new Dictionary<ClauseId, ChangeAuthor> { [old.Operative[2].Id] = new(awkward, RevisionDate.AddDays(1)) };
        using var docx = Export(current, new DocxOptions { CompareTo = old, RevisionAuthor = "Secretariat", RevisionDate = RevisionDate, ClauseAuthors = authors });
        Assert.Equal("", docx.ValidationErrors());

        var marks = docx.ClauseParagraphs.SelectMany(p => p.Elements<InsertedRun>()).Where(r => r.InnerText is "fully " or "swiftly").ToList();
        Assert.Equal([("fully ", "Secretariat"), ("swiftly", awkward)], marks.Select(m => (m.InnerText, m.Author!.Value)));
        Assert.Equal(RevisionDate.AddDays(1).UtcDateTime, marks[1].Date!.Value);
    }

    [Fact]
    public void Tracked_changes_mark_words_whole_clauses_and_renumbering()
    {
        var old = Import("seed-001-peacekeepers-safety.md");
        var op2 = old.Operative[1];
        var current = old
            .WithClauseText(old.Operative[0].Id, old.Operative[0].Text.Replace("supporting", "fully supporting", StringComparison.Ordinal), "Stresses")
            .RemoveClause(op2.Id)
            .InsertClause(new Clause(ClauseId.New(), ClauseKind.Operative, "Welcomes the new partnership;", "Welcomes"), null, 4);
        using var docx = Export(current, new DocxOptions { CompareTo = old, RevisionAuthor = "Secretariat", RevisionDate = RevisionDate });
        Assert.Equal("", docx.ValidationErrors());

        var paragraphs = docx.ClauseParagraphs.ToList();
        var op1 = paragraphs[15];
        var inserted = op1.Elements<InsertedRun>().Single();
        Assert.Equal("fully ", inserted.InnerText);
        Assert.Equal("Secretariat", inserted.Author!.Value);
        Assert.Equal(RevisionDate.UtcDateTime, inserted.Date!.Value);

        var deletedClause = paragraphs[16];
        Assert.NotNull(deletedClause.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Deleted>());
        Assert.All(deletedClause.Elements<DeletedRun>(), d => Assert.NotEmpty(d.Descendants<DeletedText>()));
        Assert.Empty(deletedClause.Elements<Run>());
        Assert.StartsWith("2.\tRequests the host states", Docx.Text(deletedClause, accept: false), StringComparison.Ordinal);

        // OP 3 became OP 2: "3." deleted, "2." inserted.
        Assert.StartsWith("2.\tCalls on", Docx.Text(paragraphs[17], accept: true), StringComparison.Ordinal);
        Assert.StartsWith("3.\tCalls on", Docx.Text(paragraphs[17], accept: false), StringComparison.Ordinal);

        var insertedClause = paragraphs.Single(p => Docx.Text(p).Contains("Welcomes the new partnership", StringComparison.Ordinal));
        Assert.NotNull(insertedClause.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<Inserted>());
        Assert.Equal("5.\tWelcomes the new partnership;", Docx.Text(insertedClause));
    }

    [Fact]
    public void A_number_changed_within_its_digit_groups_is_one_deleted_and_one_inserted_number()
    {
        var seed = Import("seed-001-peacekeepers-safety.md");
        var op1 = seed.Operative[0];
        var old = seed.WithClauseText(op1.Id, "Decides to authorize up to 14,400 troops;", "Decides");
        var current = old.WithClauseText(op1.Id, "Decides to authorize up to 14,000 troops;", "Decides");
        using var docx = Export(current, new DocxOptions { CompareTo = old, RevisionDate = RevisionDate });
        Assert.Equal("", docx.ValidationErrors());

        var changed = docx.ClauseParagraphs.Single(p => Docx.Text(p).Contains("troops", StringComparison.Ordinal));
        Assert.Equal("14,400", string.Concat(changed.Elements<DeletedRun>().Single().Descendants<DeletedText>().Select(t => t.Text)));
        Assert.Equal("14,000", changed.Elements<InsertedRun>().Single().InnerText);
    }

    [Fact]
    public void Accepting_every_change_gives_the_current_text_and_rejecting_gives_the_old()
    {
        RevisionGenerator.Pairs.Sample(pair =>
        {
            using var docx = Export(pair.New, new DocxOptions { CompareTo = pair.Old, RevisionDate = RevisionDate });
            Assert.Equal("", docx.ValidationErrors());
            Assert.Equal(Expected(pair.New), docx.AcceptAll().Select(Docx.Squeeze));
            Assert.Equal(Expected(pair.Old), docx.RejectAll().Select(Docx.Squeeze));
        }, seed: Seed, iter: 150, print: pair => $"OLD:\n{MarkdownWriter.Write(pair.Old)}\nNEW:\n{MarkdownWriter.Write(pair.New)}");
    }

    /// <summary>Each clause as its paragraph reads: "label text" (white space squeezed).</summary>
    private static List<string> Expected(Resolution resolution) =>
        [.. ClauseView.Of(resolution).Select(v => Docx.Squeeze(v.NewLabel is null ? v.NewText : $"{v.NewLabel}\t{v.NewText}"))];

    [Fact]
    public void Comments_are_anchored_on_their_quote_threaded_and_orphans_cite_their_quote()
    {
        var resolution = Import("seed-001-peacekeepers-safety.md");
        var op1 = resolution.Operative[0];
        var pp2 = resolution.Preambular[1];
        var quote = "safety and security of peacekeepers";
        var start = op1.Text.IndexOf(quote, StringComparison.Ordinal);
        var root = new ExportComment(Guid.NewGuid(), op1.Id, start, start + quote.Length, quote, "Amina Diallo", "African Union", RevisionDate, "Add \u201Cand civilian staff\u201D?");
        var reply = new ExportComment(Guid.NewGuid(), null, 0, 0, "", "Jean Dupont", "France", RevisionDate.AddHours(1), "Agreed.", root.Id);
        var orphan = new ExportComment(Guid.NewGuid(), pp2.Id, 3, 9, "gone words", "Eva Berg", "European Union", RevisionDate, "What happened here?", orphaned: true);
        using var docx = Export(resolution, new DocxOptions { Comments = [root, reply, orphan] });
        Assert.Equal("", docx.ValidationErrors());

        var paragraph = docx.ClauseParagraphs.ElementAt(15);
        var children = paragraph.ChildElements.ToList();
        var rangeStart = children.FindIndex(e => e is CommentRangeStart { Id.Value: "0" });
        var rangeEnd = children.FindIndex(e => e is CommentRangeEnd { Id.Value: "0" });
        Assert.True(rangeStart >= 0 && rangeEnd > rangeStart);
        Assert.Equal(quote, string.Concat(children[(rangeStart + 1)..rangeEnd].OfType<Run>().Select(r => r.InnerText)));
        Assert.IsType<CommentReference>(children[rangeEnd + 1].FirstChild);
        Assert.Contains(children, e => e is CommentRangeStart { Id.Value: "1" });

        var comments = docx.Main.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
        Assert.Equal(["Amina Diallo (African Union)", "Jean Dupont (France)", "Eva Berg (European Union)"], comments.Select(c => c.Author!.Value));
        Assert.Contains("Original quote: \u201Cgone words\u201D", comments[2].InnerText, StringComparison.Ordinal);

        var orphanParagraph = docx.ClauseParagraphs.ElementAt(1);
        Assert.IsType<CommentRangeStart>(orphanParagraph.ChildElements[1]);
        Assert.IsType<CommentRangeEnd>(orphanParagraph.ChildElements[^2]);

        var threads = docx.Main.WordprocessingCommentsExPart!.CommentsEx!.Elements<CommentEx>().ToList();
        Assert.Null(threads[0].ParaIdParent);
        Assert.Equal(threads[0].ParaId!.Value, threads[1].ParaIdParent!.Value);
        Assert.Equal(comments[0].Elements<Paragraph>().Last().ParagraphId!.Value, threads[0].ParaId!.Value);
    }
}

/// <summary>Page breaks a reader would notice: a lead-in or a heading alone at the foot of a page.</summary>
public class DocxPaginationTests
{
    [Fact]
    public void A_sub_paragraph_lead_in_keeps_with_the_next_paragraph_and_ordinary_paragraphs_do_not()
    {
        var resolution = ResolutionImporter.Default.Import("""
            The Security Council,

            1. *Decides* that the mandate of the Mission shall be as follows:

            (a) Protection of civilians;

            (b) *Support for the peace process*:

            (i) To use its good offices;

            2. *Decides* to remain seized of the matter.
            """).Resolution!;
        using var docx = new Docx(DocxWriter.Write(resolution));
        var paragraphs = docx.ClauseParagraphs.ToList();
        bool KeepsWithNext(string start) =>
            paragraphs.Single(p => p.InnerText.Contains(start, StringComparison.Ordinal)).ParagraphProperties?.KeepNext is not null;

        Assert.True(KeepsWithNext("shall be as follows:"));
        Assert.True(KeepsWithNext("Support for the peace process"));
        Assert.False(KeepsWithNext("Protection of civilians"));
        Assert.False(KeepsWithNext("to remain seized"));
        Assert.Equal("", docx.ValidationErrors());
    }
}

/// <summary>Comments in the Word file read as the page shows them: Markdown rendered, never raw asterisks.</summary>
public class DocxCommentMarkdownTests
{
    [Fact]
    public void Bold_italics_and_links_become_word_formatting_and_raw_html_stays_text()
    {
        var resolution = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var op1 = resolution.Operative[0];
        var comment = new ExportComment(Guid.NewGuid(), op1.Id, 0, 4, op1.Text[..4], "Amina Diallo", "African Union", DateTimeOffset.UnixEpoch,
            "The **AU** asks *urgently*, see [the report](https://undocs.org/S/2025/1).\n- first point\n<b>not markup</b>");
        using var docx = new Docx(DocxWriter.Write(resolution, new DocxOptions { Comments = [comment] }));
        Assert.Equal("", docx.ValidationErrors());

        var word = docx.Main.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Single();
        var runs = word.Descendants<Run>().Where(r => r.InnerText.Length > 0).ToList();
        Assert.DoesNotContain("*", word.InnerText, StringComparison.Ordinal);
        Assert.NotNull(runs.Single(r => r.InnerText == "AU").RunProperties?.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "urgently").RunProperties?.Italic);
        Assert.Null(runs.First(r => r.InnerText.StartsWith("The ", StringComparison.Ordinal)).RunProperties?.Bold);
        Assert.Contains("the report (https://undocs.org/S/2025/1)", word.InnerText, StringComparison.Ordinal);
        Assert.Contains("\u2022 first point", word.InnerText, StringComparison.Ordinal);
        Assert.Contains("<b>not markup</b>", word.InnerText, StringComparison.Ordinal);
    }
}
