using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Resolutions;

/// <summary>Naming a draft: the UN symbol forms, one-line values, the field named in every refusal.</summary>
public class DraftNamingTests
{
    [Theory]
    [InlineData("S/2026/118")]
    [InlineData("S/RES/2518 (2020)")]
    [InlineData("S/PRST/2024/3")]
    [InlineData("A/79/L.12")]
    [InlineData("A/RES/79/181")]
    [InlineData("A/C.3/79/L.5")]
    [InlineData("A/C.3/79/L.5/Rev.1")]
    [InlineData("A/ES-10/L.30/Rev.1")]
    [InlineData("A/RES/ES-10/22")]
    [InlineData("A/HRC/55/L.3")]
    [InlineData("E/2026/L.5")]
    [InlineData("S/2026/118/Add.1/Corr.2")]
    [InlineData(" A/79/L.12 ")]
    public void UN_symbol_forms_are_accepted(string symbol) => Assert.True(UnSymbol.IsValid(symbol), symbol);

    [Theory]
    [InlineData("S/2026-118")]
    [InlineData("S/26/118")]
    [InlineData("A/79/L12")]
    [InlineData("A/C.9/79/L.5")]
    [InlineData("S/RES/2518")]
    [InlineData("S/2026/118/Rev")]
    [InlineData("s/2026/118")]
    [InlineData("Draft resolution 3")]
    [InlineData("")]
    public void Other_forms_are_refused(string symbol) => Assert.False(UnSymbol.IsValid(symbol), symbol);

    [Fact]
    public void Absent_fields_stay_empty_ones_clear_and_the_version_moves_on()
    {
        var draft = new Resolution(Guid.NewGuid(), Organ.GeneralAssembly, "The General Assembly,", [], [], title: "Old title", symbol: "A/79/L.1");
        var named = new DraftNaming(Symbol: "A/C.3/79/L.5", AgendaItems: ["71 (b) Human rights"]).ApplyTo(draft).Write!;
        Assert.Equal(("Old title", "A/C.3/79/L.5", (string?)null, 2), (named.Title, named.Symbol, named.Session, named.Version));
        Assert.Equal(["71 (b) Human rights"], named.AgendaItems);
        var cleared = new DraftNaming(Title: "", AgendaItems: []).ApplyTo(named).Write!;
        Assert.Null(cleared.Title);
        Assert.Empty(cleared.AgendaItems);
        Assert.Equal("A/C.3/79/L.5", cleared.Symbol);
    }

    [Theory]
    [InlineData("symbol", "S/2026-118")]
    [InlineData("title", "Two\nlines")]
    [InlineData("session", "A\tsession")]
    public void A_refusal_names_its_field(string field, string value)
    {
        var draft = new Resolution(Guid.NewGuid(), Organ.SecurityCouncil, "The Security Council,", [], []);
        var naming = field switch
        {
            "symbol" => new DraftNaming(Symbol: value),
            "title" => new DraftNaming(Title: value),
            _ => new DraftNaming(Session: value),
        };
        var refusal = naming.ApplyTo(draft).Refusal!;
        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.StartsWith($"{field}:", refusal.Message, StringComparison.Ordinal);
        Assert.StartsWith("agendaItems[1]:", new DraftNaming(AgendaItems: ["fine", new string('x', 501)]).ApplyTo(draft).Refusal!.Message, StringComparison.Ordinal);
        Assert.NotNull(new DraftNaming().ApplyTo(draft).Refusal);
    }
}
