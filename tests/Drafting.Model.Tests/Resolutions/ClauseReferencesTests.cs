using CsCheck;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Resolutions;

public class ClauseReferencesTests
{
    [Fact]
    public void A_clause_cited_from_where_it_stands_has_the_reference_the_whole_document_gives_it()
    {
        ResolutionGenerator.Resolutions.Sample(resolution =>
        {
            var references = ClauseReferences.Of(resolution);
            for (var i = 0; i < resolution.Preambular.Length; i++)
            {
                Assert.Equal(references[resolution.Preambular[i].Id], ClauseReferences.At(ClauseKind.Preambular, i, []));
            }

            for (var i = 0; i < resolution.Operative.Length; i++)
            {
                AssertBelow(resolution.Operative[i], i, []);
            }

            void AssertBelow(Clause clause, int index, List<(LabelStyle?, int)> path)
            {
                Assert.Equal(references[clause.Id], ClauseReferences.At(ClauseKind.Operative, index, path));
                for (var j = 0; j < clause.SubParagraphs.Length; j++)
                {
                    AssertBelow(clause.SubParagraphs[j], index, [.. path, (clause.SubParagraphStyle, j)]);
                }
            }
        }, seed: "0N0XIzNsQ0O2", iter: 300);
    }

    [Fact]
    public void A_sub_paragraph_without_a_style_of_its_parent_is_lettered_and_a_reference_starts_at_a_paragraph()
    {
        Assert.Equal("OP 4 (b) (iii)", ClauseReferences.At(ClauseKind.Operative, 3, [(null, 1), (LabelStyle.RomanInParentheses, 2)]));
        Assert.Equal("PP 1", ClauseReferences.At(ClauseKind.Preambular, 0, []));
        Assert.Throws<ArgumentException>(() => ClauseReferences.At(ClauseKind.SubParagraph, 0, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClauseReferences.At(ClauseKind.Operative, -1, []));
    }
}
