using CsCheck;
using Drafting.Model.Export;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

public class MarkdownRoundTripTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    [Theory]
    [InlineData("seed-000-regional-partnerships.md")]
    [InlineData("seed-001-peacekeepers-safety.md")]
    public void Exported_markdown_reimports_to_the_same_resolution(string fixture)
    {
        var original = ResolutionImporter.Default.Import(Fixtures.Read(fixture)).Resolution!;
        var markdown = MarkdownWriter.Write(original);
        var reimported = ResolutionImporter.Default.Import(markdown);
        Assert.True(reimported.Succeeded, string.Join("\n", reimported.Diagnostics));
        ResolutionAssert.SameContent(original, reimported.Resolution!);
        Assert.Empty(reimported.Warnings);
    }

    [Fact]
    public void Markdown_shows_italic_openings_numbers_and_labels()
    {
        var resolution = ResolutionImporter.Default.Import(Fixtures.Seed000).Resolution!;
        var markdown = MarkdownWriter.Write(resolution);
        Assert.Contains("\n*Noting with deep concern* the lack of a communication system", markdown, StringComparison.Ordinal);
        Assert.Contains("\n4. *Requests* regional organizations", markdown, StringComparison.Ordinal);
        Assert.Contains("\n    b. *Proclaims* the observer status", markdown, StringComparison.Ordinal);
        Assert.Contains("**Code:** Draft Resolution 1/3\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_resolutions_survive_the_markdown_round_trip()
    {
        ResolutionGenerator.Resolutions.Array[60].Sample(resolutions =>
        {
            foreach (var original in resolutions)
            {
                var markdown = MarkdownWriter.Write(original);
                var reimported = ResolutionImporter.Default.Import(markdown);
                Assert.True(reimported.Succeeded, markdown + "\n" + string.Join("\n", reimported.Diagnostics));
                ResolutionAssert.SameContent(original, reimported.Resolution!);
            }
        }, seed: Seed, iter: 1, print: resolutions => string.Join("\n---\n", resolutions.Select(MarkdownWriter.Write)));
    }
}
