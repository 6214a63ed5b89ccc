using System.Text.RegularExpressions;
using Drafting.Model.Export.Docx;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Export;

/// <summary>The Word export opened by a real word processor: LibreOffice renders it to PDF, pdftotext reads it back.</summary>
public class DocxRenderingTests
{
    [Fact]
    public void Seed_001_renders_with_every_paragraph_in_order_and_numbered()
    {
        var pdftotext = ExternalTool.Require("pdftotext");
        // Seed 001 as imported, with an illustrative symbol and job number so that masthead, header and footer show them.
        var seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var resolution = new Resolution(seed.Id, seed.Organ, seed.Formula, seed.Preambular, seed.Operative, seed.Sponsors, "S/2020/123", null, "20-05123 (E)", seed.Date);
        var directory = Directory.CreateTempSubdirectory("drafting-render-");
        try
        {
            var docx = Path.Combine(directory.FullName, "seed-001.docx");
            File.WriteAllBytes(docx, DocxWriter.Write(resolution));
            var pdf = ExternalTool.ConvertToPdf(docx, directory.FullName);
            var text = ExternalTool.Run(pdftotext, ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));

            // The masthead is a table: pdftotext may interleave its cells, so only its presence is checked.
            Assert.Matches(@"United Nations", text);
            Assert.Matches(@"Distr\.: General", text);
            Assert.Matches(@"Original: English", text);
            var at = Find(text, @"Security Council", 0);
            at = Find(text, @"Viet Nam: draft resolution", at);
            at = Find(text, @"The Security Council,", at);
            foreach (var clause in resolution.Preambular)
            {
                at = Find(text, Words(clause.Text, 4), at);
            }

            for (var i = 0; i < resolution.Operative.Length; i++)
            {
                at = Find(text, $@"(?m)^\s*{i + 1}\.\s+{Words(resolution.Operative[i].Text, 3)}", at);
            }

            Assert.Matches(@"S/2020/123", text);
            Assert.Matches(@"20-05123 \(E\)\s+2/3", text);
            if (Environment.GetEnvironmentVariable("DRAFTING_RENDER_OUTPUT") is { Length: > 0 } keep)
            {
                // For looking at the layout by eye: DRAFTING_RENDER_OUTPUT=/tmp/x dotnet test --filter DocxRenderingTests
                Directory.CreateDirectory(keep);
                File.Copy(docx, Path.Combine(keep, "seed-001.docx"), overwrite: true);
                File.Copy(pdf, Path.Combine(keep, "seed-001.pdf"), overwrite: true);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A pattern for the first <paramref name="count"/> words, allowing any white space (line breaks, justification) between them.</summary>
    private static string Words(string text, int count) =>
        string.Join(@"\s+", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count).Select(Regex.Escape));

    private static int Find(string text, string pattern, int from)
    {
        var match = new Regex(pattern).Match(text, from);
        Assert.True(match.Success, $"'{pattern}' not found after offset {from} in:\n{text[from..Math.Min(text.Length, from + 2000)]}");
        return match.Index + match.Length;
    }
}
