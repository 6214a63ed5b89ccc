using static Drafting.Model.Tests.Import.Shapes.ShapeImport;

namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// A sign-off of a resumed meeting ("50th (resumed) plenary meeting" / "22 December 2023", 20 of the 200 General Assembly
/// resolutions of the corpus) closes the resolution like any other: it was read as one more operative paragraph.
/// </summary>
public class ResumedSignOffTests
{
    /// <summary>A/RES/78/258, its operative part and sign-off as printed (paragraph texts cut short).</summary>
    private const string Resolution78258 = """
        78/258. Fight against corruption and impunity in Honduras

        The General Assembly,

        *Reaffirming* the Charter of the United Nations, including the purposes and principles embodied therein,

        1. *Takes note* of the ongoing efforts of the Government of Honduras to combat corruption;

        2. *Requests* the Secretary-General, on an exceptional basis and without creating a precedent, to support the initiative of the Government of Honduras in its fight against corruption and impunity with a view to its prompt implementation.

        50th (resumed) plenary meeting
        22 December 2023
        """;

    [Theory]
    [InlineData("50th (resumed) plenary meeting\n22 December 2023")]
    [InlineData("50th (resumed) plenary meeting 22 December 2023")]
    [InlineData("\n50th resumed plenary meeting\n22 December 2023")]
    public void A_resumed_meeting_sign_off_is_neither_a_paragraph_nor_words_of_the_last(string signOff)
    {
        var text = Resolution78258.Replace("50th (resumed) plenary meeting\n22 December 2023", signOff, StringComparison.Ordinal);
        var resolution = Imported(text, out _);

        Assert.Equal(2, resolution.Operative.Length);
        Assert.EndsWith("with a view to its prompt implementation.", resolution.Operative[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("plenary meeting", AllText(resolution), StringComparison.Ordinal);
    }
}
