using CsCheck;
using Drafting.Model.Diff;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Diff;

public class TextPositionsTests
{
    private const string Seed = "3Qm4PbKq0Rz1";

    private static readonly string[] Pool = ["States", "Council", "peace", "security", "calls", "upon", "all", "parties", "to", "the", "Convention"];

    /// <summary>3 to 11 distinct words in random order: a repeated word would make which one was edited a matter of taste.</summary>
    private static readonly Gen<string[]> Words = Gen.Select(Gen.Int.Array[Pool.Length], Gen.Int[3, Pool.Length],
        (keys, count) => Pool.Zip(keys).OrderBy(p => p.Second).Take(count).Select(p => p.First).ToArray());

    /// <summary>The offset just after word <paramref name="index"/> of the text the words make.</summary>
    private static int After(string[] words, int index) => string.Join(' ', words[..(index + 1)]).Length;

    [Fact]
    public void A_marker_stays_after_its_word_whatever_is_inserted_or_deleted_elsewhere()
    {
        Gen.Select(Words, Gen.Int[0, 100], Gen.Int[0, 100], Gen.Bool).Sample((words, marked, at, insert) =>
        {
            var k = marked % words.Length;
            var edited = words.ToList();
            if (insert)
            {
                edited.Insert(at % (words.Length + 1), "notwithstanding");
            }
            else
            {
                var d = at % words.Length;
                if (d == k)
                {
                    return;
                }

                edited.RemoveAt(d);
            }

            var newK = insert && at % (words.Length + 1) <= k ? k + 1 : !insert && at % words.Length < k ? k - 1 : k;
            var carried = TextPositions.Carry(string.Join(' ', words), string.Join(' ', edited), [After(words, k)]);
            Assert.Equal(After([.. edited], newK), carried[0]);
        }, seed: Seed, iter: 500, print: t => $"{string.Join(' ', t.Item1)} | marker after word {t.Item2 % t.Item1.Length} | {(t.Item4 ? "insert" : "delete")} at {t.Item3}");
    }

    [Theory]
    [InlineData("the Rights of the Child and the Protocols", "the Rights of the Children and the Protocols", "Child", "Children")]
    [InlineData("the Rights of the Child and the Protocols", "the Rights of the Child, the Optional Protocols", "Child", "Child")]
    [InlineData("the Rights of the Child and the Protocols", "the Rights and the Protocols", "Child", "Rights")]
    public void A_marker_after_replaced_or_deleted_words_follows_what_took_their_place(string before, string after, string word, string expectedAfter)
    {
        var offset = before.IndexOf(word, StringComparison.Ordinal) + word.Length;
        var carried = TextPositions.Carry(before, after, [offset])[0];
        Assert.Equal(after.IndexOf(expectedAfter, StringComparison.Ordinal) + expectedAfter.Length, carried);
    }

    [Fact]
    public void Editing_a_clause_moves_its_footnotes_with_their_words()
    {
        const string text = "Recalling also the Convention on the Rights of the Child and the Optional Protocols thereto,";
        var clause = new Clause(ClauseId.New(), ClauseKind.Preambular, text, "Recalling also",
            notes: [new Note(text.IndexOf(" and", StringComparison.Ordinal), "Ibid."), new Note(text.Length, "Treaty Series.")]);
        var edited = clause.WithText("Recalling also the new Convention on the Rights of the Child and the Optional Protocols thereto, as amended,", "Recalling also");
        // The closing comma is the same comma, words inserted before it: the note that closed the clause still does.
        Assert.Equal(["Child", "amended,"], edited.Notes.Select(n => edited.Text[..n.Offset].Split(' ')[^1]));
        Assert.Equal(edited.Text.Length, edited.Notes[1].Offset);
    }

    [Fact]
    public void A_clause_with_footnotes_needs_a_text_to_carry_them_into()
    {
        var clause = new Clause(ClauseId.New(), ClauseKind.Operative, "Decides to remain seized of the matter.", notes: [new Note(7, "Ibid.")]);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => clause.WithText(null!, null)).ParamName);
    }
}
