using Drafting.Model.Participants;

namespace Drafting.Model.Tests.Participants;

public class PersonLabelTests
{
    [Theory]
    [InlineData("Ama Mensah", "Ghana", "Ama Mensah (Ghana)")]
    [InlineData("Maria Lopez", "", "Maria Lopez")]
    [InlineData(" ", "Ghana", "Ghana")]
    [InlineData(null, null, "the pen-holder")]
    public void A_person_is_named_with_their_delegation_when_both_are_known(string? name, string? organization, string expected) =>
        Assert.Equal(expected, PersonLabel.Of(name, organization, "the pen-holder"));
}
