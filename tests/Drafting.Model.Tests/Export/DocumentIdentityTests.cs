using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

/// <summary>What a file is, in its name and on its first page, for every kind of export; and the writers stay valid with it.</summary>
public class DocumentIdentityTests
{
    /// <summary>10:00 in New York on 6 December 2026.</summary>
    private static readonly DateTimeOffset TenInNewYork = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    private static Resolution Named(string? symbol = "S/2026/118") =>
        DocxWriterTests.Import("seed-001-peacekeepers-safety.md").Named(null, symbol, "Seventy-ninth session", ["71 (b) Promotion and protection of human rights", "72 Peacekeeping"]);

    public static TheoryData<string, DocumentIdentity, string, string[]> Kinds => new()
    {
        { "published", new("Rev.1", null, TenInNewYork), "S-2026-118-Rev.1.docx", ["Rev.1"] },
        { "zero draft", new("Zero draft", null, TenInNewYork), "S-2026-118-zero-draft.docx", ["Zero draft"] },
        { "changes", new("Rev.1", null, TenInNewYork, ComparedWith: "Zero draft"), "S-2026-118-Rev.1-changes-since-zero-draft.docx", ["Rev.1", "Changes since the zero draft shown as tracked changes"] },
        { "compilation", new("Rev.1", null, TenInNewYork, Compilation: true), "S-2026-118-compilation-2026-12-06-1000.docx", ["Compilation of proposals as of 6 December 2026, 10:00 (New York)", "Proposals on: Rev.1"] },
        { "being written", new(null, null, TenInNewYork), "S-2026-118-zero-draft-2026-12-06-1000.docx", ["Zero draft (not yet published)", "Text as of 6 December 2026, 10:00 (New York)"] },
        { "after", new(null, "Rev.1", TenInNewYork), "S-2026-118-after-Rev.1-2026-12-06-1000.docx", ["Text after Rev.1 (not yet published)", "Text as of 6 December 2026, 10:00 (New York)"] },
        { "in blue", new("Rev.2", null, TenInNewYork, InBlue: true), "S-2026-118-Rev.2-in-blue.docx", ["Rev.2", "In blue"] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_file_has_its_name_and_its_masthead_lines(string kind, DocumentIdentity identity, string fileName, string[] lines)
    {
        Assert.True(fileName == identity.FileName(Named(), "docx"), kind);
        Assert.Equal(lines, identity.MastheadLines);
    }

    [Fact]
    public void Without_a_symbol_the_title_names_the_file_and_summer_time_is_New_York_s()
    {
        var titled = Named(symbol: null).Named("Safety of peacekeepers", null, null, []);
        var july = new DateTimeOffset(2026, 7, 1, 14, 0, 0, TimeSpan.Zero);
        Assert.Equal("Safety-of-peacekeepers-compilation-2026-07-01-1000.html", new DocumentIdentity("Rev.1", null, july, Compilation: true).FileName(titled, "html"));
    }

    [Fact]
    public void The_current_text_is_the_latest_revision_until_its_text_or_sponsors_change()
    {
        var published = Named();
        var latest = new Revision(1, "Rev.1", published, "Secretariat", TenInNewYork.AddDays(-1));
        Assert.Equal("Rev.1", DocumentIdentity.Of(published.WithStage(Stage.InBlue), latest, TenInNewYork).Revision);
        Assert.True(DocumentIdentity.Of(published.WithStage(Stage.InBlue), latest, TenInNewYork).InBlue);
        var edited = published.WithClauseText(published.Operative[0].Id, "Decides to remain seized of the matter.", "Decides");
        var after = DocumentIdentity.Of(edited, latest, TenInNewYork);
        Assert.Null(after.Revision);
        Assert.Equal("Rev.1", after.After);
        Assert.Null(DocumentIdentity.Of(published.WithSponsors(published.Sponsors.Skip(1)), latest, TenInNewYork).Revision);
        Assert.Null(DocumentIdentity.Of(published, null, TenInNewYork).After);
    }

    [Fact]
    public void Word_html_and_akoma_ntoso_print_the_identity_and_the_masthead_and_stay_valid()
    {
        var resolution = Named();
        var identity = new DocumentIdentity("Rev.1", null, TenInNewYork, ComparedWith: "Zero draft");
        var word = new Docx(DocxWriter.Write(resolution, new DocxOptions { Identity = identity }));
        Assert.Equal("", word.ValidationErrors());
        var text = string.Join("\n", word.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("Seventy-ninth session\nAgenda items\n71 (b) Promotion and protection of human rights\n72 Peacekeeping\nRev.1\nChanges since the zero draft", text, StringComparison.Ordinal);

        var html = HtmlWriter.Write(resolution, identity: identity);
        Assert.Contains("<p class=\"identity\">Changes since the zero draft shown as tracked changes</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"session\">Seventy-ninth session</p>", html, StringComparison.Ordinal);

        var akn = AknWriter.Write(resolution, null, identity);
        Assert.Equal("", AknWriterTests.SchemaErrors(akn));
        Assert.Contains("<FRBRversionNumber value=\"Rev.1, Changes since the zero draft shown as tracked changes\" />", akn, StringComparison.Ordinal);
        Assert.Contains("<FRBRdate date=\"2026-12-06\" name=\"publication\" />", akn, StringComparison.Ordinal);
        Assert.Equal("", AknWriterTests.SchemaErrors(AknWriter.Write(resolution, null, new DocumentIdentity(null, "Rev.1", TenInNewYork, Compilation: true))));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_word_file_reads_back_with_its_session_and_agenda_items_and_without_the_lines_saying_what_it_is(bool compilation)
    {
        var resolution = Named();
        var identity = new DocumentIdentity(null, "Rev.1", TenInNewYork, Compilation: compilation, InBlue: true);
        var again = Drafting.Model.Import.Docx.DocxImporter.Import(DocxWriter.Write(resolution, new DocxOptions { Identity = identity })).Import!.Resolution!;
        Assert.Equal(resolution.Preambular.Select(c => c.Text), again.Preambular.Select(c => c.Text));
        Assert.Equal(resolution.Operative.Length, again.Operative.Length);
        Assert.Equal("Seventy-ninth session", again.Session);
        Assert.Equal(resolution.AgendaItems, again.AgendaItems);
        var single = resolution.Named(null, "S/2026/118", null, ["The situation in the Middle East"]);
        Assert.Equal(["The situation in the Middle East"], Drafting.Model.Import.Docx.DocxImporter.Import(DocxWriter.Write(single)).Import!.Resolution!.AgendaItems);
    }

    [Fact]
    public void Session_and_agenda_items_survive_the_markdown_round_trip()
    {
        var resolution = Named();
        var again = ResolutionImporter.Default.Import(MarkdownWriter.Write(resolution)).Resolution!;
        Assert.Equal("Seventy-ninth session", again.Session);
        Assert.Equal(resolution.AgendaItems, again.AgendaItems);
    }
}
