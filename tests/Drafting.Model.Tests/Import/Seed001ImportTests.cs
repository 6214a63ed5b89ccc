using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

public class Seed001ImportTests
{
    private readonly ImportResult _result = ResolutionImporter.Default.Import(Fixtures.Seed001);

    private Resolution Resolution => _result.Resolution!;

    [Fact]
    public void Masthead_gives_organ_and_date()
    {
        Assert.True(_result.Succeeded, string.Join("\n", _result.Errors));
        Assert.Equal("Security Council", Resolution.Organ.Name);
        Assert.Equal(new DateOnly(2020, 3, 30), Resolution.Date);
        Assert.Null(Resolution.Title);
        Assert.Equal("The Security Council,", Resolution.Formula);
    }

    [Fact]
    public void Sponsor_line_splits_into_44_states_in_order_on_names_not_on_and()
    {
        var names = Resolution.Sponsors.Select(s => s.Name).ToList();
        Assert.Equal(44, names.Count);
        Assert.Equal("Algeria", names[0]);
        Assert.Equal("Bosnia and Herzegovina", names[4]);
        Assert.Equal("Côte d'Ivoire", names[10]);
        Assert.Equal("United Republic of Tanzania", names[41]);
        Assert.Equal(["Uruguay", "Viet Nam"], names[^2..]);
        Assert.DoesNotContain(_result.Warnings, w => w.Code == "unknown-sponsor");
    }

    [Fact]
    public void Counts_are_15_preambular_and_15_operative()
    {
        Assert.Equal(15, Resolution.Preambular.Length);
        Assert.Equal(15, Resolution.Operative.Length);
        Assert.All(Resolution.Operative, op => Assert.Empty(op.SubParagraphs));
    }

    [Fact]
    public void Preambular_openings_are_recognized_without_italics_markers()
    {
        Assert.Equal(
            ["Recalling", "Recalling", "Reaffirming", "Underscoring", "Noting with appreciation", "Expressing grave concern", "Underscoring",
             "Condemning", "Taking note", "Noting", "Recalling", "Recalling", "Reaffirming", "Recognizing", "Recognizing"],
            Resolution.Preambular.Select(c => c.Opening));
        Assert.Equal(["Stresses", "Requests", "Calls on"], Resolution.Operative.Take(3).Select(c => c.Opening));
    }

    [Fact]
    public void Paragraph_broken_by_a_page_break_is_joined_back_into_one()
    {
        var pp6 = Resolution.Preambular[5];
        Assert.Equal(
            "Expressing grave concern about the security threats and targeted attacks against United Nations peacekeepers in many peacekeeping missions, which constitute a major challenge to United Nations peacekeeping operations, including threats posed by landmines, explosive remnants of war and improvised explosive devices, recalling the sacrifices of uniformed and civilian personnel in implementing United Nations peacekeeping mandates in challenging environments, and condemning in the strongest terms killing of and all acts of violence against United Nations peacekeeping personnel, which may constitute war crimes, and paying tribute to all peacekeepers, police and military as well as civilian ones, who lost their life while serving with the United Nations,",
            pp6.Text);
        Assert.Contains(_result.Warnings, w => w.Code == "joined-paragraph");
    }

    [Fact]
    public void Links_are_reduced_to_their_text()
    {
        Assert.StartsWith("Recalling its resolution 2436 (2018), underscoring", Resolution.Preambular[11].Text, StringComparison.Ordinal);
        Assert.Equal(
            "Requests the Secretary-General to report progress on improving safety and security of peacekeepers, including on the issues set out in this resolution in his comprehensive annual briefing mandated by its resolution 2378 (2017);",
            Resolution.Operative[13].Text);
        Assert.DoesNotContain(Resolution.AllClauses, c => c.Text.Contains('[', StringComparison.Ordinal) || c.Text.Contains('\\', StringComparison.Ordinal) || c.Text.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public void Curly_quotes_in_the_source_are_kept()
    {
        Assert.Contains("\u201CImproving Security of United Nations Peacekeepers\u201D", Resolution.Preambular[10].Text, StringComparison.Ordinal);
    }
}
