using System.Net.Http.Headers;
using Drafting.Api.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>Word files in the page: a .docx draft imported on the resolutions page, a delegation's reviewed file on the resolution page.</summary>
public class WordTests
{
    [Fact]
    public async Task A_word_draft_picked_on_the_resolutions_page_opens_as_a_resolution()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        await page.SetInputFilesAsync("#import-file", Path.Combine(AppContext.BaseDirectory, "fixtures", "word-libreoffice-lists.docx"));
        await page.ClickAsync("#import input[type=submit]");
        await page.WaitForURLAsync("**/resolutions/*", new() { WaitUntil = WaitUntilState.Commit });
        await DraftingBrowser.WaitConnectedAsync(page);
        await Expect(page.Locator("article .op .number")).ToHaveTextAsync(["1.", "2.", "3."]);
        await Expect(page.Locator("article .op .opening").First).ToHaveTextAsync("Strongly condemns");
        await Expect(page.Locator("article .pp .opening")).ToHaveTextAsync(["Recalling", "Stressing"]);
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_bad_word_file_dropped_on_the_import_box_shows_why()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var page = await world.SignInAsync("drafter");
        // Sign-in returns as the list page starts loading: the drop zone listens once the page is whole.
        await page.WaitForSelectorAsync("body[data-ready=true]");
        // A renamed .doc, dropped on the form as a person drags it from their desktop.
        var transfer = await page.EvaluateHandleAsync(@"() => {
            const bytes = new Uint8Array([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ...new Array(600).fill(0)]);
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], 'old-draft.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
            return transfer;
        }");
        await page.DispatchEventAsync("#import", "drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await Expect(page.Locator("#import-file")).ToHaveJSPropertyAsync("files.length", 1);
        await page.ClickAsync("#import input[type=submit]");
        await Expect(page.Locator("#import-error")).ToContainTextAsync("Word 97");
        await Expect(page.Locator("#resolutions a")).ToHaveCountAsync(1);
        world.AssertNoConsoleErrors("status of 400");
    }

    [Fact]
    public async Task A_delegations_reviewed_file_uploaded_on_the_resolution_page_appears_as_its_proposals_for_the_penholder()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var penholder = await world.OpenResolutionAsync("penholder");
        var drafter = await world.OpenResolutionAsync("drafter");

        // Ghana's delegate exports the text, edits it in Word with tracking on and comments on it.
        var exported = await world.Scenario.Clients["drafter"].GetByteArrayAsync(world.Scenario.Path("/export/docx"));
        var op2 = world.Scenario.Resolution.GetProperty("operative")[1].GetProperty("text").GetString()!;
        using var edited = new ReturnedWordFile(exported);
        var file = Path.Combine(Path.GetTempPath(), $"ghana-review-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(file, edited.Insert("drafter (Ghana)", op2[..30], " Added in Accra.").Comment("drafter (Ghana)", op2[..30], "See our note.").Bytes());
        try
        {
            await drafter.SetInputFilesAsync("#word-review-file", file);
            await drafter.ClickAsync("#word-review-upload");
            await Expect(drafter.Locator("#word-review-status")).ToContainTextAsync("1 proposal made for Ghana");
            await Expect(drafter.Locator("#word-review")).Not.ToContainTextAsync("null");
            if (Environment.GetEnvironmentVariable("DRAFTING_SCREENSHOTS") is { Length: > 0 } folder)
            {
                // For a person to look at the panel: DRAFTING_SCREENSHOTS=/tmp/shots.
                Directory.CreateDirectory(folder);
                await drafter.Locator("#word-review").ScreenshotAsync(new() { Path = Path.Combine(folder, "word-review.png") });
            }

            var card = penholder.Locator("#proposals article.proposal");
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card.Locator(".proposal-tag")).ToHaveTextAsync("[Ghana: replace]");
            await Expect(card).ToContainTextAsync("Added in Accra.");
            await Expect(penholder.Locator("#comments")).ToContainTextAsync("See our note.");
        }
        finally
        {
            File.Delete(file);
        }

        world.AssertNoConsoleErrors();
    }
}
