using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Model.Export;
using Drafting.Model.Export.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Negotiation;

/// <summary>
/// The compilation text in Word and HTML: every open proposal at its place with its delegations; the non-competing
/// ones as tracked changes by delegation, the competing ones side by side in a comment, none dropped.
/// </summary>
public class CompilationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    private static (Resolution Current, Compilation Compilation, Proposal[] Proposals) Build()
    {
        var current = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");
        var op = current.Operative;
        var replaced = op[1].Text.Replace("Requests the host states", "Urges the host States", StringComparison.Ordinal);
        Proposal[] proposals =
        [
            new(Guid.NewGuid(), ProposalKind.Replace, "Ghana", op[1].Id, null, null, null, replaced, 1, op[1].Text, "Stronger.", supporters: ["Kenya"]),
            new(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, op[0].Id, ClauseKind.Operative, null, "Requests a report within 90 days;", null, null, null),
            new(Guid.NewGuid(), ProposalKind.Insert, "Sierra Leone", null, op[0].Id, ClauseKind.Operative, null, "Encourages regional organizations to contribute;", null, null, null),
            new(Guid.NewGuid(), ProposalKind.Delete, "Russian Federation", op[3].Id, null, null, null, null, null, null, null),
            new(Guid.NewGuid(), ProposalKind.Replace, "Ghana", op[4].Id, null, null, null, "Requests the Secretary-General to act;", 1, op[4].Text, null),
            new(Guid.NewGuid(), ProposalKind.Delete, "China", op[4].Id, null, null, null, null, null, null, null),
        ];
        return (current, Compilation.Of(current, proposals), proposals);
    }

    [Fact]
    public void Non_competing_proposals_are_applied_in_order_and_competing_ones_are_all_kept_aside()
    {
        var (current, compilation, proposals) = Build();
        var op = compilation.Proposed.Operative;
        Assert.Equal(current.Operative.Length + 1, op.Length);
        Assert.Equal("Requests a report within 90 days;", op[1].Text);
        Assert.Equal("Encourages regional organizations to contribute;", op[2].Text);
        Assert.Equal(proposals[0].Text, op[3].Text);
        Assert.DoesNotContain(op, c => c.Id == current.Operative[3].Id);
        Assert.Equal(current.Operative[4].Text, compilation.Proposed.Find(current.Operative[4].Id)!.Clause.Text);
        var competing = Assert.Single(compilation.Competing);
        Assert.Equal([proposals[4], proposals[5]], competing.Proposals);
        Assert.Equal("Ghana, supported by Kenya", compilation.ChangedBy[current.Operative[1].Id].DelegationsText);
        Assert.Equal("Russian Federation", compilation.ChangedBy[current.Operative[3].Id].Organization);
    }

    [Fact]
    public void The_Word_compilation_validates_signs_each_change_by_its_delegation_and_lists_competing_proposals_in_a_comment()
    {
        var (current, compilation, _) = Build();
        using var docx = new Docx(DocxWriter.WriteCompilation(compilation, Now, "Drafting"));
        Assert.Equal("", docx.ValidationErrors());

        var authors = docx.Body.Descendants<InsertedRun>().Select(r => r.Author!.Value)
            .Concat(docx.Body.Descendants<DeletedRun>().Select(r => r.Author!.Value))
            .Concat(docx.Body.Descendants<Inserted>().Select(r => r.Author!.Value))
            .Concat(docx.Body.Descendants<Deleted>().Select(r => r.Author!.Value))
            .ToHashSet();
        Assert.Contains("Ghana, supported by Kenya", authors);
        Assert.Contains("Kenya", authors);
        Assert.Contains("Sierra Leone", authors);
        Assert.Contains("Russian Federation", authors);
        Assert.DoesNotContain("China", authors);

        var comments = string.Join("\n", docx.Main.WordprocessingCommentsPart!.Comments.Descendants<Text>().Select(t => t.Text));
        Assert.Contains("Competing proposals", comments, StringComparison.Ordinal);
        Assert.Contains("Ghana: replace with “Requests the Secretary-General to act;”", comments, StringComparison.Ordinal);
        Assert.Contains("China: delete", comments, StringComparison.Ordinal);

        static string Body(string paragraph) => paragraph[(paragraph.IndexOf('\t', StringComparison.Ordinal) + 1)..];
        Assert.Equal(compilation.Proposed.Operative.Select(c => c.Text), docx.AcceptAll().Skip(current.Preambular.Length).Take(compilation.Proposed.Operative.Length).Select(Body));
        Assert.Equal(current.Operative.Select(c => c.Text), docx.RejectAll().Skip(current.Preambular.Length).Take(current.Operative.Length).Select(Body));
    }

    [Fact]
    public void Pandoc_accepting_every_change_gives_the_text_with_the_non_competing_proposals_and_LibreOffice_opens_it()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var pdftotext = ExternalTool.Require("pdftotext");
        var (current, compilation, proposals) = Build();
        var directory = Directory.CreateTempSubdirectory("drafting-compilation-");
        try
        {
            var docx = Path.Combine(directory.FullName, "compilation.docx");
            File.WriteAllBytes(docx, DocxWriter.WriteCompilation(compilation, Now, "Drafting"));
            var accepted = Flatten(ExternalTool.Run(pandoc, ["--track-changes=accept", "-t", "plain", "--wrap=none", docx], TimeSpan.FromMinutes(1)));
            var rejected = Flatten(ExternalTool.Run(pandoc, ["--track-changes=reject", "-t", "plain", "--wrap=none", docx], TimeSpan.FromMinutes(1)));
            foreach (var clause in compilation.Proposed.Operative)
            {
                Assert.Contains(Flatten(clause.Text), accepted, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(Flatten(current.Operative[3].Text), accepted, StringComparison.Ordinal);
            Assert.DoesNotContain("Requests the Secretary-General to act;", accepted, StringComparison.Ordinal);
            Assert.Contains(Flatten(current.Operative[3].Text), rejected, StringComparison.Ordinal);
            Assert.DoesNotContain(Flatten(proposals[1].Text!), rejected, StringComparison.Ordinal);

            var pdf = ExternalTool.ConvertToPdf(docx, directory.FullName);
            if (Environment.GetEnvironmentVariable("DRAFTING_RENDER_OUTPUT") is { Length: > 0 } keep)
            {
                File.Copy(pdf, Path.Combine(keep, "compilation.pdf"), overwrite: true);
                File.Copy(docx, Path.Combine(keep, "compilation.docx"), overwrite: true);
            }

            var text = Flatten(ExternalTool.Run(pdftotext, [pdf, "-"], TimeSpan.FromMinutes(1)));
            Assert.Contains("Requests a report within 90 days;", text, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_HTML_compilation_shows_each_proposal_after_its_paragraph_with_its_delegations()
    {
        var (current, compilation, _) = Build();
        var html = HtmlWriter.Write(current, compilation: compilation);
        Assert.Contains("[Ghana, supported by Kenya: replace]", html, StringComparison.Ordinal);
        Assert.Contains("<ins>Urges</ins>", html, StringComparison.Ordinal);
        Assert.Contains("[Kenya: add]", html, StringComparison.Ordinal);
        Assert.Contains("[Russian Federation: delete]", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("class=\"proposal competing\"").Length - 1);
        var clause = html.IndexOf($"data-clause-id=\"{current.Operative[3].Id.Value}\"", StringComparison.Ordinal);
        var tag = html.IndexOf("[Russian Federation: delete]", StringComparison.Ordinal);
        var next = html.IndexOf($"data-clause-id=\"{current.Operative[4].Id.Value}\"", StringComparison.Ordinal);
        Assert.True(clause < tag && tag < next, "the proposal stands right after the paragraph it bears on");
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
