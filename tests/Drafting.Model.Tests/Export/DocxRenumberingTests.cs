using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

/// <summary>
/// A paragraph renumbered by an insertion, deletion or move before it: its old and new numbers are tracked changes
/// signed by whoever made that change, never by the exporter nor by whoever edited the renumbered paragraph's text.
/// </summary>
public class DocxRenumberingTests
{
    private const string Exporter = "Secretariat";
    private static readonly DateTimeOffset ExportDate = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChangeAuthor France = new("Claire Martin (France)", new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
    private static readonly ChangeAuthor Ghana = new("Ama Mensah (Ghana)", new(2026, 4, 2, 8, 0, 0, TimeSpan.Zero));
    private static readonly ChangeAuthor Chile = new("Diego Rojas (Chile)", new(2026, 4, 3, 8, 0, 0, TimeSpan.Zero));

    private static readonly Resolution Seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");

    [Fact]
    public void Numbers_shifted_by_an_insertion_are_signed_with_its_author_and_date()
    {
        var inserted = Operative("Welcomes the new partnership;");
        var current = Seed.InsertClause(inserted, null, 0);
        using var docx = Export(current, new() { [inserted.Id] = France });

        var renumbered = RenumberedParagraphs(docx);
        Assert.Equal(Seed.Operative.Length, renumbered.Count);
        Assert.All(renumbered, paragraph => AssertNumberSignedBy(France, paragraph));
    }

    [Fact]
    public void A_renumbered_paragraph_whose_text_was_edited_has_its_number_signed_by_the_insertion_and_its_words_by_the_editor()
    {
        var inserted = Operative("Welcomes the new partnership;");
        var edited = Seed.Operative[2];
        var current = Seed
            .InsertClause(inserted, null, 0)
            .WithClauseText(edited.Id, edited.Text.Replace("promptly", "swiftly", StringComparison.Ordinal), edited.Opening);
        using var docx = Export(current, new() { [inserted.Id] = France, [edited.Id] = Chile });

        var paragraph = Paragraph(docx, "4.\tCalls on all Member States");
        AssertNumberSignedBy(France, paragraph);
        var words = paragraph.Elements<InsertedRun>().Concat<OpenXmlElement>(paragraph.Elements<DeletedRun>()).Except(NumberMarks(paragraph)).ToList();
        Assert.Equal(["promptly", "swiftly"], words.Select(w => w.InnerText).Order(StringComparer.Ordinal));
        Assert.All(words, w => Assert.Equal(Chile.Name, Author(w)));
    }

    [Fact]
    public void An_inserted_paragraph_edited_later_by_another_delegation_still_renumbers_in_the_name_of_its_inserter()
    {
        var inserted = Operative("Welcomes the new partnership;");
        var current = Seed.InsertClause(inserted, null, 0);
        var docx = new Docx(DocxWriter.Write(current, new DocxOptions
        {
            CompareTo = Seed, RevisionAuthor = Exporter, RevisionDate = ExportDate,
            ClauseAuthors = new Dictionary<ClauseId, ChangeAuthor> { [inserted.Id] = Chile },
            StructureAuthors = new Dictionary<ClauseId, ChangeAuthor> { [inserted.Id] = France },
        }));
        using (docx)
        {
            Assert.Equal("", docx.ValidationErrors());
            Assert.All(RenumberedParagraphs(docx), paragraph => AssertNumberSignedBy(France, paragraph));
        }
    }

    [Fact]
    public void With_several_changes_before_it_a_paragraph_is_renumbered_by_the_nearest()
    {
        var first = Operative("Welcomes the new partnership;");
        var second = Operative("Encourages regional arrangements;");
        var current = Seed.InsertClause(first, null, 0).InsertClause(second, null, 3);
        using var docx = Export(current, new() { [first.Id] = France, [second.Id] = Ghana });

        AssertNumberSignedBy(France, Paragraph(docx, "2.\tStresses"));
        AssertNumberSignedBy(France, Paragraph(docx, "3.\tRequests the host states"));
        AssertNumberSignedBy(Ghana, Paragraph(docx, "5.\tCalls on all Member States"));
        AssertNumberSignedBy(Ghana, Paragraph(docx, "17.\tDecides to remain seized"));
    }

    [Fact]
    public void Numbers_shifted_by_a_deletion_are_signed_by_whoever_deleted()
    {
        var deleted = Seed.Operative[0];
        using var docx = Export(Seed.RemoveClause(deleted.Id), new() { [deleted.Id] = Ghana });

        var renumbered = RenumberedParagraphs(docx);
        Assert.Equal(Seed.Operative.Length - 1, renumbered.Count);
        Assert.All(renumbered, paragraph => AssertNumberSignedBy(Ghana, paragraph));
    }

    [Fact]
    public void Numbers_shifted_by_a_move_are_signed_by_whoever_moved()
    {
        var moved = Seed.Operative[^1];
        using var docx = Export(Seed.MoveClause(moved.Id, 0), new() { [moved.Id] = Chile });

        var renumbered = RenumberedParagraphs(docx);
        Assert.Equal(Seed.Operative.Length - 1, renumbered.Count);
        Assert.All(renumbered, paragraph => AssertNumberSignedBy(Chile, paragraph));
    }

    [Fact]
    public void A_sub_paragraph_lettered_anew_is_signed_by_whoever_inserted_the_one_before_it()
    {
        var old = ResolutionImporter.Default.Import("""
            The Security Council,

            1. *Decides* that the mandate of the Mission shall be as follows:

            (a) Protection of civilians;

            (b) Support for the peace process;

            2. *Decides* to remain seized of the matter.
            """).Resolution!;
        var inserted = new Clause(ClauseId.New(), ClauseKind.SubParagraph, "Humanitarian access;", null);
        using var docx = Export(old, old.InsertClause(inserted, old.Operative[0].Id, 0), new() { [inserted.Id] = Ghana });

        AssertNumberSignedBy(Ghana, Paragraph(docx, "(b)\tProtection of civilians"));
        AssertNumberSignedBy(Ghana, Paragraph(docx, "(c)\tSupport for the peace process"));
        Assert.Equal(2, RenumberedParagraphs(docx).Count);
    }

    private static Clause Operative(string text) => new(ClauseId.New(), ClauseKind.Operative, text, text.Split(' ')[0]);

    private static Docx Export(Resolution current, Dictionary<ClauseId, ChangeAuthor> authors) => Export(Seed, current, authors);

    private static Docx Export(Resolution old, Resolution current, Dictionary<ClauseId, ChangeAuthor> authors)
    {
        var docx = new Docx(DocxWriter.Write(current, new DocxOptions { CompareTo = old, RevisionAuthor = Exporter, RevisionDate = ExportDate, ClauseAuthors = authors }));
        Assert.Equal("", docx.ValidationErrors());
        return docx;
    }

    /// <summary>The paragraph whose accepted text starts with <paramref name="start"/> ("3.\tCalls on").</summary>
    private static Paragraph Paragraph(Docx docx, string start) =>
        docx.ClauseParagraphs.Single(p => Docx.Text(p, accept: true).StartsWith(start, StringComparison.Ordinal));

    /// <summary>The paragraphs that stay but carry a tracked change of their number.</summary>
    private static List<Paragraph> RenumberedParagraphs(Docx docx) =>
        [.. docx.ClauseParagraphs.Where(p => p.ParagraphProperties?.ParagraphMarkRunProperties is null && NumberMarks(p).Count > 0)];

    /// <summary>The tracked changes before the tab that ends the number: the old number deleted and the new one inserted.</summary>
    private static List<OpenXmlElement> NumberMarks(Paragraph paragraph) =>
        [.. paragraph.ChildElements
            .TakeWhile(e => e is not Run run || run.GetFirstChild<TabChar>() is null)
            .Where(e => e is InsertedRun or DeletedRun)];

    private static void AssertNumberSignedBy(ChangeAuthor expected, Paragraph paragraph)
    {
        var marks = NumberMarks(paragraph);
        Assert.Equal([typeof(DeletedRun), typeof(InsertedRun)], marks.Select(m => m.GetType()));
        Assert.All(marks, mark =>
        {
            Assert.Equal(expected.Name, Author(mark));
            Assert.Equal(expected.Date.UtcDateTime, mark is InsertedRun ins ? ins.Date!.Value : ((DeletedRun)mark).Date!.Value);
        });
    }

    private static string? Author(OpenXmlElement mark) => mark switch
    {
        InsertedRun ins => ins.Author?.Value,
        DeletedRun del => del.Author?.Value,
        _ => null,
    };
}
