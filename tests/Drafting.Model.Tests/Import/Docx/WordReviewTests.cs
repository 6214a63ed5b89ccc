using Drafting.Model.Export.Docx;
using Drafting.Model.Import;
using Drafting.Model.Import.Docx;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import.Docx;

public class WordReviewTests
{
    private static readonly Resolution Base = ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!;

    /// <summary>OP 2 reworded, PP 3 struck, a new OP after OP 1: what a delegation does to the pen-holder's file.</summary>
    private static Resolution Edited()
    {
        var op2 = Base.Operative[1];
        var edited = Base.WithClauseText(op2.Id, op2.Text.Replace("all", "every", StringComparison.Ordinal), op2.Opening);
        edited = edited.RemoveClause(Base.Preambular[2].Id);
        return edited.InsertClause(new Clause(ClauseId.New(), ClauseKind.Operative, "Encourages regional organizations to share information;", "Encourages"), null, 1);
    }

    [Fact]
    public void Tracked_changes_become_a_replace_a_delete_and_an_insert_by_their_author()
    {
        var file = DocxWriter.Write(Edited(), new DocxOptions { CompareTo = Base, RevisionAuthor = "Ama Mensah (Ghana)" });
        var review = WordReview.Compare(Base, file);

        Assert.True(review.Succeeded, string.Join("\n", review.Diagnostics));
        Assert.Equal(3, review.Changes.Count);
        Assert.All(review.Changes, c => Assert.True(c.Tracked));
        Assert.All(review.Changes, c => Assert.Equal(["Ama Mensah (Ghana)"], c.Authors));

        var replace = Assert.Single(review.Changes, c => c.Kind == ProposalKind.Replace);
        Assert.Equal(Base.Operative[1].Id, replace.ClauseId);
        Assert.Contains("every", replace.Text, StringComparison.Ordinal);
        Assert.Equal(Base.Preambular[2].Id, Assert.Single(review.Changes, c => c.Kind == ProposalKind.Delete).ClauseId);
        var insert = Assert.Single(review.Changes, c => c.Kind == ProposalKind.Insert);
        Assert.Equal(Base.Operative[0].Id, insert.AfterClauseId);
        Assert.Equal(ClauseKind.Operative, insert.InsertKind);
        Assert.Equal("Encourages regional organizations to share information;", insert.Text);
        Assert.DoesNotContain(review.Diagnostics, d => d.Code == "untracked-changes");
    }

    [Fact]
    public void Changes_made_with_tracking_off_are_found_by_comparing_with_the_base_and_warned_about()
    {
        var file = DocxWriter.Write(Edited());
        var review = WordReview.Compare(Base, file);

        Assert.Equal([ProposalKind.Delete, ProposalKind.Replace, ProposalKind.Insert], review.Changes.Select(c => c.Kind));
        Assert.All(review.Changes, c => Assert.False(c.Tracked));
        Assert.Contains(review.Diagnostics, d => d.Code == "untracked-changes");
    }

    [Fact]
    public void A_new_paragraph_with_sub_paragraphs_is_one_insert_and_a_warning()
    {
        var sub = new Clause(ClauseId.New(), ClauseKind.SubParagraph, "In Mali;");
        var added = new Clause(ClauseId.New(), ClauseKind.Operative, "Encourages missions:", "Encourages", [sub], LabelStyle.LetterInParentheses);
        var file = DocxWriter.Write(Base.InsertClause(added, null, 1), new DocxOptions { CompareTo = Base });
        var review = WordReview.Compare(Base, file);

        var insert = Assert.Single(review.Changes);
        Assert.Equal("Encourages missions:", insert.Text);
        Assert.Contains(review.Diagnostics, d => d.Code == "sub-paragraphs-not-proposed");
    }

    [Fact]
    public void An_unchanged_file_holds_no_changes()
    {
        var review = WordReview.Compare(Base, DocxWriter.Write(Base, new DocxOptions { Origin = new WordOrigin(Base.Id, 7, null) }));
        Assert.Empty(review.Changes);
        Assert.Equal(new WordOrigin(Base.Id, 7, null), review.Origin);
    }

    [Fact]
    public void Without_untracked_detection_only_tracked_changes_count()
    {
        var review = WordReview.Compare(Base, DocxWriter.Write(Edited()), findUntracked: false);
        Assert.Empty(review.Changes);
    }
}
