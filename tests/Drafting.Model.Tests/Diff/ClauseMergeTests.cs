using CsCheck;
using Drafting.Model.Diff;

namespace Drafting.Model.Tests.Diff;

public class ClauseMergeTests
{
    private const string Base = "Requests the Secretary-General to report to the Council within 90 days on the implementation of this resolution;";

    [Fact]
    public void Edits_of_different_words_merge_with_both_changes()
    {
        var mine = Base.Replace("90 days", "60 days", StringComparison.Ordinal);
        var theirs = Base.Replace("Requests", "Further requests", StringComparison.Ordinal);
        var result = ClauseMerge.Merge(Base, theirs, mine);
        Assert.True(result.Succeeded);
        Assert.Equal("Further requests the Secretary-General to report to the Council within 60 days on the implementation of this resolution;", result.Text);
    }

    [Fact]
    public void Two_edits_of_one_number_conflict_even_in_different_digit_groups()
    {
        const string troops = "Decides to authorize up to 14,400 troops;";
        var result = ClauseMerge.Merge(troops, troops.Replace("14,400", "15,400", StringComparison.Ordinal), troops.Replace("14,400", "14,500", StringComparison.Ordinal));
        Assert.False(result.Succeeded, "15,400 and 14,500 must not merge into 15,500");
    }

    [Fact]
    public void A_number_change_merges_with_a_word_change_elsewhere()
    {
        const string troops = "Decides to authorize up to 14,400 troops;";
        var result = ClauseMerge.Merge(troops, troops.Replace("14,400", "14,000", StringComparison.Ordinal), troops.Replace("troops", "military personnel", StringComparison.Ordinal));
        Assert.True(result.Succeeded);
        Assert.Equal("Decides to authorize up to 14,000 military personnel;", result.Text);
    }

    [Fact]
    public void Punctuation_change_merges_with_a_word_change_next_to_it()
    {
        var mine = Base.Replace("resolution;", "resolution.", StringComparison.Ordinal);
        var theirs = Base.Replace("this resolution", "the present resolution", StringComparison.Ordinal);
        var result = ClauseMerge.Merge(Base, theirs, mine);
        Assert.True(result.Succeeded, "a full stop and a word change are disjoint");
        Assert.Equal("Requests the Secretary-General to report to the Council within 90 days on the implementation of the present resolution.", result.Text);
    }

    [Fact]
    public void Different_edits_of_the_same_words_are_a_conflict()
    {
        var result = ClauseMerge.Merge(Base, Base.Replace("90 days", "30 days", StringComparison.Ordinal), Base.Replace("90 days", "six months", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
    }

    [Fact]
    public void Rewrites_of_overlapping_stretches_are_a_conflict_even_when_some_words_survive()
    {
        const string preamble = "Recalling the purposes and principles of the Charter of the United Nations, reaffirming its primary responsibility,";
        var result = ClauseMerge.Merge(preamble, "Recalling the Charter,", "Recalling nothing at all,");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_insertion_and_a_deletion_elsewhere_both_survive()
    {
        var inserted = Base.Replace("to report", "to report in writing", StringComparison.Ordinal);
        var deleted = Base.Replace(" on the implementation of this resolution", "", StringComparison.Ordinal);
        var result = ClauseMerge.Merge(Base, inserted, deleted);
        Assert.True(result.Succeeded);
        Assert.Equal("Requests the Secretary-General to report in writing to the Council within 90 days;", result.Text);
    }

    [Fact]
    public void The_same_edit_made_twice_merges_to_it()
    {
        var edit = Base.Replace("Council", "Security Council", StringComparison.Ordinal);
        Assert.Equal(new ClauseMergeResult(true, edit), ClauseMerge.Merge(Base, edit, edit));
    }

    [Fact]
    public void An_edit_against_an_unchanged_text_is_the_edit()
    {
        var edit = Base.Replace("90 days", "60 days", StringComparison.Ordinal);
        Assert.Equal(new ClauseMergeResult(true, edit), ClauseMerge.Merge(Base, current: Base, proposed: edit));
        Assert.Equal(new ClauseMergeResult(true, edit), ClauseMerge.Merge(Base, current: edit, proposed: Base));
    }

    [Fact]
    public void Merging_disjoint_word_replacements_keeps_every_replacement()
    {
        var words = Base.Split(' ');
        Gen.Select(Gen.Int[0, words.Length - 1], Gen.Int[0, words.Length - 1], Gen.OneOfConst("alpha", "beta", "gamma"), Gen.OneOfConst("delta", "epsilon"))
            .Where(t => Math.Abs(t.Item1 - t.Item2) >= 2)
            .Array[300]
            .Sample(cases =>
            {
                foreach (var (i, j, a, b) in cases)
                {
                    var current = (string[])words.Clone();
                    current[i] = a;
                    var proposed = (string[])words.Clone();
                    proposed[j] = b;
                    var expected = (string[])words.Clone();
                    expected[i] = a;
                    expected[j] = b;
                    var result = ClauseMerge.Merge(Base, string.Join(' ', current), string.Join(' ', proposed));
                    Assert.True(result.Succeeded, $"replace word {i} and word {j}");
                    Assert.Equal(string.Join(' ', expected), result.Text);
                }
            }, seed: "0N0XIzNsQ0O2", iter: 1);
    }
}
