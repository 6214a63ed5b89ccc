using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// Agreed language taken into a draft in the browser: a drafter searches it beside the text, proposes a hit as a new
/// paragraph with its source, sees the paragraph's agreed-language mark once it is accepted, and opens it across years.
/// </summary>
public class AgreedLanguageJourneyTests
{
    private static string Adopted(string symbol, string date, string operative) => $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
        <meta><classification source="#un"><keyword refersTo="agenda" value="X" dictionary="S/" showAs="Protection of United Nations peacekeepers."/></classification></meta>
        <coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p><p><docDate date="{date}" refersTo="#adoptionDate">{date}</docDate></p></coverPage>
        <preamble><formula><p>The Security Council,</p></formula><container><p><span class="italic">Recalling</span> its resolutions on the safety of peacekeepers,</p></container></preamble>
        <mainBody><paragraph><num>1.</num><content><p>{operative}</p></content></paragraph>
        <paragraph><num>2.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody>
        </statement></akomaNtoso>
        """;

    private static async Task LoadLibraryAsync(DraftingBrowser world, params string[] adopted)
    {
        using var admin = await world.Scenario.App.AdminAsync();
        foreach (var xml in adopted)
        {
            var body = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
            body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            (await admin.PostAsync("/api/library", body)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// The whole draft's check against the library takes seconds on a long draft: the page is ready (text, panels, live)
    /// without it, and the marks follow with their own signal. The browser holds the check's answer back until the page
    /// said it is ready (a page that waited for it would never be ready) and until a paragraph added meanwhile has its
    /// own mark: the older answer, which does not know that paragraph, must not take the mark away.
    /// </summary>
    [Fact]
    public async Task The_page_is_ready_before_the_whole_drafts_agreed_language_check_answers_and_its_marks_follow()
    {
        await using var world = await DraftingBrowser.StartAsync();
        await LoadLibraryAsync(world, Adopted("S/RES/9200 (2031)", "2031-03-01", "<span class=\"italic\">Deplores</span> all attacks against peacekeepers and associated personnel;"));
        var page = await world.SignInAsync("drafter");
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith("/agreed-language", StringComparison.Ordinal) && new Uri(url).Query.Length == 0, async route =>
        {
            var response = await route.FetchAsync();
            answered.TrySetResult();
            await held.Task;
            await route.FulfillAsync(new() { Response = response });
        });
        await page.GotoAsync($"/resolutions/{world.ResolutionId}");
        await DraftingBrowser.WaitConnectedAsync(page);
        await answered.Task;
        Assert.Equal(0, await page.Locator(".agreed-mark").CountAsync());
        Assert.Null(await page.GetAttributeAsync("body", "data-agreed-marks"));

        // Added after the server answered for the whole draft: checked alone, it gets its mark at once.
        (await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path("/clauses"),
            new { kind = "operative", position = 0, text = "Deplores all attacks against peacekeepers and associated personnel;" })).EnsureSuccessStatusCode();
        var clause = page.Locator(".clause").Filter(new() { Has = page.Locator(".clause-text", new() { HasText = "Deplores all attacks against peacekeepers" }) });
        await Expect(clause.Locator(".agreed-mark")).ToHaveAttributeAsync("aria-label", "as in S/RES/9200 (2031) OP 1, identical");

        held.SetResult();
        await DraftingBrowser.WaitForMarksAsync(page);
        await Expect(clause.Locator(".agreed-mark")).ToHaveAttributeAsync("aria-label", "as in S/RES/9200 (2031) OP 1, identical");
        Assert.Equal(1, await page.EvaluateAsync<int>("performance.getEntriesByName('drafting-ready').length"));
        Assert.True(await page.EvaluateAsync<bool>(
            "performance.getEntriesByName('drafting-ready')[0].startTime < performance.getEntriesByName('drafting-agreed-marks')[0].startTime"),
            "The marks were signalled before the page was ready.");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_drafter_proposes_a_hit_with_its_source_sees_its_mark_and_opens_it_across_years()
    {
        await using var world = await DraftingBrowser.StartAsync();
        using (var admin = await world.Scenario.App.AdminAsync())
        {
            foreach (var xml in new[]
            {
                Adopted("S/RES/9200 (2031)", "2031-03-01", "<span class=\"italic\">Deplores</span> all attacks against peacekeepers and associated personnel;"),
                Adopted("S/RES/9201 (2032)", "2032-03-01", "<span class=\"italic\">Strongly condemns</span> all attacks against peacekeepers and associated personnel;"),
            })
            {
                var body = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
                body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
                (await admin.PostAsync("/api/library", body)).EnsureSuccessStatusCode();
            }
        }

        (await world.Scenario.Penholder.PutAsJsonAsync(world.Scenario.Path("/mode"), new { mode = "proposals" })).EnsureSuccessStatusCode();
        var drafter = await world.OpenResolutionAsync("drafter");
        // The whole draft's check has answered: the mark below can only come from the accepted paragraph's own check.
        await DraftingBrowser.WaitForMarksAsync(drafter);
        var panel = drafter.Locator("#agreed-language");
        await panel.Locator("input[type=search]").FillAsync("strongly condemns all attacks");
        await panel.Locator("input[type=submit]").ClickAsync();
        var hit = panel.Locator(".library-hits li.hit").First;
        await Expect(hit).ToContainTextAsync("S/RES/9201 (2032), OP 1");
        await hit.GetByRole(AriaRole.Button, new() { Name = "Propose as a paragraph: S/RES/9201 (2032), OP 1" }).ClickAsync();
        await Expect(hit.Locator(".taken")).ToHaveTextAsync("Proposed");

        // The proposal card says where the words come from.
        var card = drafter.Locator("#proposals .proposal").Filter(new() { HasText = "Strongly condemns all attacks" });
        await Expect(card.Locator(".source")).ToHaveTextAsync("from S/RES/9201 (2032), OP 1");

        // Accepted, the new paragraph shows its quiet mark: agreed language, word for word.
        var proposals = await world.Scenario.Penholder.GetFromJsonAsync<JsonElement>(world.Scenario.Path("/proposals?status=open"));
        var proposal = proposals.EnumerateArray().Single(p => p.GetProperty("source").ValueKind == JsonValueKind.Object);
        (await world.Scenario.Penholder.PostAsJsonAsync(world.Scenario.Path($"/proposals/{proposal.GetProperty("id").GetString()}/accept"), new { })).EnsureSuccessStatusCode();
        var clause = drafter.Locator(".clause").Filter(new() { Has = drafter.Locator(".clause-text", new() { HasText = "Strongly condemns all attacks against peacekeepers" }) });
        var mark = clause.Locator(".agreed-mark");
        await Expect(mark).ToHaveAttributeAsync("data-agreed", "identical");
        await Expect(mark).ToHaveAttributeAsync("aria-label", "as in S/RES/9201 (2032) OP 1, identical");

        // This year's draft goes further; its mark then opens the draft paragraph's own history, not the adopted one's.
        var clauseId = await mark.GetAttributeAsync("data-clause-of");
        (await world.Scenario.Penholder.PutAsJsonAsync(world.Scenario.Path($"/clauses/{clauseId}"), new
        {
            text = "Strongly condemns all attacks against peacekeepers, associated personnel and humanitarian workers;",
            baseVersion = 1,
            opId = "agreed-language-history",
        })).EnsureSuccessStatusCode();
        await Expect(mark).ToHaveAttributeAsync("data-agreed", "differs");

        // Across years: "deplores" became "condemns", and this draft adds humanitarian workers.
        await mark.ClickAsync();
        var years = panel.Locator(".years li");
        await Expect(years).ToHaveCountAsync(3);
        // The series it follows: the Council's agenda item under which both resolutions were adopted.
        await Expect(panel.Locator("p.series")).ToBeVisibleAsync();
        await Expect(panel.Locator("p.series")).ToHaveTextAsync("Series: Protection of United Nations peacekeepers");
        await Expect(years.Nth(0)).ToHaveAttributeAsync("data-symbol", "S/RES/9200 (2031)");
        await Expect(years.Nth(1)).ToHaveAttributeAsync("data-symbol", "S/RES/9201 (2032)");
        await Expect(years.Nth(1).Locator("del")).ToContainTextAsync("Deplores");
        await Expect(years.Nth(1).Locator("ins")).ToContainTextAsync("Strongly condemns");
        var draft = years.Nth(2);
        await Expect(draft).ToHaveAttributeAsync("data-kind", "draft");
        await Expect(draft).ToContainTextAsync("This draft, OP");
        await Expect(draft.Locator("ins").Filter(new() { HasText = "humanitarian workers" })).ToHaveCountAsync(1);
        world.AssertNoConsoleErrors("Failed to load resource");
    }
}
