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
        // The list narrows to a symbol's beginning, in any case, and says when nothing is left.
        var find = page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox, new() { Name = "Symbol or title" });
        await find.FillAsync("s/res/9100");
        await find.PressAsync("Enter");
        await Expect(page.Locator("#library-list tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#library-list tr td").First).ToHaveTextAsync("S/RES/9100 (2031)");
        // A Council text has no title: the list names its agenda item instead.
        await Expect(page.Locator("#library-list tr td").Nth(3)).ToHaveTextAsync("Protection of United Nations peacekeepers");
        await find.FillAsync("S/RES/9199");
        await find.PressAsync("Enter");
        await Expect(page.Locator("#library-list")).ToHaveTextAsync("No adopted text has that symbol or title.");
        await page.Locator("#library-search input[type=search]").FillAsync("\"strongly condemns all attacks\"");
        await page.Locator("#library-search input[type=submit]").ClickAsync();
        var hit = page.Locator(".library-hits li.hit").First;
        await Expect(hit.Locator("mark")).ToHaveTextAsync("Strongly condemns all attacks");
        // The text's own markup stays text.
        await Expect(hit).ToContainTextAsync("<b>and</b> associated personnel");
        await Expect(hit.Locator("b")).ToHaveCountAsync(0);

        await hit.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#library-document h2")).ToHaveTextAsync("S/RES/9100 (2031)");
        // Importing and removing are the site admin's.
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await Expect(page.Locator("#library-admin")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove from the library…" })).ToHaveCountAsync(0);
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

    [Fact]
    public async Task The_admin_imports_files_from_the_page_sees_each_file_reported_and_removes_a_text()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Library" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.Locator("#library-files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "S_RES_9101.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(Adopted.Replace("9100", "9101", StringComparison.Ordinal)) },
            new FilePayload { Name = "broken.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes("<akomaNtoso><statement>") },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        var report = page.Locator("#library-admin .library-import-report");
        await Expect(report.Locator("p").First).ToHaveTextAsync("1 imported, 1 refused.");
        await Expect(report.Locator(".library-imported li")).ToHaveTextAsync("S/RES/9101 (2031) from S_RES_9101.xml");
        await Expect(report.Locator(".library-refused li")).ToContainTextAsync("broken.xml: ");
        await Expect(page.Locator("#library-list")).ToContainTextAsync("S/RES/9101 (2031)");
        await Screenshots.OfAsync(page.Locator("#library-admin"), "library-import-report.png");

        // The same file again says which import it replaced.
        await page.Locator("#library-files").SetInputFilesAsync(new FilePayload { Name = "again.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(Adopted.Replace("9100", "9101", StringComparison.Ordinal)) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(report.Locator(".library-imported li")).ToHaveTextAsync("S/RES/9101 (2031) from again.xml (replaced the text read from S_RES_9101.xml)");

        var address = await report.GetByRole(AriaRole.Link, new() { Name = "S/RES/9101 (2031)" }).GetAttributeAsync("href");
        await report.GetByRole(AriaRole.Link, new() { Name = "S/RES/9101 (2031)" }).ClickAsync();
        await Expect(page.Locator("#library-document h2")).ToHaveTextAsync("S/RES/9101 (2031)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove from the library…" }).ClickAsync();
        await Expect(page.Locator(".library-remove-confirm")).ToContainTextAsync("Remove S/RES/9101 (2031) and its 3 paragraphs from search and checks? Drafts keep what they took from it.");
        await Screenshots.OfAsync(page.Locator("#library-document .library-remove"), "library-remove-confirm.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove S/RES/9101 (2031)" }).ClickAsync();
        await Expect(page.Locator("#library-document [role=status]")).ToHaveTextAsync(
            "Removed S/RES/9101 (2031) (3 paragraphs, imported from again.xml) from the library. No draft paragraph cited it.");
        Assert.Equal("/library", new Uri(page.Url).AbsolutePath);
        await Screenshots.OfAsync(page.Locator("main"), "library-removed.png");
        await Expect(page.Locator("#library-list")).Not.ToContainTextAsync("S/RES/9101 (2031)");

        // Its address, as a draft's source link keeps it, now says what happened.
        await page.GotoAsync(address!);
        await Expect(page.Locator("#library-document")).ToHaveTextAsync(
            "This adopted text is not in the library (any more): the site administrator may have taken it out. Drafts that took words from it keep its symbol and citation as their source.");
        world.AssertNoConsoleErrors("Failed to load resource");
    }
}
