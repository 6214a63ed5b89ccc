using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Import.Docx;
using static Drafting.Model.Tests.Import.Docx.WordFile;

namespace Drafting.Model.Tests.Import.Docx;

public class WordContentImportTests
{
    [Fact]
    public void A_masthead_in_a_table_reads_in_body_order()
    {
        var result = DocxImporter.Import(new WordFile()
            .Add(Table(["United Nations", "S/2026/118"], ["Security Council", "Distr.: General\n4 March 2026\nOriginal: English"]))
            .Add(P(R("France and Ghana: draft resolution")), P(R("The Security Council,")), P(I("Recalling"), R(" its resolutions,")), P(R("1.\t"), I("Decides"), R(" to remain seized.")))
            .Bytes());

        var resolution = result.Import!.Resolution!;
        Assert.Equal("S/2026/118", resolution.Symbol);
        Assert.Equal(new DateOnly(2026, 3, 4), resolution.Date);
        Assert.Equal(["France", "Ghana"], resolution.Sponsors.Select(s => s.Name));
        Assert.Equal("Security Council", resolution.Organ.Name);
    }

    [Fact]
    public void Footnotes_become_notes_at_their_offset()
    {
        var resolution = DocxImporter.Import(new WordFile()
            .Footnote(1, "United Nations, Treaty Series, vol. 1833.")
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" the Convention"), new Run(new FootnoteReference { Id = 1 }), R(", and")))
            .Add(P(R("1. "), I("Decides"), R(" to act.")))
            .Bytes()).Import!.Resolution!;

        var note = Assert.Single(resolution.Preambular[0].Notes);
        Assert.Equal("Recalling the Convention".Length, note.Offset);
        Assert.Equal("United Nations, Treaty Series, vol. 1833.", note.Text);
        Assert.Equal("Recalling the Convention, and", resolution.Preambular[0].Text);
    }

    [Fact]
    public void Hyperlinks_fields_soft_breaks_and_smart_quotes_read_as_text()
    {
        var link = new Hyperlink(R("resolution 2417 (2018)")) { Id = "rId99" };
        var field = new SimpleField(R("3")) { Instruction = " PAGE " };
        var resolution = DocxImporter.Import(new WordFile()
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its "), link, R(" and \u201Cthe plan\u201D,"), new Run(new Break()), R("in page "), field, R(",")))
            .Add(P(R("1. "), I("Decides"), R(" to act.")))
            .Bytes()).Import!.Resolution!;

        Assert.Equal("Recalling its resolution 2417 (2018) and \u201Cthe plan\u201D, in page 3,", resolution.Preambular[0].Text);
    }

    [Fact]
    public void Hidden_text_is_left_out()
    {
        var hidden = new Run(new RunProperties(new Vanish()), new Text(" (secret drafting note)") { Space = SpaceProcessingModeValues.Preserve });
        var resolution = DocxImporter.Import(new WordFile()
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its resolutions"), hidden, R(",")), P(R("1. "), I("Decides"), R(" to act.")))
            .Bytes()).Import!.Resolution!;
        Assert.Equal("Recalling its resolutions,", resolution.Preambular[0].Text);
    }

    [Fact]
    public void Headers_footers_and_word_headings_are_told_apart()
    {
        var heading = new Style(new StyleName { Val = "heading 3" }) { Type = StyleValues.Paragraph, StyleId = "Heading3" };
        using var stream = new MemoryStream();
        stream.Write(new WordFile().Style(heading)
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its resolutions,")), Styled("Heading3", R("Assets freeze")), P(R("1. "), I("Decides"), R(" to freeze.")))
            .Bytes());
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var header = document.MainDocumentPart!.AddNewPart<HeaderPart>();
            header.Header = new Header(P(R("S/2026/1 2/3")));
            document.MainDocumentPart.Document!.Body!.Append(new SectionProperties(new HeaderReference { Id = document.MainDocumentPart.GetIdOfPart(header), Type = HeaderFooterValues.Default }));
        }

        var result = DocxImporter.Import(stream.ToArray());
        var resolution = result.Import!.Resolution!;
        Assert.Equal("Assets freeze", Assert.Single(resolution.Headings).Text);
        Assert.DoesNotContain("2/3", result.Text!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracked_changes_are_accepted_by_default_with_a_warning_counting_changes_and_authors()
    {
        var file = new WordFile()
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its "), Del("Ama Mensah", "earlier "), Ins("Jean Dupont", "relevant "), R("resolutions,")))
            .Add(P(R("1. "), I("Decides"), R(" to act"), Ins("Ama Mensah", " promptly"), R(".")))
            .Bytes();

        var accepted = DocxImporter.Import(file);
        Assert.Equal("Recalling its relevant resolutions,", accepted.Import!.Resolution!.Preambular[0].Text);
        Assert.Equal("Decides to act promptly.", accepted.Import.Resolution.Operative[0].Text);
        var warning = Assert.Single(accepted.Import.Warnings, w => w.Code == "tracked-changes");
        Assert.Contains("3 tracked change(s) by 2 author(s) (Ama Mensah, Jean Dupont) were accepted", warning.Message, StringComparison.Ordinal);

        var rejected = DocxImporter.Import(file, TrackedChangeHandling.Reject);
        Assert.Equal("Recalling its earlier resolutions,", rejected.Import!.Resolution!.Preambular[0].Text);
        Assert.Equal("Decides to act.", rejected.Import.Resolution.Operative[0].Text);
    }

    [Fact]
    public void A_moved_paragraph_stands_at_its_new_place_when_accepted_and_its_old_one_when_rejected()
    {
        static Paragraph Moved(bool from, string text)
        {
            var date = new DateTime(2026, 11, 30);
            DocumentFormat.OpenXml.OpenXmlElement mark = from
                ? new MoveFrom { Author = "Ama Mensah", Id = "71", Date = date }
                : new MoveTo { Author = "Ama Mensah", Id = "72", Date = date };
            DocumentFormat.OpenXml.OpenXmlElement runs = from
                ? new MoveFromRun(new Run(new RunProperties(new Italic()), new DeletedText("Recalling") { Space = SpaceProcessingModeValues.Preserve }), new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Author = "Ama Mensah", Id = "73", Date = date }
                : new MoveToRun(I("Recalling"), R(text)) { Author = "Ama Mensah", Id = "74", Date = date };
            return new Paragraph(new ParagraphProperties(new ParagraphMarkRunProperties(mark)), runs);
        }

        var file = new WordFile()
            .Add(P(R("The Security Council,")), Moved(from: true, " the Charter,"), P(I("Noting"), R(" the report,")), Moved(from: false, " the Charter,"))
            .Add(P(R("1. "), I("Decides"), R(" to act.")))
            .Bytes();

        Assert.Equal(["Noting the report,", "Recalling the Charter,"], DocxImporter.Import(file).Import!.Resolution!.Preambular.Select(c => c.Text));
        Assert.Equal(["Recalling the Charter,", "Noting the report,"], DocxImporter.Import(file, TrackedChangeHandling.Reject).Import!.Resolution!.Preambular.Select(c => c.Text));
    }

    [Fact]
    public void Comments_are_placed_on_their_quoted_range_and_replies_keep_their_thread()
    {
        var file = new WordFile()
            .Comment("0", "Ama Mensah (Ghana)", "Too strong?", paraId: "0000AA01")
            .Comment("1", "Jean Dupont (France)", "Agreed.", paraId: "0000AA02");
        file.Threads.Add(("0000AA02", "0000AA01"));
        var result = DocxImporter.Import(file
            .Add(P(R("The Security Council,")), P(I("Recalling"), R(" its resolutions,")))
            .Add(P(R("1. "), I("Strongly condemns"), R(" "), new CommentRangeStart { Id = "0" }, R("all attacks"), new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }), R(" on peacekeepers.")))
            .Bytes());

        var resolution = result.Import!.Resolution!;
        var top = Assert.Single(result.Comments, c => c.Source.ParentWordId is null);
        Assert.Equal(resolution.Operative[0].Id, top.ClauseId);
        Assert.Equal("all attacks", top.Quote);
        Assert.Equal("Ama Mensah (Ghana)", top.Source.Author);
        var reply = Assert.Single(result.Comments, c => c.Source.ParentWordId is not null);
        Assert.Equal("0", reply.Source.ParentWordId);
        Assert.Equal("Agreed.", reply.Source.Body);
    }

    [Fact]
    public void Warnings_name_the_word_paragraph()
    {
        var result = DocxImporter.Import(new WordFile()
            .Add(Table(["United Nations", "S/2026/118"]))
            .Add(P(R("Atlantis and Ghana: draft resolution")), P(R("The Security Council,")), P(R("1. "), I("Decides"), R(" to act.")))
            .Bytes());

        var warning = Assert.Single(result.Import!.Warnings, w => w.Code == "unknown-sponsor");
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void An_error_names_the_word_paragraph_and_nothing_is_made()
    {
        var result = DocxImporter.Import(new WordFile()
            .Add(P(R("The Security Council,")), P(R("1. "), I("Decides"), R(" to act;")), P(R("2.")))
            .Bytes());

        Assert.False(result.Import!.Succeeded);
        var error = Assert.Single(result.Import.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("paragraph 3", error.Message, StringComparison.Ordinal);
    }
}
