using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>Lists come in bounded pages linked by a cursor: nothing skipped, nothing repeated, nothing private leaked.</summary>
public class PagingTests
{
    private static async Task<(List<JsonElement> Items, int Pages)> AllPagesAsync(HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        var pages = 0;
        string? next = path;
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            items.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            pages++;
            next = response.Headers.TryGetValues("Link", out var links)
                ? System.Text.RegularExpressions.Regex.Match(links.Single(), "<([^>]+)>; rel=\"next\"").Groups[1].Value
                : null;
            Assert.True(pages < 50, "the pages never end");
        }

        return (items, pages);
    }

    [Fact]
    public async Task Comments_come_in_pages_that_together_hold_each_visible_comment_once()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        for (var i = 0; i < 7; i++)
        {
            (await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = $"Public {i}" })).EnsureSuccessStatusCode();
        }

        (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "AU only", visibility = "organization" })).EnsureSuccessStatusCode();

        var (drafterView, pages) = await AllPagesAsync(scenario.Clients["drafter"], scenario.Path("/comments?limit=3"));
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"Public {i}"), drafterView.Select(c => c.GetProperty("body").GetString()));

        var (observerView, _) = await AllPagesAsync(scenario.Clients["observer"], scenario.Path("/comments?limit=2"));
        Assert.Equal(8, observerView.Count);
        Assert.Equal(8, observerView.Select(c => c.GetProperty("id").GetString()).Distinct().Count());

        var unpaged = await scenario.Clients["drafter"].GetAsync(scenario.Path("/comments"));
        Assert.False(unpaged.Headers.Contains("Link"));
    }

    [Fact]
    public async Task A_comments_cursor_never_names_a_comment_the_reader_cannot_see()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        async Task<string> AddAsync(string role, string body, string visibility) =>
            (await (await scenario.Clients[role].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body, visibility })).EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await AddAsync("drafter", "Public 0", "all");
        var hidden = new[] { await AddAsync("observer", "AU only 1", "organization"), await AddAsync("observer", "AU only 2", "organization") };
        await AddAsync("drafter", "Public 1", "all");

        var cursors = new List<string>();
        var seen = new List<string>();
        string? next = scenario.Path("/comments?limit=1");
        while (next is not null)
        {
            var response = await scenario.Clients["drafter"].GetAsync(next);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(c => c.GetProperty("body").GetString()!).ToList();
            seen.AddRange(page);
            next = response.Headers.TryGetValues("Link", out var links) ? System.Text.RegularExpressions.Regex.Match(links.Single(), "<([^>]+)>; rel=\"next\"").Groups[1].Value : null;
            if (next is not null)
            {
                Assert.Single(page);
                cursors.Add(System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), next).Query)["after"]!)));
            }

            Assert.True(cursors.Count < 10, "the pages never end");
        }

        Assert.Equal(["Public 0", "Public 1"], seen);
        Assert.DoesNotContain(cursors, cursor => hidden.Any(id => cursor.Contains(id, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/comments?limit=0")]
    [InlineData("/comments?limit=501")]
    [InlineData("/comments?after=not-a-cursor")]
    [InlineData("/proposals?limit=0")]
    [InlineData("/proposals?after=bm90LWEtY3Vyc29y")]
    public async Task A_bad_page_request_is_a_400_that_says_why(string query)
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.GetAsync(scenario.Path(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Matches("limit|after", detail!);
    }

    [Fact]
    public async Task Proposals_come_in_pages_too()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/mode"), new { mode = "proposals" })).EnsureSuccessStatusCode();
        var clause = scenario.ClauseId("operative", 0);
        for (var i = 0; i < 5; i++)
        {
            var proposed = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/proposals"),
                new { kind = "insert", insertKind = "operative", afterClauseId = clause, text = $"Requests a report within {30 * (i + 1)} days;", opId = $"p-{i}" });
            proposed.EnsureSuccessStatusCode();
        }

        var (all, pages) = await AllPagesAsync(scenario.Penholder, scenario.Path("/proposals?limit=2"));
        Assert.Equal(3, pages);
        Assert.Equal(5, all.Select(p => p.GetProperty("id").GetString()).Distinct().Count());
    }
}
