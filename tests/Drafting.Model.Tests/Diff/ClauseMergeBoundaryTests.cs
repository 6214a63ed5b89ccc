using Drafting.Model.Diff;

namespace Drafting.Model.Tests.Diff;

/// <summary>
/// Where two edits of one clause meet: insertions at one point, an insertion inside or at either end of a
/// replaced stretch, replacements that touch without sharing a word. Each case is merged both ways round
/// (either edit may be the one already stored), since the overlap test is not written symmetrically.
/// </summary>
public class ClauseMergeBoundaryTests
{
    private const string Base = "Requests the Secretary-General to report to the Council within 90 days on the implementation of this resolution;";

    private static string Edit(string from, string to) => Base.Replace(from, to, StringComparison.Ordinal);

    private static void AssertMergesBothWays(string first, string second, string expected)
    {
        Assert.Equal(new ClauseMergeResult(true, expected), ClauseMerge.Merge(Base, first, second));
        Assert.Equal(new ClauseMergeResult(true, expected), ClauseMerge.Merge(Base, second, first));
    }

    private static void AssertConflictsBothWays(string first, string second)
    {
        Assert.Equal(new ClauseMergeResult(false, null), ClauseMerge.Merge(Base, first, second));
        Assert.Equal(new ClauseMergeResult(false, null), ClauseMerge.Merge(Base, second, first));
    }

    [Fact]
    public void The_same_insertion_made_by_both_appears_once_beside_the_other_changes()
    {
        var both = Edit("to report", "to report in writing");
        var bothAndMore = both.Replace("90 days", "60 days", StringComparison.Ordinal);
        AssertMergesBothWays(bothAndMore, both, bothAndMore);
    }

    [Fact]
    public void Different_insertions_at_the_same_point_are_a_conflict() =>
        AssertConflictsBothWays(Edit("to report", "to report in writing"), Edit("to report", "to report orally"));

    [Fact]
    public void Insertions_at_different_points_merge() =>
        AssertMergesBothWays(Edit("to report", "to report in writing"), Edit("Requests the", "Requests also the"),
            "Requests also the Secretary-General to report in writing to the Council within 90 days on the implementation of this resolution;");

    [Fact]
    public void An_insertion_inside_a_replaced_stretch_is_a_conflict() =>
        AssertConflictsBothWays(Edit("within 90 days", "promptly"), Edit("90 days", "90 calendar days"));

    [Fact]
    public void An_insertion_right_before_a_replaced_word_merges_and_stands_before_its_replacement() =>
        AssertMergesBothWays(Edit("this resolution", "this decision"), Edit("this resolution", "this present resolution"),
            Edit("this resolution", "this present decision"));

    [Fact]
    public void An_insertion_right_after_a_replaced_word_merges() =>
        AssertMergesBothWays(Edit("this resolution", "this decision"), Edit("resolution;", "resolution, as amended;"),
            Edit("this resolution;", "this decision, as amended;"));

    [Fact]
    public void Replacements_of_a_word_and_the_punctuation_right_after_it_merge() =>
        AssertMergesBothWays(Edit("this resolution", "this decision"), Edit("resolution;", "resolution."), Edit("this resolution;", "this decision."));

    [Fact]
    public void One_overlapping_change_among_several_is_a_conflict() =>
        AssertConflictsBothWays(Edit("90 days", "30 days").Replace("Requests", "Further requests", StringComparison.Ordinal), Edit("90 days", "six months"));

    [Fact]
    public void A_change_of_case_alone_is_a_change_that_merges() =>
        AssertMergesBothWays(Edit("90 days", "60 days"), Edit("implementation", "Implementation"),
            Edit("90 days", "60 days").Replace("implementation", "Implementation", StringComparison.Ordinal));

    [Fact]
    public void A_change_of_white_space_alone_is_a_change_that_merges() =>
        AssertMergesBothWays(Edit("Requests", "Further requests"), Edit("90 days", "90\u00A0days"),
            Edit("Requests", "Further requests").Replace("90 days", "90\u00A0days", StringComparison.Ordinal));
}
