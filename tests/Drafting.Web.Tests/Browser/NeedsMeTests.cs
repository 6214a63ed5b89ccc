using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>What needs each delegation, off the draft's page and on it: the list per role, live, and the notifications kept for whoever was away.</summary>
public class NeedsMeTests
{
    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The list page, read and listening for the reader's notifications.</summary>
    private static async Task<IPage> ListAsync(DraftingBrowser world, string userName, ViewportSize? viewport = null)
    {
        var page = await world.SignInAsync(userName, viewport);
        await page.WaitForSelectorAsync("body[data-ready=true][data-live=connected]");
        return page;
    }

    private static ILocator Row(IPage page, DraftingBrowser world) => page.Locator($"tr[data-id=\"{world.ResolutionId}\"]");

    [Fact]
    public async Task The_list_shows_a_running_silence_to_everyone_and_waiting_proposals_to_the_pen_holder_live()
    {
        await using var world = await DraftingBrowser.StartAsync();
        // A second draft of France's that needs nothing, for the "needs me" filter.
        var other = await world.Scenario.Penholder.PostAsJsonAsync("/api/resolutions", new { organ = "General Assembly" });
        other.EnsureSuccessStatusCode();

        var france = await ListAsync(world, "penholder");
        var ghana = await ListAsync(world, "drafter");
        var union = await ListAsync(world, "observer");
        await Expect(france.Locator("#resolutions tr")).ToHaveCountAsync(2);

        // Ghana proposes: France's line says so at once; nobody else is asked to decide.
        await PostAsync(world.Scenario.Clients["drafter"], world.Scenario.Path("/proposals"), new { kind = "delete", clauseId = world.Scenario.ClauseId("operative", 2) });
        await Expect(Row(france, world).Locator(".waiting")).ToHaveTextAsync("1 proposal waiting for your decision");
        await Expect(Row(france, world).Locator(".unread")).ToHaveTextAsync("1 unread");

        await france.CheckAsync("#needs-me");
        await Expect(france.Locator("#resolutions tr")).ToHaveCountAsync(1);
        await Expect(france.Locator("#list-count")).ToHaveTextAsync("1 of 2 need you");
        await france.UncheckAsync("#needs-me");

        // The secretary publishes and starts a silence: every delegation's list shows it with its deadline in both clocks.
        await PostAsync(world.Scenario.Penholder, world.Scenario.Path("/revisions"), new { label = "Rev.1" });
        // 18:00 in New York the day after tomorrow, as the secretary would set it.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var day = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, newYork).Date.AddDays(2).AddHours(18);
        var until = new DateTimeOffset(day, newYork.GetUtcOffset(day));
        await PostAsync(world.Scenario.Clients["secretary"], world.Scenario.Path("/silence"), new { revision = 0, until });
        foreach (var page in new[] { france, ghana, union })
        {
            var silence = Row(page, world).Locator(".silence-until");
            await Expect(silence).ToContainTextAsync($"Silence on revision 0 until {day:ddd}, {day.Day} ");
            await Expect(silence).ToContainTextAsync(", 18:00 New York time");
        }

        await Expect(Row(ghana, world).Locator(".unread")).ToHaveTextAsync("2 unread");
        await Expect(Row(ghana, world).Locator(".waiting")).ToHaveCountAsync(0);
        await Expect(Row(union, world).Locator(".waiting")).ToHaveCountAsync(0);

        await france.SelectOptionAsync("#sort", "deadline");
        await Expect(france.Locator("#resolutions tr").First).ToHaveAttributeAsync("data-id", world.ResolutionId.ToString());
        await Screenshots.OfAsync(france.Locator("main"), "resolutions-needs-you.png");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_drafter_away_finds_on_return_what_happened_and_hears_the_next_live()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var ghana = await world.OpenResolutionAsync("drafter");
        await Expect(ghana.Locator("#notifications .notification")).ToHaveCountAsync(0);
        var proposal = await (await world.Scenario.Clients["drafter"].PostAsJsonAsync(world.Scenario.Path("/proposals"),
            new { kind = "delete", clauseId = world.Scenario.ClauseId("operative", 2) })).Content.ReadFromJsonAsync<JsonElement>();
        await ghana.Context.CloseAsync();

        // While Ghana is away: its proposal is rejected, Rev.1 is published and put under silence.
        await PostAsync(world.Scenario.Penholder, world.Scenario.Path($"/proposals/{proposal.GetProperty("id").GetString()}/reject"), new { reason = "OP 3 stays." });
        await PostAsync(world.Scenario.Penholder, world.Scenario.Path("/revisions"), new { label = "Rev.1" });
        await PostAsync(world.Scenario.Clients["secretary"], world.Scenario.Path("/silence"), new { revision = 0, until = DateTimeOffset.UtcNow.AddDays(2) });

        var back = await ListAsync(world, "drafter");
        await Expect(Row(back, world).Locator(".unread")).ToHaveTextAsync("3 unread");
        await Row(back, world).Locator("a").ClickAsync();
        await DraftingBrowser.WaitConnectedAsync(back);
        await Expect(back.Locator(".panel-tabs [data-tab=notifications] .tab-count")).ToHaveTextAsync("3");
        await back.ClickAsync(".panel-tabs [data-tab=notifications]");
        var items = back.Locator("#notifications .notification.unread");
        await Expect(items).ToHaveCountAsync(3);
        await Expect(items.Nth(0)).ToContainTextAsync("Silence on revision 0 until");
        await Expect(items.Nth(1)).ToContainTextAsync("Rev.1 published.");
        await Expect(items.Nth(2)).ToContainTextAsync("Your delegation's proposal was rejected: OP 3 stays.");
        await Expect(back.Locator("#silence")).ToBeHiddenAsync();
        await Screenshots.OfAsync(back.Locator("aside.side"), "notifications-panel.png");

        await back.ClickAsync("#mark-read");
        await Expect(back.Locator("#notifications .notification.unread")).ToHaveCountAsync(0);
        await Expect(back.Locator(".panel-tabs [data-tab=notifications] .tab-count")).ToHaveCountAsync(0);

        // Live while on the page: Kenya breaks the silence.
        using var kenya = await world.Server.App.ClientForAsync("drafter2", "drafter2-password-123");
        await PostAsync(kenya, world.Scenario.Path("/silence/break"), new { statement = "Kenya asks for one more day." });
        await Expect(back.Locator("#notifications .notification.unread")).ToContainTextAsync("Kenya broke the silence on revision 0");
        await Expect(back.Locator(".panel-tabs [data-tab=notifications] .tab-count")).ToHaveTextAsync("1");
        var unread = await world.Scenario.Clients["drafter"].GetFromJsonAsync<JsonElement>("/api/notifications?unread=true");
        Assert.Equal(1, unread.GetArrayLength());
        world.AssertNoConsoleErrors();
    }
}
