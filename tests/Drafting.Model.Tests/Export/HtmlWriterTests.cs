using System.Xml.Linq;
using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

public class HtmlWriterTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    /// <summary>The writer's HTML is also well-formed XML, so the tests read it with LINQ to XML.</summary>
    private static XDocument Parse(string html) => XDocument.Parse(html);

    private static List<XElement> Paragraphs(XDocument html, string cssClass) =>
        [.. html.Descendants("p").Where(p => ((string?)p.Attribute("class"))?.Split(' ').Contains(cssClass) == true)];

    [Fact]
    public void Seed_001_has_formula_clauses_numbers_and_openings()
    {
        var resolution = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var html = Parse(HtmlWriter.Write(resolution));
        Assert.Equal("The Security Council,", Paragraphs(html, "formula").Single().Value);
        Assert.EndsWith("Viet Nam: draft resolution", Paragraphs(html, "sponsors").Single().Value, StringComparison.Ordinal);

        var pps = Paragraphs(html, "pp");
        Assert.Equal(resolution.Preambular.Select(c => c.Text), pps.Select(p => p.Value));
        Assert.Equal(resolution.Preambular.Select(c => c.Id.Value), pps.Select(p => (string?)p.Attribute("data-clause-id")));
        var ops = Paragraphs(html, "op");
        Assert.Equal(15, ops.Count);
        var op3 = ops[2];
        Assert.Equal("3.", op3.Elements("span").First(s => (string?)s.Attribute("class") == "num").Value);
        Assert.Equal("Calls on", op3.Elements("span").Single(s => (string?)s.Attribute("class") == "opening").Value);
        Assert.Contains("@media print", html.Descendants("style").Single().Value, StringComparison.Ordinal);
    }

    /// <summary>
    /// Asked for agreed language, the text has a second column: every paragraph is in a row with a cell beside it, which
    /// holds the note of its closest adopted paragraph when it has one and is empty when not; the column has a head, and
    /// the page is wider (landscape in print). Without it, no row, no column, no wider page.
    /// </summary>
    [Fact]
    public void Agreed_language_is_a_column_beside_every_paragraph()
    {
        var resolution = DocxWriterTests.Import("seed-000-regional-partnerships.md");
        var clauses = resolution.AllClauses.ToList();
        var agreed = clauses.Where((_, i) => i % 3 == 0).ToDictionary(c => c.Id, c => $"as in S/RES/9101 (2031) OP {c.Id.Value.Length}, 2 words differ");

        var html = Parse(HtmlWriter.Write(resolution, agreedLanguage: agreed));

        Assert.Equal("with-agreed-language", (string?)html.Descendants("body").Single().Attribute("class"));
        var rows = html.Descendants("div").Where(d => ((string?)d.Attribute("class"))?.Split(' ').Contains("agreed-row") == true).ToList();
        Assert.Equal("Agreed language: the closest adopted paragraph", rows[0].Elements("p").Last().Value);
        Assert.Equal(clauses.Count, rows.Count - 1);
        foreach (var (clause, row) in clauses.Zip(rows.Skip(1)))
        {
            var cells = row.Elements("p").ToList();
            Assert.Equal(2, cells.Count);
            Assert.Equal(clause.Id.Value, (string?)cells[0].Attribute("data-clause-id"));
            Assert.Equal("agreed-language", (string?)cells[1].Attribute("class"));
            Assert.Equal(agreed.GetValueOrDefault(clause.Id) ?? "", cells[1].Value);
            Assert.Equal(agreed.ContainsKey(clause.Id) ? clause.Id.Value : null, (string?)cells[1].Attribute("data-agreed-of"));
        }

        var style = html.Descendants("style").Single().Value;
        Assert.Contains(".agreed-row { display: grid; grid-template-columns: minmax(0, 1fr) 5.5cm;", style, StringComparison.Ordinal);
        Assert.Contains("@page wide { size: letter landscape; }", style, StringComparison.Ordinal);

        var plain = Parse(HtmlWriter.Write(resolution));
        Assert.Null(plain.Descendants("body").Single().Attribute("class"));
        Assert.DoesNotContain(plain.Descendants("div"), d => ((string?)d.Attribute("class"))?.Contains("agreed-row", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Sub_paragraphs_have_their_level_and_label()
    {
        var resolution = DocxWriterTests.Import("seed-000-regional-partnerships.md");
        var html = Parse(HtmlWriter.Write(resolution));
        var subs = Paragraphs(html, "sub");
        Assert.Equal(resolution.Operative.Sum(c => c.DescendantsAndSelf().Count() - 1), subs.Count);
        Assert.All(subs, s => Assert.Matches("sub-[1-4]", (string?)s.Attribute("class")));
    }

    [Fact]
    public void Every_text_is_encoded()
    {
        ResolutionGenerator.Resolutions.Sample(resolution =>
        {
            var html = Parse(HtmlWriter.Write(resolution));
            Assert.Empty(html.Descendants("tag"));
            var clauses = html.Descendants("p").Where(p => p.Attribute("data-clause-id") is not null).ToList();
            Assert.Equal(resolution.AllClauses.Count(), clauses.Count);
            foreach (var (clause, p) in resolution.AllClauses.Zip(clauses))
            {
                var num = p.Elements("span").FirstOrDefault(s => (string?)s.Attribute("class") == "num")?.Value ?? "";
                Assert.Equal(clause.Text, p.Value[num.Length..]);
            }
        }, seed: Seed, iter: 60, print: MarkdownWriter.Write);
    }

    [Fact]
    public void Tracked_changes_show_as_ins_and_del()
    {
        var old = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var current = old
            .WithClauseText(old.Operative[0].Id, old.Operative[0].Text.Replace("supporting", "fully supporting", StringComparison.Ordinal), "Stresses")
            .RemoveClause(old.Operative[1].Id);
        var html = Parse(HtmlWriter.Write(current, old));
        var ops = Paragraphs(html, "op");
        Assert.Equal("fully ", ops[0].Descendants("ins").Single().Value);
        Assert.Contains("deleted", (string?)ops[1].Attribute("class"), StringComparison.Ordinal);
        Assert.StartsWith("Requests the host states", ops[1].Descendants("del").Single().Value, StringComparison.Ordinal);
        Assert.Equal("3.", ops[2].Descendants("del").Single().Value);
        Assert.Equal("2.", ops[2].Descendants("ins").Single().Value);
    }

    [Fact]
    public void A_number_changed_within_its_digit_groups_shows_as_one_deleted_and_one_inserted_number()
    {
        var seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var op1 = seed.Operative[0];
        var old = seed.WithClauseText(op1.Id, "Decides to authorize up to 14,400 troops;", "Decides");
        var current = old.WithClauseText(op1.Id, "Decides to authorize up to 14,000 troops;", "Decides");
        var changed = Paragraphs(Parse(HtmlWriter.Write(current, old)), "op")[0];
        Assert.Equal("14,400", changed.Descendants("del").Single().Value);
        Assert.Equal("14,000", changed.Descendants("ins").Single().Value);
    }

    /// <summary>A paragraph's text as read, with each footnote reference as "[n]" and deleted words left out.</summary>
    private static string Read(XElement paragraph) => string.Concat(paragraph.DescendantNodes().OfType<XText>()
        .Where(t => !t.Ancestors("del").Any())
        .Select(t => t.Parent!.Parent?.Name == "sup" ? $"[{t.Value}]" : t.Value));

    [Fact]
    public void Footnotes_are_numbered_links_at_their_markers_and_listed_at_the_foot()
    {
        var resolution = ResolutionImporter.Default.Import(Import.FootnoteImportTests.WithFootnotes).Resolution!;
        var html = Parse(HtmlWriter.Write(resolution));

        var pps = Paragraphs(html, "pp");
        Assert.Equal("Recalling the United Nations Convention against Corruption,[1]", Read(pps[0]));
        Assert.Equal("Recalling also the Convention on the Rights of the Child[2] and the Optional Protocols thereto,", Read(pps[1]));
        Assert.Equal("Recalling also", pps[1].Descendants("span").Single(s => (string?)s.Attribute("class") == "opening").Value);
        Assert.EndsWith("G20 principles;[3] and to implement it fully;", Read(Paragraphs(html, "op")[0]), StringComparison.Ordinal);

        var notes = html.Descendants("footer").Single(f => (string?)f.Attribute("class") == "footnotes").Descendants("li").ToList();
        Assert.Equal(["United Nations, Treaty Series, vol. 2349, No. 42146.", "Ibid., vol. 1577, No. 27531.", "See A/78/469, para. 12."],
            notes.Select(li => ((XText)li.FirstNode!).Value.Trim()));
        foreach (var (reference, number) in html.Descendants("sup").Select((sup, i) => (sup.Element("a")!, i + 1)))
        {
            Assert.Equal($"#note-{number}", (string?)reference.Attribute("href"));
            Assert.Equal($"note-{number}", (string?)notes[number - 1].Attribute("id"));
            Assert.Equal($"#note-ref-{number}", (string?)notes[number - 1].Element("a")!.Attribute("href"));
        }
    }

    [Fact]
    public void With_tracked_changes_a_footnote_stays_after_its_words_in_the_current_text()
    {
        var old = ResolutionImporter.Default.Import(Import.FootnoteImportTests.WithFootnotes).Resolution!;
        var clause = old.Preambular[1];
        var current = old.WithClauseText(clause.Id, clause.Text.Replace("the Convention on", "the new Convention on", StringComparison.Ordinal), clause.Opening);
        Assert.Equal(clause.Notes[0].Offset + "new ".Length, current.Preambular[1].Notes[0].Offset);

        var html = Parse(HtmlWriter.Write(current, old));
        var paragraph = Paragraphs(html, "pp")[1];
        Assert.Equal("new ", paragraph.Descendants("ins").Single().Value);
        Assert.Equal("Recalling also the new Convention on the Rights of the Child[2] and the Optional Protocols thereto,", Read(paragraph));
        Assert.Equal(3, html.Descendants("li").Count());
    }
}
