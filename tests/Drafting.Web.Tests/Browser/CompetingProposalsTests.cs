using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// Two delegations propose on the same paragraph; the pen-holder accepts one. The other's card then says it is based on
/// an older text, and accepting it first shows what changed since and the text it gives now: nothing merges unseen.
/// </summary>
public class CompetingProposalsTests
{
    [Fact]
    public async Task After_one_of_two_competing_proposals_is_accepted_the_other_is_marked_and_accepted_only_as_its_previewed_text()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var scenario = world.Scenario;
        var clause = scenario.ClauseId("operative", 0);
        var words = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!.Split(' ');
        var ghana = await ProposeAsync(scenario.Clients["drafter"], scenario, clause, "Reaffirms " + string.Join(' ', words[1..]));
        using var kenyaDelegate = await world.Server.App.ClientForAsync("drafter2", "drafter2-password-123");
        var kenya = await ProposeAsync(kenyaDelegate, scenario, clause, string.Join(' ', words[..^1].Append("matters;")));
        var penholder = await world.OpenResolutionAsync("penholder");
        var kenyaCard = penholder.Locator($"#proposals .proposal[data-proposal-id=\"{kenya}\"]");
        await Expect(kenyaCard.Locator(".older-text")).ToHaveCountAsync(0);

        await penholder.Locator($"#proposals .proposal[data-proposal-id=\"{ghana}\"]").GetByRole(AriaRole.Button, new() { Name = "Accept Ghana's proposal on OP 1" }).ClickAsync();
        await Expect(world.ClauseText(penholder, "operative", 0)).ToContainTextAsync("Reaffirms");
        await Expect(kenyaCard.Locator(".older-text")).ToHaveTextAsync("Based on an older text");
        // Every reader's card shows it against the text as it stands, and what changed since.
        await Expect(kenyaCard.Locator(".proposal-change")).ToContainTextAsync("As it would apply now:");
        await Expect(kenyaCard.Locator(".proposal-change .changed-since ins")).ToContainTextAsync("Reaffirms");

        await kenyaCard.GetByRole(AriaRole.Button, new() { Name = "Accept Kenya's proposal on OP 1" }).ClickAsync();
        var expected = "Reaffirms " + string.Join(' ', words[1..^1].Append("matters;"));
        await Expect(kenyaCard.Locator(".preview-result blockquote")).ToHaveTextAsync(expected);
        await Screenshots.OfAsync(kenyaCard, "negotiation-competing-preview.png");
        // Nothing is stored before the pen-holder accepts the text she was shown.
        Assert.DoesNotContain("matters", (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        await kenyaCard.GetByRole(AriaRole.Button, new() { Name = "Accept this text for Kenya's proposal on OP 1" }).ClickAsync();

        await Expect(world.ClauseText(penholder, "operative", 0)).ToHaveTextAsync(expected);
        Assert.Equal(expected, (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    private static async Task<string> ProposeAsync(HttpClient client, Api.Tests.Scenario scenario, string clause, string text)
    {
        var response = await client.PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "replace", clauseId = clause, text, baseVersion = 1 }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
    }
}
