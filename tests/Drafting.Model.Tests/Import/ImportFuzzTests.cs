using CsCheck;
using Drafting.Model.Import;

namespace Drafting.Model.Tests.Import;

/// <summary>
/// Any paste built from the pieces the importer reacts to (numbers, labels, marks, quotes, headings, mastheads, sign-offs,
/// page furniture, footnotes) imports or is refused with diagnostics: it never throws, which the API would answer with a 500.
/// </summary>
public class ImportFuzzTests
{
    private static readonly string[] Pieces =
    [
        "\n", "\n\n", " ", "1. ", "2. ", "12. ", "(a) ", "(b) ", "(i) ", "(ii) ", "a. ", "- ", "* ", "*", "**", "_", "[", "]", "(", ")", "“", "”", "\"",
        ":", ";", ",", ".", "Recalling", "Decides", "recalls", "In this context, ", "The Security Council,", "The General Assembly,",
        "Resolution 2240 (2015)", "Adopted by the Security Council at its 7531st (closed) meeting, on", "9 October 2015",
        "Resolution adopted by the General Assembly", "77/230. Title", "Agenda item 71 (c)", "[on the report of the Third Committee",
        "48th plenary meeting", "Annex", "I", "A.", "UNMISS", "Reports:", "Asset freeze", "S/RES/2417 (2018)", "3/7", "18-08912 (E)",
        "___________", "1 United Nations, Treaty Series.", "[^1]: Ibid.", "### Heading", "> ", "Ghana Costa Rica", ": draft resolution",
        "**Committee:** ", "\u00A0", "\t", "word", "the", "of", "and",
    ];

    [Fact]
    public void No_paste_of_the_shapes_the_importer_reads_makes_it_throw()
    {
        Gen.OneOfConst(Pieces).Array[0, 120].Select(pieces => string.Concat(pieces))
            .Sample(text =>
            {
                var result = ResolutionImporter.Default.Import(text);
                Assert.True(result.Succeeded || result.Errors.Any(), "A failed import names its error.");
            }, seed: "7Qx0Wm2Lp9aZ", iter: 3_000, print: text => text);
    }
}
