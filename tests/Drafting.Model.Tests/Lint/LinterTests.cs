using Drafting.Model.Import;
using Drafting.Model.Lint;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Lint;

public class LinterTests
{
    private static (Resolution Resolution, IReadOnlyList<LintFinding> Findings) Lint(string text)
    {
        var resolution = ResolutionImporter.Default.Import(text).Resolution!;
        return (resolution, ResolutionLinter.Default.Lint(resolution));
    }

    [Fact]
    public void Seed_000_reports_operative_5_and_its_sub_paragraphs_ending_with_commas()
    {
        var (resolution, findings) = Lint(Fixtures.Seed000);
        var op5 = resolution.Operative[4];
        Assert.Contains(findings, f => f.ClauseId == op5.Id && f.Code == "op-colon");
        var commaSubs = op5.SubParagraphs.Take(3).Select(s => s.Id).ToHashSet();
        var subFindings = findings.Where(f => f.Code == "sub-punctuation" && f.ClauseId is { } id && commaSubs.Contains(id)).ToList();
        Assert.Equal(3, subFindings.Count);
        Assert.All(subFindings, f => Assert.Contains("\",\"", f.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.ClauseId == op5.SubParagraphs[3].Id);
    }

    [Fact]
    public void Seed_000_has_no_findings_on_well_punctuated_clauses()
    {
        var (resolution, findings) = Lint(Fixtures.Seed000);
        Assert.DoesNotContain(findings, f => f.Code == "pp-punctuation");
        Assert.DoesNotContain(findings, f => f.ClauseId == resolution.Operative[0].Id);
        Assert.DoesNotContain(findings, f => f.Code == "seized");
    }

    [Fact]
    public void Seed_001_sponsors_and_preamble_are_clean()
    {
        var (_, findings) = Lint(Fixtures.Seed001);
        Assert.DoesNotContain(findings, f => f.Code is "unknown-sponsor" or "duplicate-sponsor" or "pp-punctuation" or "unknown-opening" or "unbalanced");
    }

    [Fact]
    public void Missing_punctuation_seized_clause_and_unbalanced_brackets_are_reported()
    {
        var (resolution, findings) = Lint("France and France: draft resolution\n\nThe Security Council,\n\n*Recalling* its resolution 2436 (2018.\n\n1. *Requests* a report,\n\n2. *Bemoans* the situation;");
        Assert.Contains(findings, f => f.Code == "pp-punctuation" && f.ClauseId == resolution.Preambular[0].Id);
        Assert.Contains(findings, f => f.Code == "unbalanced" && f.ClauseId == resolution.Preambular[0].Id && f.Severity == LintSeverity.Error);
        Assert.Contains(findings, f => f.Code == "op-punctuation" && f.ClauseId == resolution.Operative[0].Id);
        Assert.Contains(findings, f => f.Code == "op-punctuation" && f.ClauseId == resolution.Operative[1].Id && f.Message.Contains("full stop", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "unknown-opening" && f.ClauseId == resolution.Operative[1].Id);
        Assert.Contains(findings, f => f.Code == "seized" && f.ClauseId == resolution.Operative[1].Id);
    }

    [Fact]
    public void Duplicate_and_unknown_sponsors_are_reported()
    {
        var resolution = ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!
            .WithSponsors([new Sponsor("France"), new Sponsor("France"), new Sponsor("Atlantis")]);
        var findings = ResolutionLinter.Default.Lint(resolution);
        Assert.Contains(findings, f => f.Code == "duplicate-sponsor" && f.Message.Contains("France", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "unknown-sponsor" && f.Message.Contains("Atlantis", StringComparison.Ordinal));
    }

    [Fact]
    public void General_Assembly_drafts_are_not_asked_to_remain_seized()
    {
        var (_, findings) = Lint("The General Assembly,\n\n*Recalling* its resolution 74/1,\n\n1. *Requests* the Secretary-General to report.");
        Assert.Empty(findings);
    }
}
