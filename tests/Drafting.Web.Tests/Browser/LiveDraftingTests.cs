using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Tests.Servers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drafting.Web.Tests.Browser;

/// <summary>Two or more people in one resolution, each in their own browser context, against the real server.</summary>
public class LiveDraftingTests
{
    private static ILocator Editor(DraftingBrowser world, IPage page, int operative) =>
        page.Locator($"[data-editor-of=\"{world.Scenario.ClauseId("operative", operative)}\"] textarea");

    [Fact]
    public async Task A_drafters_edit_appears_in_the_observers_page()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var observer = await world.OpenResolutionAsync("observer");

        // Keyboard: focus the paragraph, Enter opens it for editing.
        await world.ClauseText(drafter, "operative", 0).FocusAsync();
        await drafter.Keyboard.PressAsync("Enter");
        var editor = Editor(world, drafter, 0);
        await editor.PressAsync("End");
        await editor.PressSequentiallyAsync(" Edited live by Ghana.");

        await Expect(world.ClauseText(observer, "operative", 0)).ToContainTextAsync("Edited live by Ghana.");
        await Expect(drafter.Locator(".editor-status")).ToHaveTextAsync("Saved");
        // The observer sees who is on which clause.
        await Expect(observer.Locator($"[data-clause-id=\"{world.Scenario.ClauseId("operative", 0)}\"] .markers .person")).ToHaveCountAsync(1);
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Two_drafters_typing_in_the_same_clause_both_see_the_merged_text()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var first = await world.OpenResolutionAsync("drafter");
        var second = await world.OpenResolutionAsync("drafter2");
        var original = world.Scenario.Resolution.GetProperty("operative")[1].GetProperty("text").GetString()!;

        await world.ClauseText(first, "operative", 1).ClickAsync();
        await world.ClauseText(second, "operative", 1).ClickAsync();
        var a = Editor(world, first, 1);
        var b = Editor(world, second, 1);
        await a.PressAsync("End");
        await b.PressAsync("Control+Home");
        // Both type at once, from the same version: one at the end, one at the start.
        await Task.WhenAll(
            a.PressSequentiallyAsync(" Ghana adds this.", new() { Delay = 30 }),
            b.PressSequentiallyAsync("Kenya first. ", new() { Delay = 30 }));

        var merged = $"Kenya first. {original.TrimEnd()} Ghana adds this.";
        await Expect(a).ToHaveValueAsync(merged);
        await Expect(b).ToHaveValueAsync(merged);
        var stored = await world.Scenario.CurrentAsync();
        Assert.Equal(merged, stored.GetProperty("operative")[1].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Overlapping_edits_show_both_texts_and_let_the_user_choose()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var original = world.Scenario.Resolution.GetProperty("operative")[2].GetProperty("text").GetString()!;
        var (_, _, a, b, conflict) = await RaceToConflictAsync(world);
        await Expect(conflict.Locator(".mine")).ToContainTextAsync("wording of this paragraph;");
        await Expect(conflict.Locator(".theirs")).ToContainTextAsync("wording of this paragraph;");
        Assert.NotEqual(original, await conflict.Locator(".theirs").TextContentAsync());

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Take their text" }).ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        var stored = (await world.Scenario.CurrentAsync()).GetProperty("operative")[2].GetProperty("text").GetString();
        await Expect(a).ToHaveValueAsync(stored!);
        await Expect(b).ToHaveValueAsync(stored!);
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_conflict_box_names_the_other_drafter_and_shows_what_is_in_the_box_now()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var (first, second, a, b, conflict) = await RaceToConflictAsync(world);

        // Whichever page lost the race names the other: drafter (Ghana) and drafter2 (Kenya) are both display names.
        var lostOnFirst = await first.Locator(".conflict:visible").CountAsync() > 0;
        var (other, page, box) = lostOnFirst ? ("drafter2 (Kenya)", first, a) : ("drafter (Ghana)", second, b);
        await Expect(conflict.Locator(".conflict-author")).ToHaveTextAsync($"{other} changed the same words at the same time.");

        // She starts combining both in the box: "Yours" is what the box holds now, not what she first sent.
        var combined = "Ghana's and Kenya's wording of this paragraph;";
        await box.FillAsync(combined);
        await Expect(conflict.Locator(".mine")).ToHaveTextAsync(combined);
        await Screenshots.OfAsync(page.Locator($"[data-editor-of=\"{world.Scenario.ClauseId("operative", 2)}\"]"), "conflict.png");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Save my text" }).ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(page.Locator($"[data-editor-of=\"{world.Scenario.ClauseId("operative", 2)}\"] .editor-status")).ToHaveTextAsync("Saved");
        Assert.Equal(combined, (await world.Scenario.CurrentAsync()).GetProperty("operative")[2].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task An_observers_comment_appears_in_the_drafters_side_panel()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var observer = await world.OpenResolutionAsync("observer");
        var clause = world.ClauseText(observer, "preambular", 0);
        var text = world.Scenario.Resolution.GetProperty("preambular")[0].GetProperty("text").GetString()!;
        var quote = text.Split(' ')[2];

        await SelectAsync(clause, quote);
        await observer.ClickAsync("#comment-selection");
        await observer.FillAsync("#comment-body", "Please cite the **2019** report. <script>alert(1)</script>");
        await observer.ClickAsync("text=Post comment");

        var thread = drafter.Locator($"[data-comments-for=\"{world.Scenario.ClauseId("preambular", 0)}\"] .thread");
        await Expect(thread).ToContainTextAsync("Please cite the 2019 report.");
        await Expect(thread.Locator("strong")).ToHaveTextAsync("2019");
        await Expect(thread.Locator("script")).ToHaveCountAsync(0);
        await Expect(thread.Locator(".quote")).ToHaveTextAsync(quote);
        await Expect(world.ClauseText(drafter, "preambular", 0).Locator("mark.comment-span")).ToHaveTextAsync(quote);

        // The drafter replies; the observer sees it live.
        await thread.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await thread.Locator("form.reply textarea").FillAsync("Will do.");
        await thread.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(observer.Locator(".thread")).ToContainTextAsync("Will do.");
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task An_observer_has_no_edit_affordance_and_a_forced_hub_edit_is_refused()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var observer = await world.OpenResolutionAsync("observer");
        await world.ClauseText(observer, "operative", 0).ClickAsync();
        await world.ClauseText(observer, "operative", 0).PressAsync("Enter");
        await Expect(observer.Locator("textarea.clause-input")).ToHaveCountAsync(0);
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Add operative paragraph" })).ToHaveCountAsync(0);
        // Observers export the text and the comments they read.
        await Expect(observer.Locator("#export [data-export=docx]").First).ToBeVisibleAsync();

        var refusal = await observer.EvaluateAsync<string>(
            """
            async ([resolutionId, clauseId]) => {
              const connection = new signalR.HubConnectionBuilder().withUrl('/hubs/drafting').configureLogging(signalR.LogLevel.None).build();
              await connection.start();
              try {
                await connection.invoke('EditClause', { resolutionId, clauseId, baseVersion: 1, text: 'Rewritten by an observer;', opId: 'forced-1' });
                return 'accepted';
              } catch (error) {
                return error.message;
              } finally {
                await connection.stop();
              }
            }
            """, new[] { world.ResolutionId.ToString(), world.Scenario.ClauseId("operative", 0) });
        Assert.Contains("observer", refusal, StringComparison.Ordinal);
        var stored = await world.Scenario.CurrentAsync();
        Assert.Equal(world.Scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString(), stored.GetProperty("operative")[0].GetProperty("text").GetString());
        world.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Edits_typed_while_the_server_is_down_are_sent_after_it_comes_back()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var drafter = await world.OpenResolutionAsync("drafter");
        var observer = await world.OpenResolutionAsync("observer");
        await world.ClauseText(drafter, "operative", 3).ClickAsync();
        var editor = Editor(world, drafter, 3);

        await world.Server.StopAsync();
        await Expect(drafter.Locator("#connection")).ToContainTextAsync("Reconnecting");
        await editor.PressAsync("End");
        await editor.PressSequentiallyAsync(" Typed while offline.");
        await Expect(drafter.Locator(".editor-status")).ToContainTextAsync("Offline");

        world.Server.Restart();
        // A change made by someone else while the pages were away arrives through catch-up.
        using var penholder = await world.Server.App.ClientForAsync("penholder", "penholder-password-123");
        var other = world.Scenario.ClauseId("operative", 0);
        var put = await penholder.PutAsJsonAsync($"/api/resolutions/{world.ResolutionId}/clauses/{other}", new { text = "Stresses the point made while you were away;", baseVersion = 1, opId = "away-1" });
        put.EnsureSuccessStatusCode();

        await Expect(drafter.Locator("#connection")).ToBeHiddenAsync();
        await Expect(drafter.Locator(".editor-status")).ToHaveTextAsync("Saved");
        await Expect(world.ClauseText(observer, "operative", 3)).ToContainTextAsync("Typed while offline.");
        await Expect(world.ClauseText(drafter, "operative", 0)).ToHaveTextAsync("Stresses the point made while you were away;");
        var stored = await penholder.GetFromJsonAsync<JsonElement>($"/api/resolutions/{world.ResolutionId}");
        Assert.EndsWith("Typed while offline.", stored.GetProperty("operative")[3].GetProperty("text").GetString(), StringComparison.Ordinal);
        world.AssertNoConsoleErrors("ERR_CONNECTION_REFUSED", "WebSocket connection", "Failed to load resource");
    }

    [Fact]
    public async Task An_edit_made_while_the_database_is_down_is_kept_on_the_page_and_stored_once_when_it_is_back()
    {
        await using var database = PostgreSqlServer.StartOwn();
        await using var world = await DraftingBrowser.StartAsync(await database.CreateDatabaseAsync());
        var drafter = await world.OpenResolutionAsync("drafter");
        var observer = await world.OpenResolutionAsync("observer");
        var before = (await world.Scenario.CurrentAsync()).GetProperty("seq").GetInt64();
        await world.ClauseText(drafter, "operative", 3).ClickAsync();
        var editor = Editor(world, drafter, 3);
        var edited = await editor.InputValueAsync() + " Typed while the database was down.";

        database.Stop();
        await editor.FillAsync(edited);
        // The hub refuses it as unavailable; the page keeps it, says so, and stays connected.
        await Expect(drafter.Locator(".editor-status")).ToContainTextAsync("cannot reach its database");
        await Expect(drafter.Locator("#connection")).ToBeHiddenAsync();
        // A retry or two meets the database still down (the page counts the answers), and the edit is still kept.
        await drafter.WaitForFunctionAsync("() => Number(document.querySelector('.clause-editor')?.dataset.unavailableAnswers) >= 3");
        await Expect(drafter.Locator(".editor-status")).ToContainTextAsync("cannot reach its database");

        database.StartProcess();
        await Expect(drafter.Locator(".editor-status")).ToHaveTextAsync("Saved");
        await Expect(world.ClauseText(observer, "operative", 3)).ToHaveTextAsync(edited);
        var stored = await world.Scenario.CurrentAsync();
        Assert.Equal(edited, stored.GetProperty("operative")[3].GetProperty("text").GetString());
        Assert.Equal(before + 1, stored.GetProperty("seq").GetInt64());
        world.AssertNoConsoleErrors();
    }

    /// <summary>Two drafters open operative paragraph 3 and replace its whole text at once: the same words changed two ways.</summary>
    private static async Task<(IPage First, IPage Second, ILocator A, ILocator B, ILocator Conflict)> RaceToConflictAsync(DraftingBrowser world)
    {
        var first = await world.OpenResolutionAsync("drafter");
        var second = await world.OpenResolutionAsync("drafter2");
        await world.ClauseText(first, "operative", 2).ClickAsync();
        await world.ClauseText(second, "operative", 2).ClickAsync();
        var a = Editor(world, first, 2);
        var b = Editor(world, second, 2);
        await Task.WhenAll(a.FillAsync("Ghana's wording of this paragraph;"), b.FillAsync("Kenya's wording of this paragraph;"));
        return (first, second, a, b, await VisibleInEitherAsync(".conflict:visible", first, second));
    }

    /// <summary>The element matching <paramref name="selector"/> on whichever page shows it first (a state on either page).</summary>
    private static async Task<ILocator> VisibleInEitherAsync(string selector, params IPage[] pages)
    {
        var shown = await Task.WhenAny(pages.Select(async page =>
        {
            await page.Locator(selector).First.WaitForAsync();
            return page.Locator(selector);
        }));
        return await shown;
    }

    /// <summary>Selects the first occurrence of <paramref name="words"/> in an element, as a mouse drag would.</summary>
    internal static Task SelectAsync(ILocator element, string words) =>
        element.EvaluateAsync(
            """
            (root, words) => {
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.textContent.indexOf(words);
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + words.length);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                return;
              }
              throw new Error(`'${words}' not found`);
            }
            """, words);

    [Fact]
    public async Task Organizations_present_side_by_side_have_colours_of_their_own()
    {
        await using var world = await DraftingBrowser.StartAsync();
        var penholder = await world.OpenResolutionAsync("penholder");
        await world.OpenResolutionAsync("drafter");
        await world.OpenResolutionAsync("observer");
        await world.OpenResolutionAsync("drafter2");
        var chips = penholder.Locator("#presence .person");
        await Expect(chips).ToHaveCountAsync(4);
        var colours = await chips.EvaluateAllAsync<string[]>("chips => chips.map(c => getComputedStyle(c).backgroundColor)");
        Assert.Equal(4, colours.Distinct().Count());
        // Different is not enough: two near-identical purples read as one organization.
        var rgb = colours.Select(c => System.Text.RegularExpressions.Regex.Matches(c, "\\d+").Take(3).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        for (var i = 0; i < rgb.Count; i++)
        {
            for (var j = i + 1; j < rgb.Count; j++)
            {
                var distance = Math.Sqrt(rgb[i].Zip(rgb[j], (a, b) => (a - b) * (a - b)).Sum());
                Assert.True(distance > 60, $"{colours[i]} and {colours[j]} are too alike ({distance:F0})");
            }
        }
    }
}
