using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Drafting.Api.Features.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>The list of adopted texts narrowed to a symbol's beginning or words of the title, page after page.</summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    /// <summary>Every document listed from <paramref name="first"/> on, following each <c>Link: rel="next"</c>.</summary>
    protected static async Task<List<JsonElement>> ListedAsync(HttpClient client, string first)
    {
        var listed = new List<JsonElement>();
        for (var next = first; next is not null;)
        {
            var response = await client.GetAsync(next, Cancel);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
            listed.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).EnumerateArray());
            next = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
        }

        return listed;
    }

    [Fact]
    public async Task The_list_narrows_to_a_symbols_beginning_or_words_of_the_title_on_every_page()
    {
        using var reader = await UserAsync("narrow");
        var all = await ListedAsync(reader, "/api/library?limit=100");
        string Symbol(JsonElement d) => d.GetProperty("symbol").GetString()!;
        string Title(JsonElement d) => d.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()! : "";

        // Any case; a few to a page, so the filter has to survive the next links.
        var bySymbol = await ListedAsync(reader, "/api/library?limit=5&symbol=a/res/78/1");
        var expected = all.Where(d => Symbol(d).StartsWith("A/RES/78/1", StringComparison.Ordinal)).Select(Symbol).ToList();
        Assert.True(expected.Count > 5, $"{expected.Count} texts of A/RES/78/1…");
        Assert.Equal(expected, bySymbol.Select(Symbol));

        var byTitle = await ListedAsync(reader, "/api/library?limit=2&title=" + Uri.EscapeDataString("  Financial   STATEMENTS "));
        expected = all.Where(d => Regex.IsMatch(Title(d), "financial.*statements", RegexOptions.IgnoreCase)).Select(Symbol).ToList();
        Assert.True(expected.Count > 2, $"{expected.Count} titles");
        Assert.Equal(expected, byTitle.Select(Symbol));

        // The Council's texts have no title and go by their agenda item.
        var byItem = await ListedAsync(reader, "/api/library?limit=100&title=" + Uri.EscapeDataString("children armed conflict"));
        string Item(JsonElement d) => d.TryGetProperty("agendaItem", out var item) && item.ValueKind == JsonValueKind.String ? item.GetString()! : "";
        expected = all.Where(d => Regex.IsMatch(Title(d) + " " + Item(d), "children.*armed.*conflict", RegexOptions.IgnoreCase)).Select(Symbol).ToList();
        Assert.Contains(expected, s => s.StartsWith("S/RES/", StringComparison.Ordinal));
        Assert.Equal(expected, byItem.Select(Symbol));

        // What was typed is matched as itself, LIKE's wildcards included; blank is no filter.
        Assert.Empty(await ListedAsync(reader, "/api/library?symbol=" + Uri.EscapeDataString("A/RES/7_/1")));
        Assert.Empty(await ListedAsync(reader, "/api/library?title=" + Uri.EscapeDataString("%")));
        Assert.Equal(all.Count, (await ListedAsync(reader, "/api/library?limit=100&symbol=+&title=+")).Count);

        var tooLong = await reader.GetAsync($"/api/library?symbol={new string('A', LibraryApi.MaxListFilterLength + 1)}", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("'symbol' is longer than 200 characters", await tooLong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
