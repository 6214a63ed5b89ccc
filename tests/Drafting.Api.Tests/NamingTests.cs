using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Drafting.Api.Live;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>
/// Naming a draft (<c>PATCH /api/resolutions/{id}</c>): title, symbol in a UN form, session and agenda items, each
/// optional; a bad value is a 400 naming its field and stores nothing; a change is an event, heard live and kept in the history.
/// </summary>
public class NamingTests
{
    [Theory]
    [InlineData("S/2026/118")]
    [InlineData("S/RES/2518 (2020)")]
    [InlineData("A/79/L.12")]
    [InlineData("A/RES/79/181")]
    [InlineData("A/C.3/79/L.5")]
    [InlineData("A/C.3/79/L.5/Rev.1")]
    [InlineData("S/2026/118/Add.1")]
    [InlineData("A/79/L.12/Corr.1")]
    public async Task A_UN_symbol_is_accepted_and_shown(string symbol)
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Clients["secretary"].PatchAsJsonAsync(scenario.Path(), new { symbol });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(symbol, (await scenario.CurrentAsync()).GetProperty("symbol").GetString());
    }

    [Theory]
    [InlineData("symbol", "S/2026-118")]
    [InlineData("symbol", "A/79/L12")]
    [InlineData("symbol", "Draft 3")]
    [InlineData("symbol", "S/2026/118/Rev")]
    [InlineData("title", "Two\nlines")]
    [InlineData("session", "Seventy-ninth\tsession")]
    public async Task A_bad_value_is_a_400_naming_the_field_and_changes_nothing(string field, string value)
    {
        await using var scenario = await Scenario.CreateAsync();
        var before = await scenario.CurrentAsync();
        var response = await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new Dictionary<string, string> { [field] = value });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid-request", problem.GetProperty("code").GetString());
        Assert.StartsWith($"{field}:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await scenario.CurrentAsync();
        Assert.Equal(before.GetProperty("seq").GetInt64(), after.GetProperty("seq").GetInt64());
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_bad_agenda_item_is_named_by_its_index()
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new { agendaItems = new[] { "71 (b) Human rights", "Two\nlines" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("agendaItems[1]:", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_field_is_optional_an_empty_value_clears_it_and_the_change_is_heard_live_and_kept_in_the_history()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await using var drafter = await scenario.ConnectAsync("drafter");
        var heard = Channel.CreateUnbounded<LiveEvent>();
        drafter.On<LiveEvent>(nameof(IDraftingClient.ResolutionNamed), e => heard.Writer.TryWrite(e));
        await drafter.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);

        (await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new { title = "Safety of peacekeepers", symbol = "S/2026/118", session = "Seventy-ninth session", agendaItems = new[] { "71 (b) Human rights", "72 Peacekeeping" } }))
            .EnsureSuccessStatusCode();
        var named = await heard.Reader.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(EventTypes.ResolutionNamed, named.Type);
        Assert.Equal("S/2026/118", named.Payload.GetProperty("symbol").GetString());
        Assert.False(named.Payload.GetProperty("previous").TryGetProperty("symbol", out _), "Seed 001 had no symbol before.");

        // Only the symbol: the rest stays; then the title is cleared.
        (await scenario.Clients["secretary"].PatchAsJsonAsync(scenario.Path(), new { symbol = "S/2026/118/Rev.1" })).EnsureSuccessStatusCode();
        (await scenario.Clients["secretary"].PatchAsJsonAsync(scenario.Path(), new { title = "" })).EnsureSuccessStatusCode();
        var current = await scenario.CurrentAsync();
        Assert.Equal("S/2026/118/Rev.1", current.GetProperty("symbol").GetString());
        Assert.False(current.TryGetProperty("title", out var title) && title.ValueKind != JsonValueKind.Null);
        Assert.Equal("Seventy-ninth session", current.GetProperty("session").GetString());
        Assert.Equal(["71 (b) Human rights", "72 Peacekeeping"], current.GetProperty("agendaItems").EnumerateArray().Select(i => i.GetString()));

        var history = await scenario.Clients["observer"].GetFromJsonAsync<JsonElement>(scenario.Path("/names"));
        Assert.Equal(3, history.GetArrayLength());
        Assert.Equal("secretary", history[1].GetProperty("byName").GetString());
        Assert.Equal("S/2026/118", history[1].GetProperty("names").GetProperty("previous").GetProperty("symbol").GetString());
        Assert.Equal("S/2026/118/Rev.1", history[1].GetProperty("names").GetProperty("symbol").GetString());

        // A published revision keeps the names it had.
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new { session = "" })).EnsureSuccessStatusCode();
        var zero = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/revisions/0"));
        Assert.Contains("Seventy-ninth session", zero.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_patch_is_a_400()
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.PatchAsJsonAsync(scenario.Path(), new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
