using Drafting.Model.Diff;
using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Diff;

/// <summary>Seed 001 against hand-edited copies of itself.</summary>
public class ResolutionComparisonTests
{
    private static readonly Resolution Seed = ResolutionImporter.Default.Import(Fixtures.Seed001).Resolution!;

    [Fact]
    public void An_unedited_resolution_compares_as_unchanged()
    {
        var comparison = ResolutionComparison.Compare(Seed, Seed);
        Assert.True(comparison.IsUnchanged);
        Assert.Equal(Seed.Preambular.Length + Seed.Operative.Length, comparison.Preambular.Length + comparison.Operative.Length);
    }

    [Fact]
    public void A_changed_word_marks_only_that_clause_modified()
    {
        var op = Seed.Operative[5];
        var edited = Seed.WithClauseText(op.Id, op.Text.Replace("Member States", "all Member States", StringComparison.Ordinal), op.Opening);
        var comparison = ResolutionComparison.Compare(Seed, edited);
        var changed = Assert.Single(comparison.All, c => !c.IsUnchanged);
        Assert.Equal(op.Id, changed.Id);
        Assert.Equal(ClauseChangeKind.Modified, changed.Change);
        Assert.Equal(new DiffSegment(SegmentKind.Inserted, "all "), Assert.Single(changed.Segments, s => s.Kind != SegmentKind.Equal));
    }

    [Fact]
    public void An_inserted_sub_paragraph_is_whole_and_its_siblings_are_unchanged()
    {
        // Seed 000 has OP 4 (a)-(c); seed 001 has no sub-paragraphs.
        var regional = ResolutionImporter.Default.Import(Fixtures.Seed000).Resolution!;
        var host = regional.Operative.First(c => c.SubParagraphs.Length > 1);
        var added = new Clause(ClauseId.New(), ClauseKind.SubParagraph, "Strengthening medical evacuation;");
        var edited = regional.InsertClause(added, host.Id, 1);
        var comparison = ResolutionComparison.Compare(regional, edited);
        var hostComparison = comparison.Operative.Single(c => c.Id == host.Id);
        Assert.Equal(ClauseChangeKind.Unchanged, hostComparison.Change);
        Assert.Equal(host.SubParagraphs.Length + 1, hostComparison.SubParagraphs.Length);
        var inserted = hostComparison.SubParagraphs[1];
        Assert.Equal((added.Id, ClauseChangeKind.Inserted), (inserted.Id, inserted.Change));
        Assert.Equal([new DiffSegment(SegmentKind.Inserted, added.Text)], inserted.Segments);
        Assert.All(hostComparison.SubParagraphs.Where(s => s.Id != added.Id), s => Assert.True(s.IsUnchanged));
    }

    [Fact]
    public void A_moved_operative_paragraph_is_marked_moved_and_the_renumbered_ones_unchanged()
    {
        var moved = Seed.Operative[1];
        var edited = Seed.MoveClause(moved.Id, 6);
        var comparison = ResolutionComparison.Compare(Seed, edited);
        Assert.Equal(Seed.Operative.Length + 1, comparison.Operative.Length);
        Assert.Equal((moved.Id, ClauseChangeKind.MovedAway), (comparison.Operative[1].Id, comparison.Operative[1].Change));
        var arrived = comparison.Operative.Single(c => c.Id == moved.Id && c.Moved);
        Assert.Equal(ClauseChangeKind.Unchanged, arrived.Change);
        Assert.Equal(7, comparison.Operative.IndexOf(arrived));
        Assert.All(comparison.Operative.Where(c => c.Id != moved.Id), c => Assert.True(c.IsUnchanged));
    }

    [Fact]
    public void A_deleted_paragraph_stays_at_its_old_place_and_punctuation_changes_show_alone()
    {
        var gone = Seed.Preambular[2];
        var last = Seed.Operative[^2];
        var edited = Seed.RemoveClause(gone.Id).WithClauseText(last.Id, last.Text[..^1] + ",", last.Opening);
        var comparison = ResolutionComparison.Compare(Seed, edited);
        Assert.Equal((gone.Id, ClauseChangeKind.Deleted), (comparison.Preambular[2].Id, comparison.Preambular[2].Change));
        Assert.Equal([new DiffSegment(SegmentKind.Deleted, gone.Text)], comparison.Preambular[2].Segments);
        var punctuation = comparison.Operative.Single(c => c.Id == last.Id);
        Assert.Equal([last.Text[^1..], ","], punctuation.Segments.Where(s => s.Kind != SegmentKind.Equal).Select(s => s.Text));
    }

    [Fact]
    public void Merged_order_rebuilds_both_versions()
    {
        var edited = Seed.RemoveClause(Seed.Operative[0].Id)
            .MoveClause(Seed.Operative[3].Id, 0)
            .InsertClause(new Clause(ClauseId.New(), ClauseKind.Operative, "Decides to remain actively seized of the matter."), null, 99);
        var comparison = ResolutionComparison.Compare(Seed, edited);
        Assert.Equal(edited.Operative.Select(c => c.Id), comparison.Operative.Where(c => c.InNewVersion).Select(c => c.Id));
        Assert.Equal(Seed.Operative.Select(c => c.Id), comparison.Operative.Where(c => c.InOldVersion).Select(c => c.Id));
    }
}
