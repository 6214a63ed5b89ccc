using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>Agreed language in the browser: search the library, open an adopted text, start a draft from it, check a draft.</summary>
public class LibraryPageTests
{
    private const string Adopted = """
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
        <meta><classification source="#un"><keyword refersTo="agenda" value="X" dictionary="S/" showAs="Protection of United Nations peacekeepers."/></classification></meta>
        <coverPage><p><docNumber refersTo="#symbol">S/RES/9100 (2031)</docNumber></p><p><docDate date="2031-03-01" refersTo="#adoptionDate">1 March 2031</docDate></p></coverPage>
        <preamble><formula><p>The Security Council,</p></formula><container><p><span class="italic">Recalling</span> its resolutions on the safety of peacekeepers,</p></container></preamble>
        <mainBody><paragraph><num>1.</num><content><p><span class="italic">Strongly condemns</span> all attacks against peacekeepers &lt;b&gt;and&lt;/b&gt; associated personnel;</p></content></paragraph>
        <paragraph><num>2.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody>
        </statement></akomaNtoso>
        """;

    [Fact]
    public async Task A_drafter_searches_agreed_language_opens_the_adopted_text_and_starts_a_draft_from_it()
    {
        await using var world = await DraftingBrowser.StartAsync();
        using (var admin = await world.Scenario.App.AdminAsync())
        {
            var body = new ByteArrayContent(Encoding.UTF8.GetBytes(Adopted));
            body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
            (await admin.PostAsync("/api/library", body)).EnsureSuccessStatusCode();
        }

        var page = await world.SignInAsync("drafter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Library" }).ClickAsync();
        await page.Locator("#library-search input[type=search]").FillAsync("\"strongly condemns all attacks\"");
        await page.Locator("#library-search input[type=submit]").ClickAsync();
        var hit = page.Locator(".library-hits li.hit").First;
        await Expect(hit.Locator("mark")).ToHaveTextAsync("Strongly condemns all attacks");
        // The text's own markup stays text.
        await Expect(hit).ToContainTextAsync("<b>and</b> associated personnel");
        await Expect(hit.Locator("b")).ToHaveCountAsync(0);

        await hit.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#library-document h2")).ToHaveTextAsync("S/RES/9100 (2031)");
        await Expect(page.Locator("#library-document")).ToContainTextAsync("Source: United Nations.");
        // The Council names its agenda items where the Assembly numbers them: the name alone, never "agenda item Protection…".
        await Expect(page.Locator("#library-document p.muted").First).ToHaveTextAsync("Security Council · 2031-03-01 · Protection of United Nations peacekeepers");
        await page.GetByRole(AriaRole.Button, new() { Name = "New draft from this text" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/resolutions/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await DraftingBrowser.WaitConnectedAsync(page);

        // The new draft's paragraphs are the adopted ones: once the whole draft's check is on the text, each has its mark.
        await DraftingBrowser.WaitForMarksAsync(page);
        await Expect(page.Locator("#document .agreed-mark[data-agreed=identical]")).ToHaveCountAsync(3);
        // And the check beside the text says so.
        await page.Locator("#agreed-language").GetByRole(AriaRole.Button, new() { Name = "Check this draft" }).ClickAsync();
        await Expect(page.Locator("#agreed-language .agreed-list li")).ToHaveCountAsync(3);
        await Expect(page.Locator("#agreed-language .agreed-list li").Nth(1)).ToContainTextAsync("as in S/RES/9100 (2031) OP 1, identical");
        world.AssertNoConsoleErrors("Failed to load resource");
    }
}
