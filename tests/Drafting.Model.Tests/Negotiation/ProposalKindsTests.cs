using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;
using Drafting.Model.Tests.Export;

namespace Drafting.Model.Tests.Negotiation;

/// <summary>Each kind of proposal applied to the text, with the cases that must be refused or superseded.</summary>
public class ProposalKindsTests
{
    private static readonly Resolution Seed = DocxWriterTests.Import("seed-001-peacekeepers-safety.md");

    private static Proposal Replace(int op, string text, int baseVersion = 1) =>
        new(Guid.NewGuid(), ProposalKind.Replace, "Ghana", Seed.Operative[op].Id, null, null, null, text, baseVersion, Seed.Operative[op].Text, null);

    [Fact]
    public void A_replacement_on_the_current_version_is_applied_as_proposed_and_not_marked_merged()
    {
        var accepted = ProposalAcceptance.Apply(Seed, Replace(0, "Stresses the point;")).Accepted!;
        Assert.False(accepted.Merged);
        Assert.Equal("Stresses the point;", accepted.Updated.Operative[0].Text);
        Assert.Equal(Seed.Operative[0].Id, accepted.ClauseId);
        Assert.Equal(Seed.Operative[0].Version + 1, accepted.Updated.Operative[0].Version);
    }

    [Fact]
    public void A_replacement_made_on_an_older_version_is_merged_once_its_preview_was_seen_and_marked_so()
    {
        var words = Seed.Operative[0].Text.Split(' ');
        var edited = Seed.WithClauseText(Seed.Operative[0].Id, "Reaffirms " + string.Join(' ', words[1..]), null);
        var proposal = Replace(0, string.Join(' ', words[..^1].Append("matters;")));
        var preview = ProposalAcceptance.Preview(edited, proposal);
        Assert.True(preview.BasedOnOlderText);
        Assert.Equal(edited.Operative[0].Text, preview.CurrentText);
        var accepted = ProposalAcceptance.Apply(edited, proposal, previewed: preview.Result).Accepted!;
        Assert.Equal(preview.Result, accepted.Updated.Operative[0].Text);
        Assert.True(accepted.Merged);
        Assert.StartsWith("Reaffirms ", accepted.Updated.Operative[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("matters;", accepted.Updated.Operative[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_made_on_an_older_version_is_never_merged_unseen_nor_after_the_text_moved_on_again()
    {
        var words = Seed.Operative[0].Text.Split(' ');
        var edited = Seed.WithClauseText(Seed.Operative[0].Id, "Reaffirms " + string.Join(' ', words[1..]), null);
        var proposal = Replace(0, string.Join(' ', words[..^1].Append("matters;")));
        Assert.Equal(RefusalKind.PreviewRequired, ProposalAcceptance.Apply(edited, proposal).Refusal!.Kind);

        var seen = ProposalAcceptance.Preview(edited, proposal).Result;
        var again = edited.WithClauseText(Seed.Operative[0].Id, "Recalls " + string.Join(' ', words[1..]), null);
        Assert.Equal(RefusalKind.PreviewRequired, ProposalAcceptance.Apply(again, proposal, previewed: seen).Refusal!.Kind);
    }

    [Fact]
    public void The_preview_of_an_overlapping_replacement_gives_no_text_and_says_why()
    {
        var words = Seed.Operative[0].Text.Split(' ');
        var edited = Seed.WithClauseText(Seed.Operative[0].Id, "Reaffirms " + string.Join(' ', words[1..]), null);
        var preview = ProposalAcceptance.Preview(edited, Replace(0, "Underlines " + string.Join(' ', words[1..])));
        Assert.True(preview.BasedOnOlderText);
        Assert.Null(preview.Result);
        Assert.Equal(RefusalKind.EditConflict, preview.Refusal!.Kind);
    }

    [Fact]
    public void A_replacement_on_the_current_version_previews_its_own_text()
    {
        var preview = ProposalAcceptance.Preview(Seed, Replace(0, "Stresses the point;"));
        Assert.False(preview.BasedOnOlderText);
        Assert.Equal("Stresses the point;", preview.Result);
    }

    [Fact]
    public void An_empty_replacement_of_a_clause_without_sub_paragraphs_is_refused()
    {
        var outcome = ProposalAcceptance.Apply(Seed, Replace(0, "Decides;"), amendedText: "");
        Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
        Assert.Null(outcome.Accepted);
        Assert.False(outcome.Superseded);
    }

    [Fact]
    public void A_deletion_removes_the_clause_and_one_on_a_clause_already_gone_is_superseded()
    {
        var proposal = new Proposal(Guid.NewGuid(), ProposalKind.Delete, "Ghana", Seed.Operative[2].Id, null, null, null, null, null, null, null);
        var accepted = ProposalAcceptance.Apply(Seed, proposal).Accepted!;
        Assert.Null(accepted.Updated.Find(Seed.Operative[2].Id));
        Assert.Equal(Seed.Operative.Length - 1, accepted.Updated.Operative.Length);
        Assert.True(ProposalAcceptance.Apply(accepted.Updated, proposal).Superseded);
    }

    [Fact]
    public void An_insertion_goes_right_after_its_clause_or_first_and_takes_an_amended_text()
    {
        var after = new Proposal(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, Seed.Operative[1].Id, ClauseKind.Operative, null, "Requests a report;", null, null, null);
        var inserted = ProposalAcceptance.Apply(Seed, after).Accepted!;
        Assert.Equal("Requests a report;", inserted.Updated.Operative[2].Text);
        Assert.Equal(inserted.ClauseId, inserted.Updated.Operative[2].Id);
        Assert.Equal("Requests", inserted.Updated.Operative[2].Opening);

        var first = new Proposal(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, null, ClauseKind.Preambular, null, "Recalling its resolutions,", null, null, null);
        var amended = ProposalAcceptance.Apply(Seed, first, amendedText: "Recalling all its resolutions,").Accepted!;
        Assert.Equal("Recalling all its resolutions,", amended.Updated.Preambular[0].Text);

        var sub = new Proposal(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, null, ClauseKind.SubParagraph, Seed.Operative[3].Id, "to report;", null, null, null);
        var nested = ProposalAcceptance.Apply(Seed, sub).Accepted!;
        Assert.Equal("to report;", nested.Updated.Operative[3].SubParagraphs[0].Text);
    }

    [Fact]
    public void An_insertion_or_a_move_after_a_clause_of_another_list_is_refused()
    {
        var wrongList = new Proposal(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, Seed.Preambular[0].Id, ClauseKind.Operative, null, "Decides;", null, null, null);
        Assert.Equal(RefusalKind.Invalid, ProposalAcceptance.Apply(Seed, wrongList).Refusal!.Kind);
        var move = new Proposal(Guid.NewGuid(), ProposalKind.Move, "Kenya", Seed.Operative[0].Id, Seed.Preambular[0].Id, null, null, null, null, null, null);
        Assert.Equal(RefusalKind.Invalid, ProposalAcceptance.Apply(Seed, move).Refusal!.Kind);
        var gone = new Proposal(Guid.NewGuid(), ProposalKind.Insert, "Kenya", null, new ClauseId("gone"), ClauseKind.Operative, null, "Decides;", null, null, null);
        Assert.True(ProposalAcceptance.Apply(Seed, gone).Superseded);
    }
}
