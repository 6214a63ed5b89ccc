using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>
/// The import report shows the warnings of issue 28's shapes, each with its line: an enumeration run into a line kept as
/// text, text without a label kept inside a list, a label alone that takes the text after the blank line, a label read
/// as words of an unfinished sentence. Nothing the importer decides for a person is left out of what the page shows.
/// </summary>
public class ImportShapeWarningsTests
{
    /// <summary>Cut from A/RES/78/269 (paragraph 4), S/RES/2063 (2012) (paragraphs 3 and 22) and S/RES/1528 (2004) (paragraph 6), texts cut short.</summary>
    private const string Draft = """
        **Symbol:** S/2026/281

        The Security Council,

        *Recalling* its previous resolutions on the situation in Darfur,

        1. *Decides* that the organizational arrangements for the two multi-stakeholder panels will be as follows:

        (a) Two multi-stakeholder panels will be held in parallel to the plenary segment;

        (b) The multi-stakeholder panels will address the following themes:

        Panel 1: Addressing the urgent global risk of antimicrobial resistance;

        Panel 2: Addressing human health, animal health and agrifood systems;

        (c) Each of the two multi-stakeholder panels will be co-chaired by two representatives;

        2. *Underlines* the need for UNAMID to give priority to: (a) the protection of civilians across Darfur; and (b) ensuring safe, timely and unhindered humanitarian access;

        3. *Requests* the Secretary-General to ensure (a) continued monitoring and reporting of the situation of children and
        (b) continued dialogue with the parties to the conflict;

        4. *Decides* that the mandate of UNOCI shall be the following:

        (a) To assist the Government of National Reconciliation in the regrouping of all the Ivorian forces,

        (b)

        To help the Government of National Reconciliation implement the national programme for disarmament;

        5. *Decides* to remain actively seized of the matter.
        """;

    [Fact]
    public async Task The_import_report_names_each_shape_the_importer_read_with_its_line()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await Expect(page.Locator("#resolutions a")).ToHaveCountAsync(1);

        await page.FillAsync("#import-text", Draft);
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#import input[type=submit]"), r => r.Url.EndsWith("/api/resolutions/import", StringComparison.Ordinal));
        Assert.Equal((int)HttpStatusCode.Created, response.Status);
        var warnings = System.Text.Json.JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("warnings").EnumerateArray()
            .Select(w => (Line: w.GetProperty("line").GetInt32(), Code: w.GetProperty("code").GetString()!)).ToList();
        Assert.Equal([(15, "text-in-list"), (19, "run-in-enumeration"), (22, "label-read-as-text"), (30, "joined-paragraph")],
            warnings.Where(w => w.Code is "text-in-list" or "run-in-enumeration" or "label-read-as-text" or "joined-paragraph").ToList());

        var items = page.Locator("#import-report .import-warnings li");
        await Expect(items.Filter(new() { HasText = "Line 15: Line 15 has no label but stands inside a list" })).ToHaveCountAsync(1);
        await Expect(items.Filter(new() { HasText = "Line 19: Line 19 runs an enumeration into its sentence ((a), (b))" })).ToHaveCountAsync(1);
        await Expect(items.Filter(new() { HasText = "Line 22: 'b' at the start of line 22 was read as words of the sentence" })).ToHaveCountAsync(1);
        await Expect(items.Filter(new() { HasText = "Line 30: Line 30 continues the sentence of line 28" })).ToHaveCountAsync(1);
        await Expect(items).ToHaveCountAsync(warnings.Count);
        world.AssertNoConsoleErrors();
    }
}
