using System.Text;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

public class ImporterEdgeCaseTests
{
    private const string Small = """
        The General Assembly,

        *Recalling* its resolution 74/1,

        1. *Decides* to establish a working group;

        2. *Requests* the Secretary-General to report.
        """;

    private static Resolution Imported(string text)
    {
        var result = ResolutionImporter.Default.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Resolution!;
    }

    private static ImportDiagnostic SingleError(string text)
    {
        var result = ResolutionImporter.Default.Import(text);
        Assert.False(result.Succeeded);
        Assert.Null(result.Resolution);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Parenthesized_letters_then_romans_nest_two_levels()
    {
        var resolution = Imported("""
            The Security Council,

            1. *Decides* that the mission shall:

            (a) Support the political process, by:

            (i) Using its good offices;

            (ii) Supporting dialogue;

            (b) Protect civilians;

            2. *Decides* to remain seized of the matter.
            """);
        var op1 = resolution.Operative[0];
        Assert.Equal(LabelStyle.LetterInParentheses, op1.SubParagraphStyle);
        Assert.Equal(2, op1.SubParagraphs.Length);
        Assert.Equal(LabelStyle.RomanInParentheses, op1.SubParagraphs[0].SubParagraphStyle);
        Assert.Equal(["Using its good offices;", "Supporting dialogue;"], op1.SubParagraphs[0].SubParagraphs.Select(c => c.Text));
        Assert.Equal("Protect civilians;", op1.SubParagraphs[1].Text);
    }

    [Fact]
    public void Letter_i_after_h_continues_the_letters_instead_of_opening_a_roman_list()
    {
        var labels = string.Join("\n\n", "abcdefghij".Select(c => $"({c}) Item {c};"));
        var resolution = Imported($"The Security Council,\n\n1. *Decides*:\n\n{labels}\n\n2. *Decides* to remain seized of the matter.");
        var op1 = resolution.Operative[0];
        Assert.Equal(10, op1.SubParagraphs.Length);
        Assert.All(op1.SubParagraphs, s => Assert.Empty(s.SubParagraphs));
        Assert.Equal("Item i;", op1.SubParagraphs[8].Text);
    }

    [Fact]
    public void An_enumeration_run_into_the_operative_line_stays_its_text_and_is_named_in_a_warning()
    {
        // Official texts print "…: (a) …; (b) …" on one line as one paragraph (S/RES/2063 (2012), paragraph 3; issue 28).
        var result = ResolutionImporter.Default.Import("The Security Council,\n\n1. *Decides* that the Mission shall: (a) monitor the ceasefire; (b) support elections; and (c) report monthly;\n\n2. *Decides* to remain seized of the matter.");
        var op1 = result.Resolution!.Operative[0];
        Assert.Equal("Decides that the Mission shall: (a) monitor the ceasefire; (b) support elections; and (c) report monthly;", op1.Text);
        Assert.Empty(op1.SubParagraphs);
        var warning = Assert.Single(result.Warnings, w => w.Code == "run-in-enumeration");
        Assert.Equal(3, warning.Line);
        Assert.Contains("(a), (b), (c)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operative_paragraph_that_opens_with_its_first_sub_paragraph_has_no_lead_in()
    {
        var resolution = Imported("The Security Council,\n\n1. (a) *Encourages* States to cooperate;\n\n(b) *Urges* all parties to comply;\n\n2. *Decides* to remain seized of the matter.");
        var op1 = resolution.Operative[0];
        Assert.Equal("", op1.Text);
        Assert.Equal(["Encourages", "Urges"], op1.SubParagraphs.Select(c => c.Opening));
    }

    [Fact]
    public void Crlf_line_endings_and_a_byte_order_mark_import_like_plain_lines()
    {
        var plain = Imported(Small);
        var windows = Imported("\uFEFF" + Small.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(plain.AllClauses.Select(c => c.Text), windows.AllClauses.Select(c => c.Text));
        Assert.Equal("General Assembly", windows.Organ.Name);
        Assert.Equal("Recalling", windows.Preambular[0].Opening);
    }

    [Fact]
    public void Straight_and_curly_quotes_are_both_kept_as_typed()
    {
        var resolution = Imported("The Security Council,\n\n*Recalling* the \"Action for Peacekeeping\" initiative and the \u201CA4P+\u201D priorities,\n\n1. *Decides* to remain seized of the matter.");
        Assert.Equal("Recalling the \"Action for Peacekeeping\" initiative and the \u201CA4P+\u201D priorities,", resolution.Preambular[0].Text);
    }

    [Fact]
    public void Clauses_pasted_without_blank_lines_are_still_separate()
    {
        var resolution = Imported("The Security Council,\nRecalling its resolution 2436 (2018),\nReaffirming its commitment to peace,\n1. Requests the Secretary-General to report;\n2. Decides to remain seized of the matter.");
        Assert.Equal(2, resolution.Preambular.Length);
        Assert.Equal(2, resolution.Operative.Length);
    }

    [Fact]
    public void Plain_text_gets_no_opening_invented_from_an_unknown_first_word_but_emphasis_is_taken_as_printed()
    {
        var resolution = Imported("The Security Council,\n\nStrongly wishing for peace,\n\n*Deeply hoping* for calm,\n\n1. Bemoans the situation;\n\n2. *Bemoans also* the delay;\n\n3. Decides to remain seized of the matter.");
        Assert.Null(resolution.Preambular[0].Opening);
        Assert.Equal("Deeply hoping", resolution.Preambular[1].Opening);
        Assert.Null(resolution.Operative[0].Opening);
        Assert.Equal("Bemoans also", resolution.Operative[1].Opening);
        Assert.Equal("Decides", resolution.Operative[2].Opening);
    }

    [Fact]
    public void Empty_text_is_an_error()
    {
        Assert.Equal("empty", SingleError("  \n\n \r\n").Code);
        Assert.Equal("empty", SingleError("").Code);
    }

    [Fact]
    public void Binary_content_is_an_error_with_its_line()
    {
        var error = SingleError("The Security Council,\n\n*Recalling*\0\u0001\u0002 PK\u0003\u0004");
        Assert.Equal("binary", error.Code);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Text_without_clauses_is_an_error_naming_the_lines()
    {
        var error = SingleError("Security Council\n\nDistr.: General\n30 March 2020\n");
        Assert.Equal("no-clauses", error.Code);
        Assert.Contains("lines 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_megabytes_of_text_is_refused_with_the_line_where_the_limit_is_passed()
    {
        var line = "*Recalling* its previous resolutions on the matter and the statements of its President,\n\n";
        var text = new StringBuilder("The Security Council,\n\n");
        while (text.Length < 5 * 1024 * 1024)
        {
            text.Append(line);
        }

        var error = SingleError(text.ToString());
        Assert.Equal("too-large", error.Code);
        Assert.InRange(error.Line, 2, text.Length);
        Assert.Contains(Drafting.Model.Resolutions.ResolutionLimits.MaxCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_100000_characters_is_refused_with_its_line_numbers()
    {
        var huge = "*Recalling* " + string.Concat(Enumerable.Repeat("peace and security ", 100_000 / 19)) + ",";
        var error = SingleError($"The Security Council,\n\n*Noting* the report,\n\n{huge}\n\n1. *Decides* to remain seized of the matter.");
        Assert.Equal("paragraph-too-long", error.Code);
        Assert.Equal(5, error.Line);
        Assert.Contains("20,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sponsor_names_are_kept_with_a_warning()
    {
        var result = ResolutionImporter.Default.Import("France, Atlantis and Ghana: draft resolution\n\nThe Security Council,\n\n1. *Decides* to remain seized of the matter.");
        Assert.Equal(["France", "Atlantis", "Ghana"], result.Resolution!.Sponsors.Select(s => s.Name));
        var warning = Assert.Single(result.Warnings, w => w.Code == "unknown-sponsor");
        Assert.Equal(1, warning.Line);
        Assert.Contains("Atlantis", warning.Message, StringComparison.Ordinal);
    }
}

/// <summary>A numbered paragraph with nothing after its number is refused with its line, never thrown.</summary>
public class EmptyParagraphImportTests
{
    [Theory]
    [InlineData("The Security Council,\n\n1. *Decides* to act;\n\n2.", 5)]
    [InlineData("The Security Council,\n\n1. ", 3)]
    public void An_empty_numbered_paragraph_is_an_error_at_its_line(string text, int line)
    {
        var result = Drafting.Model.Import.ResolutionImporter.Default.Import(text);
        Assert.Null(result.Resolution);
        var error = Assert.Single(result.Errors, e => e.Code == "empty-paragraph");
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Ids_are_unique_within_an_import_and_differ_between_imports()
    {
        var first = Drafting.Model.Import.ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!;
        var second = Drafting.Model.Import.ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!;
        var ids = first.Preambular.Concat(first.Operative).SelectMany(c => c.DescendantsAndSelf()).Select(c => c.Id.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(ClauseId.IsValid(id) && id.Length == 10, id));
        Assert.NotEqual(first.Operative[0].Id, second.Operative[0].Id);
    }
}
