using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

public class Seed000ImportTests
{
    private readonly ImportResult _result = ResolutionImporter.Default.Import(Fixtures.Seed000);

    private Resolution Resolution => _result.Resolution!;

    [Fact]
    public void Header_fields_become_organ_title_and_code()
    {
        Assert.True(_result.Succeeded, string.Join("\n", _result.Errors));
        Assert.Equal("Security Council", Resolution.Organ.Name);
        Assert.Equal("Partnerships Between the United Nations and Relevant Regional Organizations in Peacekeeping Operations", Resolution.Title);
        Assert.Equal("Draft Resolution 1/3", Resolution.Code);
        Assert.Equal("The Security Council,", Resolution.Formula);
    }

    [Fact]
    public void Counts_are_7_preambular_7_operative_and_15_sub_paragraphs()
    {
        Assert.Equal(7, Resolution.Preambular.Length);
        Assert.Equal(7, Resolution.Operative.Length);
        Assert.Equal(15, Resolution.Operative.Sum(op => op.SubParagraphs.Length));
        Assert.Equal([0, 3, 4, 2, 4, 2, 0], Resolution.Operative.Select(op => op.SubParagraphs.Length));
        Assert.Equal(2, Resolution.Operative[3].SubParagraphs.Length);
    }

    [Fact]
    public void Line_numbers_and_hard_breaks_are_removed_from_clause_text()
    {
        Assert.Equal(
            "Recognizing the vital role of the United Nations (UN) and their Security Council in addressing conflicts worldwide, assisting parties to end hostilities and emerge towards recovery by mandating peacekeeping missions,",
            Resolution.Preambular[0].Text);
        Assert.Equal("Noting with deep concern", Resolution.Preambular[1].Opening);
        Assert.Equal("Deeply concerned", Resolution.Preambular[3].Opening);
    }

    [Fact]
    public void Bulleted_line_numbered_operative_paragraphs_keep_their_text_and_sub_paragraphs()
    {
        var op4 = Resolution.Operative[3];
        Assert.Equal("Requests", op4.Opening);
        Assert.Equal(
            "Requests regional organizations and partnerships that collaborate with the UN in peacekeeping operations to participate in the drafting process of resolutions that deal with the establishment of peacekeeping operation mandates and accordingly:",
            op4.Text);
        Assert.Equal(LabelStyle.LetterWithPeriod, op4.SubParagraphStyle);
        Assert.Equal("Demands to invite all relevant regional organization to drafting sessions of the Security Council;", op4.SubParagraphs[0].Text);
        Assert.StartsWith("Proclaims the observer status granted", op4.SubParagraphs[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("during the drafting sessions;", op4.SubParagraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_operative_paragraph_is_the_seized_clause()
    {
        Assert.Equal("Decides to remain seized of the matter.", Resolution.Operative[^1].Text);
        Assert.Equal("Decides", Resolution.Operative[^1].Opening);
    }

    [Fact]
    public void Stray_trailing_line_number_is_ignored_with_a_warning()
    {
        var warning = Assert.Single(_result.Warnings, w => w.Code == "stray-line");
        Assert.Equal(96, warning.Line);
        Assert.DoesNotContain(Resolution.AllClauses, c => c.Text.Contains("67", StringComparison.Ordinal));
    }

    [Fact]
    public void Clause_ids_are_unique_and_versions_start_at_one()
    {
        var clauses = Resolution.AllClauses.ToList();
        Assert.Equal(29, clauses.Count);
        Assert.Equal(clauses.Count, clauses.Select(c => c.Id).Distinct().Count());
        Assert.All(clauses, c => Assert.Equal(1, c.Version));
    }
}
