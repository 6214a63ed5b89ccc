using Drafting.Model.Import;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Import;

/// <summary>The shapes the importer tells clauses, wraps and headings apart by.</summary>
public class ClauseShapeTests
{
    [Theory]
    [InlineData("*Recalling* its resolutions,", ClauseKind.SubParagraph, true)]
    [InlineData("_Decides_ to remain seized;", ClauseKind.SubParagraph, true)]
    [InlineData("Strongly condemns all attacks;", ClauseKind.SubParagraph, true)]
    [InlineData("Recalling its resolutions,", ClauseKind.SubParagraph, true)]
    [InlineData("Recalling its resolutions,", ClauseKind.Preambular, true)]
    [InlineData("Strongly condemns all attacks;", ClauseKind.Preambular, false)]
    [InlineData("*Strongly condemns* all attacks;", ClauseKind.Preambular, true)]
    [InlineData("the Council and its subsidiary bodies,", ClauseKind.SubParagraph, false)]
    [InlineData("Recallings", ClauseKind.SubParagraph, false)]
    [InlineData("", ClauseKind.SubParagraph, false)]
    public void A_clause_opens_with_emphasis_or_a_known_phrase_of_the_kind_asked(string text, ClauseKind kind, bool opens) =>
        Assert.Equal(opens, ClauseShape.OpensLikeClause(text, OpeningPhrases.Default, kind));

    [Theory]
    [InlineData("the Convention,", true, true)]
    [InlineData("the Convention;", true, true)]
    [InlineData("as follows:", true, true)]
    [InlineData("of the matter.", true, true)]
    [InlineData("Is it?", true, true)]
    [InlineData("Never again!", true, true)]
    [InlineData("the Convention", false, false)]
    [InlineData("the Convention,   ", true, false)]
    [InlineData("the Convention,1", true, false)]
    [InlineData("the Convention,12", true, false)]
    [InlineData("the Convention,[^3]", true, false)]
    [InlineData("the item entitled \u201CPeace.\u201D", true, false)]
    [InlineData("the item entitled \"Peace.\"", true, false)]
    [InlineData("(see A/78/469, para. 12.)", true, false)]
    [InlineData("*Recalling also*,**", true, false)]
    [InlineData("the Convention1", false, false)]
    [InlineData("resolution 2417 (2018)", false, false)]
    [InlineData("", false, false)]
    [InlineData("\u201D", false, false)]
    public void Clause_punctuation_is_found_past_markers_and_closers_only_when_asked(string text, bool lookingPast, bool lastCharacterOnly)
    {
        Assert.Equal(lookingPast, ClauseShape.EndsWithClausePunctuation(text, lookPastClosers: true));
        Assert.Equal(lastCharacterOnly, ClauseShape.EndsWithClausePunctuation(text, lookPastClosers: false));
    }

    [Theory]
    [InlineData("12. *Decides* to remain seized;", "12", "*Decides* to remain seized;")]
    [InlineData("5.", "5", "")]
    [InlineData("1.   (a) *Encourages* States;", "1", "(a) *Encourages* States;")]
    public void An_operative_number_is_read_with_the_rest_of_its_line(string line, string number, string rest)
    {
        var match = ClauseShape.OperativeNumber().Match(line);
        Assert.True(match.Success);
        Assert.Equal(number, match.Groups["n"].Value);
        Assert.Equal(rest, match.Groups["rest"].Value);
    }

    [Theory]
    [InlineData("1234. Too long a number")]
    [InlineData("12.5 per cent of the budget")]
    [InlineData("(1) item")]
    [InlineData("2 Ibid.")]
    public void Other_numbered_lines_are_no_operative_paragraphs(string line) =>
        Assert.DoesNotMatch(ClauseShape.OperativeNumber(), line);
}
