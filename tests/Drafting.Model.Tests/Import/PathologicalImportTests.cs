using System.Text;
using Drafting.Model.Import;

namespace Drafting.Model.Tests.Import;

/// <summary>
/// Pastes that used to throw (a 500 from the import endpoint) or run for seconds: each now imports or is refused with a
/// diagnostic naming its line. How long they take is measured in bench/ (ImportScalingBenchmarks), not here.
/// </summary>
public class PathologicalImportTests
{
    private static ImportResult Import(string text) => ResolutionImporter.Default.Import(text);

    [Theory]
    [InlineData("[", 5_000)]
    [InlineData("*a ", 20_000)]
    [InlineData("_a [b ", 5_000)]
    public void Marks_nested_or_stray_by_the_thousand_are_read_as_plain_text_with_a_warning(string unit, int count)
    {
        var result = Import("The Security Council,\n\n1. *Decides* " + string.Concat(Enumerable.Repeat(unit, count)).Trim() + " to act.");
        if (result.Succeeded)
        {
            Assert.Contains(result.Warnings, w => w.Code == "markup-ignored" && w.Line == 3);
            Assert.StartsWith("*Decides* ", result.Resolution!.Operative[0].Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("paragraph-too-long", Assert.Single(result.Errors).Code);
        }
    }

    [Fact]
    public void Five_thousand_brackets_in_a_short_paragraph_import()
    {
        var result = Import("The Security Council,\n\n1. *Decides* " + new string('[', 5_000) + " to act.");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("*Decides* " + new string('[', 5_000) + " to act.", result.Resolution!.Operative[0].Text);
        Assert.Equal(3, Assert.Single(result.Warnings, w => w.Code == "markup-ignored").Line);
    }

    [Fact]
    public void Thousands_of_quote_markers_are_text()
    {
        var quoted = string.Concat(Enumerable.Repeat("> ", 5_000));
        var result = Import("The Security Council,\n\n1. *Decides* to act " + quoted + "now.\n\n> > > > > > > > > > " + quoted + "x");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Resolution!.Operative.Length);
    }

    [Fact]
    public void A_sponsor_line_of_twenty_thousand_names_without_commas_is_split_on_the_names()
    {
        var names = string.Join(' ', Enumerable.Repeat("Ghana Costa Rica", 10_000));
        var result = Import($"Security Council\n\n{names} and Chile: draft resolution\n\nThe Security Council,\n\n1. *Decides* to remain seized.");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.Equal(["Ghana", "Costa Rica", "Chile"], result.Resolution!.Sponsors.Select(s => s.Name));
        var corrections = result.Warnings.Where(w => w.Code == "sponsor-corrected").ToList();
        Assert.Equal(ResolutionImporter.MaxMessagesPerCode + 1, corrections.Count);
        Assert.StartsWith("19,899 more messages like the 100 above (sponsor-corrected)", corrections[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sponsor_name_longer_than_any_state_is_refused_with_its_line()
    {
        var result = Import($"Security Council\n\n{new string('x', 300)}: draft resolution\n\nThe Security Council,\n\n1. *Decides* to remain seized.");
        var error = Assert.Single(result.Errors);
        Assert.Equal(("sponsor-too-long", 3), (error.Code, error.Line));
    }

    [Fact]
    public void Twenty_thousand_footnote_like_lines_are_one_paragraph_too_long()
    {
        // 900,000 characters: under the character limit of a resolution, so the reading itself is tested.
        var lines = string.Concat(Enumerable.Repeat("1 United Nations, Treaty Series, vol. 1833.\n", 20_000));
        var error = Assert.Single(Import("The Security Council,\n\n1. *Decides* to act,1 and\n" + lines).Errors);
        Assert.Equal(("paragraph-too-long", 3), (error.Code, error.Line));
    }

    [Fact]
    public void A_heading_of_thousands_of_markdown_lines_stays_within_the_longest_heading()
    {
        var headings = string.Concat(Enumerable.Repeat("### Assets freeze and travel ban\n", 5_000));
        var result = Import("The Security Council,\n\n" + headings + "1. *Decides* to remain seized.");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(3)));
        Assert.True(Assert.Single(result.Resolution!.Headings).Text.Length <= Drafting.Model.Resolutions.Heading.MaxTextLength);
    }

    [Fact]
    public void A_line_just_under_the_character_limit_is_refused_as_one_paragraph_too_long_with_its_line()
    {
        var text = new StringBuilder("The Security Council,\n\n1. *Decides* ");
        while (text.Length < SourceTextLimit - 10)
        {
            text.Append("to act *now* ");
        }

        var error = Assert.Single(Import(text.ToString()).Errors);
        Assert.Equal(("paragraph-too-long", 3), (error.Code, error.Line));
    }

    [Fact]
    public void A_cancelled_import_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => ResolutionImporter.Default.Import(Fixtures.Seed001, null, cancelled.Token));
        Assert.True(ResolutionImporter.Default.Import(Fixtures.Seed001, null, CancellationToken.None).Succeeded);
    }

    private const int SourceTextLimit = Drafting.Model.Resolutions.ResolutionLimits.MaxCharacters;
}
