using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Resolutions;

/// <summary>The parts of a clause's text: its italic opening phrase and what follows it.</summary>
public class ClauseTextTests
{
    [Fact]
    public void The_text_after_the_opening_is_what_follows_the_phrase_or_the_whole_text_without_one()
    {
        Assert.Equal(" its resolution 2417 (2018),", new Clause(ClauseId.New(), ClauseKind.Preambular, "Recalling its resolution 2417 (2018),", "Recalling").TextAfterOpening);
        Assert.Equal("its resolution 2417 (2018),", new Clause(ClauseId.New(), ClauseKind.Preambular, "its resolution 2417 (2018),").TextAfterOpening);
    }
}
