using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Import;

namespace Drafting.Benchmarks;

/// <summary>Writes seed 001 and the generated 700-paragraph draft as Markdown (and our .docx) for comparing with pandoc.</summary>
internal static class MarkdownSamples
{
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var seed = ResolutionImporter.Default.Import(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "seed-001-peacekeepers-safety.md"))).Resolution!;
        var generated = ResolutionImporter.Default.Import(GeneratedDraft.Text()).Resolution!;
        File.WriteAllText(Path.Combine(directory, "seed-001.md"), MarkdownWriter.Write(seed));
        File.WriteAllText(Path.Combine(directory, "generated-700.md"), MarkdownWriter.Write(generated));
        File.WriteAllBytes(Path.Combine(directory, "generated-700.docx"), DocxWriter.Write(generated));
    }
}
