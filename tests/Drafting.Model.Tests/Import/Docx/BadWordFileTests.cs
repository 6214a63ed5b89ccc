using CsCheck;
using Drafting.Model.Import.Docx;

namespace Drafting.Model.Tests.Import.Docx;

public class BadWordFileTests
{
    public static TheoryData<string, string, WordFileProblemKind> Files => new()
    {
        { "text", "not-a-zip", WordFileProblemKind.NotAZip },
        { "zip", "no-document-part", WordFileProblemKind.NoDocumentPart },
        { "odt", "opendocument", WordFileProblemKind.NoDocumentPart },
        { "doc", "legacy-doc", WordFileProblemKind.LegacyOrEncrypted },
        { "encrypted", "encrypted", WordFileProblemKind.LegacyOrEncrypted },
        { "large", "too-large", WordFileProblemKind.TooLarge },
        { "bomb", "unpacked-too-large", WordFileProblemKind.TooLarge },
    };

    internal static byte[] File(string name) => name switch
    {
        "text" => BadWordFiles.PlainText,
        "zip" => BadWordFiles.ZipWithoutDocument,
        "odt" => BadWordFiles.OpenDocument,
        "doc" => BadWordFiles.LegacyDoc,
        "encrypted" => BadWordFiles.Encrypted,
        "large" => BadWordFiles.OverTheSizeLimit,
        "bomb" => BadWordFiles.DeclaresHugeSizes,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_that_is_no_readable_word_document_is_refused_with_the_reason(string file, string reason, WordFileProblemKind kind)
    {
        var result = DocxImporter.Import(File(file));
        Assert.Null(result.Import);
        Assert.Equal(reason, result.Problem!.Reason);
        Assert.Equal(kind, result.Problem.Kind);
    }

    [Fact]
    public void A_macro_enabled_document_is_read_with_a_warning_and_its_macros_never_run()
    {
        var result = DocxImporter.Import(BadWordFiles.MacroEnabled);
        Assert.True(result.Import!.Succeeded, string.Join("\n", result.Import.Diagnostics));
        Assert.Equal("Decides to act.", result.Import.Resolution!.Operative[0].Text);
        Assert.Contains(result.Import.Warnings, w => w.Code == "macros-ignored");
    }

    [Fact]
    public void A_part_that_unpacks_beyond_the_character_limit_is_refused()
    {
        var huge = new WordFile().Add(WordFile.P(WordFile.R(new string('x', (int)WordPackageCheck.MaxPartCharacters + 10)))).Bytes();
        var result = DocxImporter.Import(huge);
        Assert.Null(result.Import);
        Assert.Equal(WordFileProblemKind.TooLarge, result.Problem!.Kind);
    }

    /// <summary>Damaged files (bytes overwritten anywhere: zip directory, compressed XML, content types) never throw: a problem or an import.</summary>
    [Fact]
    public void A_damaged_word_file_is_a_problem_or_an_import_never_an_exception()
    {
        var original = Drafting.Model.Export.Docx.DocxWriter.Write(Drafting.Model.Import.ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!);
        Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte).Array[1, 12].Sample(damage =>
        {
            var file = (byte[])original.Clone();
            foreach (var (at, value) in damage)
            {
                file[at] = value;
            }

            var result = DocxImporter.Import(file);
            Assert.True(result.Problem is not null || result.Import is not null);
        }, seed: "0N0XIzNsQ0O2", iter: 500);
    }
}
