using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Import.Docx;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Import.Docx;

/// <summary>A delegation working in LibreOffice: our export opened and saved again as .docx by LibreOffice reads back the same, origin included.</summary>
public class LibreOfficeRoundTripTests
{
    [Fact]
    public void Our_export_saved_again_by_libreoffice_imports_to_the_same_resolution_and_keeps_its_origin()
    {
        var soffice = ExternalTool.Require("soffice");
        var seed = ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!;
        var resolution = new Resolution(seed.Id, seed.Organ, seed.Formula, seed.Preambular, seed.Operative, seed.Sponsors, "S/2020/123", null, null, seed.Date);
        var origin = new WordOrigin(resolution.Id, 12, null);
        var directory = Directory.CreateTempSubdirectory("drafting-lo-");
        var profile = Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}");
        try
        {
            var source = Path.Combine(directory.FullName, "source", "draft.docx");
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllBytes(source, DocxWriter.Write(resolution, new DocxOptions { Origin = origin }));
            var output = Path.Combine(directory.FullName, "saved");
            ExternalTool.Run(soffice, [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", output, source], TimeSpan.FromMinutes(3));

            var result = DocxImporter.Import(File.ReadAllBytes(Path.Combine(output, "draft.docx")));
            Assert.True(result.Import!.Succeeded, result.Text!.Markdown + string.Join("\n", result.Import.Diagnostics));
            ResolutionAssert.SameContent(resolution, result.Import.Resolution!);
            Assert.Equal(origin, result.Text!.Origin);
        }
        finally
        {
            directory.Delete(recursive: true);
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
