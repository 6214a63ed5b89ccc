using Drafting.Model.Participants;

namespace Drafting.Model.Tests.Participants;

/// <summary>
/// An account's organization decides who reads organization-only comments, so a near miss of a known name is
/// refused with the name meant, while a name far from every known one is taken as written.
/// </summary>
public class OrganizationsTests
{
    [Theory]
    [InlineData(" france ", "France")]
    [InlineData("SECRETARIAT", "Secretariat")]
    [InlineData("african union", "African Union")]
    public void A_known_name_in_any_case_is_stored_in_its_official_spelling(string written, string stored) =>
        Assert.Equal((stored, null), Organizations.Resolve(written));

    [Theory]
    [InlineData("Frnace", "France")]
    [InlineData("Chlie", "Chile")]
    [InlineData("Gaban", "Gabon")]
    [InlineData("Botwsana", "Botswana")]
    [InlineData("Austrlai", "Australia")]
    [InlineData("Secreteriat", "Secretariat")]
    public void A_near_miss_is_refused_with_the_name_meant(string written, string meant) =>
        Assert.Equal((null, meant), Organizations.Resolve(written));

    [Theory]
    [InlineData("Pery")]
    [InlineData("Bostwnaa")]
    public void A_four_letter_name_tolerates_no_slip_and_an_eight_letter_one_no_second_slip(string written) =>
        Assert.Equal((written, null), Organizations.Resolve(written));

    [Theory]
    [InlineData("La France")]
    [InlineData("tralia")]
    public void Three_letters_more_or_fewer_than_a_known_name_are_no_slip(string written) =>
        Assert.Equal((written, null), Organizations.Resolve(written));

    [Theory]
    [InlineData("Austrai", "Austria")]
    [InlineData("Nigre", "Niger")]
    [InlineData("Nigeira", "Nigeria")]
    public void Of_several_names_within_reach_the_nearest_is_meant(string written, string meant) =>
        Assert.Equal((null, meant), Organizations.Resolve(written));

    [Fact]
    public void A_name_far_from_every_known_one_is_taken_as_written_without_its_surrounding_spaces() =>
        Assert.Equal(("Working Group on Mandates", null), Organizations.Resolve("  Working Group on Mandates "));

    [Fact]
    public void The_known_names_are_the_States_then_the_regional_organizations_then_the_Secretariat()
    {
        Assert.Equal(Organizations.Secretariat, Organizations.Known[^1]);
        Assert.Equal(Organizations.Regional, Organizations.Known.Skip(Organizations.Known.Count - 1 - Organizations.Regional.Count).Take(Organizations.Regional.Count));
        Assert.Contains("France", Organizations.Known.Take(Organizations.Known.Count - 1 - Organizations.Regional.Count));
    }
}
