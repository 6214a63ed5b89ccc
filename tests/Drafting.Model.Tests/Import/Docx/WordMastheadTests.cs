using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;
using static Drafting.Model.Tests.Import.Docx.WordFile;

namespace Drafting.Model.Tests.Import.Docx;

/// <summary>
/// A General Assembly masthead in a Word file reads as it does pasted (issue 28): the bracketed report line and the
/// "78/113. Title" line are neither paragraphs nor lost, whatever escapes the Word reader puts in its Markdown.
/// </summary>
public class WordMastheadTests
{
    [Fact]
    public void The_report_line_and_the_numbered_title_of_an_adopted_general_assembly_resolution_are_its_masthead()
    {
        // A/RES/78/113, as the official text prints its first page, one Word paragraph per line.
        string[] masthead =
        [
            "United Nations", "A/RES/78/113", "General Assembly", "Distr.: General", "11 December 2023", "Seventy-eighth session",
            "Agenda item 84", "The scope and application of the principle of universal jurisdiction",
            "Resolution adopted by the General Assembly on 7 December 2023",
            "[on the report of the Sixth Committee (A/78/440, para. 8)]",
            "78/113. The scope and application of the principle of universal jurisdiction",
            "The General Assembly,",
        ];
        var file = new WordFile().Add([.. masthead.Select(line => P(R(line)))])
            .Add(P(I("Reaffirming"), R(" its commitment to the purposes and principles of the Charter of the United Nations,")))
            .Add(P(R("1.\t"), I("Takes note"), R(" of the report of the Secretary-General;")))
            .Add(P(R("2.\t"), I("Decides"), R(" to include in the provisional agenda of its seventy-ninth session the item entitled “The scope and application of the principle of universal jurisdiction”.")))
            .Add(P(R("46th plenary meeting")), P(R("7 December 2023")));

        var result = DocxImporter.Import(file.Bytes()).Import!;

        var resolution = result.Resolution!;
        Assert.Equal(Stage.Adopted, resolution.Stage);
        Assert.Equal("A/RES/78/113", resolution.Symbol);
        Assert.Equal("The scope and application of the principle of universal jurisdiction", resolution.Title);
        Assert.Equal("The General Assembly,", resolution.Formula);
        Assert.StartsWith("Reaffirming its commitment", Assert.Single(resolution.Preambular).Text, StringComparison.Ordinal);
        Assert.Equal(2, resolution.Operative.Length);
    }
}
