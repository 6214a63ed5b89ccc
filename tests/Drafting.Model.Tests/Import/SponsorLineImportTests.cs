using Drafting.Model.Import;

namespace Drafting.Model.Tests.Import;

/// <summary>Sponsor lines as published, with the slips delegations' copies carry.</summary>
public class SponsorLineImportTests
{
    private static ImportResult Import(string sponsorLine) => ResolutionImporter.Default.Import($"""
        General Assembly

        {sponsorLine}: draft resolution

        The General Assembly,

        1. *Decides* to remain seized of the matter.
        """);

    private static List<string> Names(ImportResult result) => [.. result.Resolution!.Sponsors.Select(s => s.Name)];

    private static List<string> Warnings(ImportResult result, string code) => [.. result.Warnings.Where(w => w.Code == code).Select(w => w.Message)];

    [Fact]
    public void Empty_items_are_skipped_with_a_warning()
    {
        var result = Import("Ghana, , Kenya, Nigeria,, and South Africa");
        Assert.Equal(["Ghana", "Kenya", "Nigeria", "South Africa"], Names(result));
        Assert.Contains("2 empty item(s)", Assert.Single(Warnings(result, "sponsor-empty-item")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_comma_between_two_member_states_makes_two_sponsors()
    {
        var result = Import("Brazil, Costa Rica Cuba, Dominican Republic and Trinidad and Tobago");
        Assert.Equal(["Brazil", "Costa Rica", "Cuba", "Dominican Republic", "Trinidad and Tobago"], Names(result));
        Assert.Contains("between \"Costa Rica\" and \"Cuba\"", Assert.Single(Warnings(result, "sponsor-corrected")), StringComparison.Ordinal);
        Assert.Empty(Warnings(result, "unknown-sponsor"));
    }

    [Fact]
    public void Curly_apostrophes_and_long_names_are_matched()
    {
        var result = Import("C\u00F4te d\u2019Ivoire, Lao People\u2019s Democratic Republic, Bolivia (Plurinational State of) and Venezuela (Bolivarian Republic of)");
        Assert.Equal(["C\u00F4te d'Ivoire", "Lao People's Democratic Republic", "Bolivia (Plurinational State of)", "Venezuela (Bolivarian Republic of)"], Names(result));
        Assert.Equal(2, Warnings(result, "sponsor-corrected").Count);
        Assert.Empty(Warnings(result, "unknown-sponsor"));
    }

    [Fact]
    public void Former_names_become_current_ones_with_a_warning()
    {
        var result = Import("Turkey, Swaziland and Czech Republic");
        Assert.Equal(["T\u00FCrkiye", "Eswatini", "Czechia"], Names(result));
        Assert.Equal(3, Warnings(result, "sponsor-corrected").Count);
        Assert.Contains("\"Turkey\" is now \"T\u00FCrkiye\"", Warnings(result, "sponsor-corrected")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_names_are_kept_and_flagged()
    {
        var result = Import("France, Atlantis and Germany");
        Assert.Equal(["France", "Atlantis", "Germany"], Names(result));
        Assert.Contains("\"Atlantis\"", Assert.Single(Warnings(result, "unknown-sponsor")), StringComparison.Ordinal);
    }
}
