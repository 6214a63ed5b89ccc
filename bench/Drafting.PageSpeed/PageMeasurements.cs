using Microsoft.Playwright;

namespace Drafting.PageSpeed;

/// <summary>What the page costs its reader: time to ready on a cold and a warm load, and what one typed character costs.</summary>
public static class PageMeasurements
{
    /// <summary>From navigation start to the page's own signal that the text, every panel and the live connection are usable.</summary>
    public static async Task<double> ReadyAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-live=connected][data-ready=true] article .masthead");
        return await page.EvaluateAsync<double>("performance.getEntriesByName('drafting-ready')[0].startTime");
    }

    /// <summary>
    /// From navigation start to the agreed-language marks being on the text (after ready: the whole draft's check against
    /// the library is not waited for by the page), on the page <see cref="ReadyAsync"/> opened.
    /// </summary>
    public static async Task<double> MarksAsync(IPage page)
    {
        await page.WaitForSelectorAsync("body[data-agreed-marks]", new() { State = WaitForSelectorState.Attached });
        return await page.EvaluateAsync<double>("performance.getEntriesByName('drafting-agreed-marks')[0].startTime");
    }

    /// <summary>
    /// Opens the editor on the paragraph holding <paramref name="paragraphText"/> and types 60 characters, one a frame:
    /// the cost of each from its input event to the layout it brings.
    /// </summary>
    public static async Task<double[]> TypingAsync(IPage page, string paragraphText)
    {
        await page.Locator("[data-text-of]", new() { HasText = paragraphText }).ClickAsync();
        await page.WaitForSelectorAsync("textarea.clause-input");
        return await page.EvaluateAsync<double[]>(
            """
            async () => {
              const area = document.querySelector('textarea.clause-input');
              area.focus();
              const costs = [];
              for (const c of ' and on the safety of peacekeepers in every mission area, too'.slice(0, 60)) {
                const start = performance.now();
                area.setRangeText(c, area.selectionStart, area.selectionEnd, 'end');
                area.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: 'insertText' }));
                void document.body.offsetHeight;
                costs.push(performance.now() - start);
                await new Promise((next) => requestAnimationFrame(() => setTimeout(next, 0)));
              }
              return costs;
            }
            """);
    }

    /// <summary>The value below which <paramref name="share"/> of the sorted values lie.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * share))];
}
