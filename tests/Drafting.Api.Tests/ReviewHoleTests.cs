using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>Holes an adversarial review found beside the big ones, each closed.</summary>
public class ReviewHoleTests
{
    [Fact]
    public async Task A_reply_to_a_private_thread_the_replier_cannot_see_is_404_and_stores_nothing()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var opened = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "AU only", visibility = "penholder" });
        var thread = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var reply = await scenario.Clients["drafter"].PostAsJsonAsync(scenario.Path("/comments"), new { parentId = thread, body = "Ghana was not asked" });
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        var seen = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        Assert.DoesNotContain(seen.EnumerateArray(), comment => comment.GetProperty("body").GetString() == "Ghana was not asked");

        var penholderReply = await scenario.Penholder.PostAsJsonAsync(scenario.Path("/comments"), new { parentId = thread, body = "Noted" });
        Assert.Equal(HttpStatusCode.Created, penholderReply.StatusCode);
    }

    [Fact]
    public async Task The_html_diff_follows_the_export_rule()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Zero draft" })).EnsureSuccessStatusCode();
        // Observers export what they read (issue 30), so the rendered diff is theirs too; an outsider gets neither.
        Assert.Equal(HttpStatusCode.OK, (await scenario.Clients["observer"].GetAsync(scenario.Path("/export/html"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Clients["observer"].GetAsync(scenario.Path("/diff?from=0&format=html"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["outsider"].GetAsync(scenario.Path("/diff?from=0&format=html"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Clients["observer"].GetAsync(scenario.Path("/diff?from=0"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Clients["secretary"].GetAsync(scenario.Path("/diff?from=0&format=html"))).StatusCode);
    }

    [Theory]
    [InlineData("/_content/Drafting.Web/resolution.html")]
    [InlineData("/_content/Drafting.Web/index.html")]
    [InlineData("/_content/Drafting.Web/sign-in.html")]
    public async Task Raw_page_files_carry_the_pages_protections(string path)
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_unhealthy_when_the_disk_is_nearly_full()
    {
        var app = new DraftingApplication();
        app.Settings["Drafting:MinimumFreeDiskMegabytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)[..12];
        await using (app)
        {
            using var client = app.CreateClient();
            var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        await using var roomy = new DraftingApplication();
        using var roomyClient = roomy.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await roomyClient.GetAsync("/health")).StatusCode);
    }
}

/// <summary>What issue 16 found answering 500, and one-line fields that are not one line.</summary>
public class InputEdgeTests
{
    [Theory]
    [InlineData("symbol", "S/RES/\u00012720")]
    [InlineData("title", "Title\n\n1. Decides to remain seized;")]
    [InlineData("organ", "Security\tCouncil")]
    public async Task Control_characters_in_one_line_fields_are_refused_and_nothing_is_created(string field, string value)
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("france", "France");
        var body = new Dictionary<string, string> { [field] = value };
        var response = await client.PostAsJsonAsync("/api/resolutions", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/resolutions")).GetArrayLength());
    }

    [Theory]
    [InlineData("France\n\n1. Decides to remain seized;")]
    [InlineData("Fra\u0001nce")]
    [InlineData("Costa\tRica")]
    public async Task A_sponsor_name_that_is_not_one_line_is_refused_and_the_list_is_unchanged(string name)
    {
        await using var scenario = await Scenario.CreateAsync();
        var before = (await scenario.CurrentAsync()).GetProperty("sponsors").GetRawText();
        var response = await scenario.Penholder.PutAsJsonAsync(scenario.Path("/sponsors?opId=bad-sponsor"), new[] { new { name = "Ghana" }, new { name } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sponsor 2", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await scenario.CurrentAsync()).GetProperty("sponsors").GetRawText());
    }

    [Fact]
    public async Task A_comment_quote_over_2000_characters_is_a_400_and_a_whole_long_clause_can_be_commented()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var longQuote = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, quote = new { exact = new string('q', 2001) }, body = "Too long" });
        Assert.Equal(HttpStatusCode.BadRequest, longQuote.StatusCode);
        Assert.Contains("2,000", (await longQuote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var version = (await scenario.CurrentAsync()).GetProperty("operative")[0].GetProperty("version").GetInt32();
        var longText = "Decides " + string.Join(' ', Enumerable.Repeat("that the mission shall continue", 120)) + ";";
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path($"/clauses/{clause}"), new { text = longText, baseVersion = version, opId = "long" })).EnsureSuccessStatusCode();
        var whole = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "On the whole paragraph" });
        Assert.Equal(HttpStatusCode.Created, whole.StatusCode);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n\r\nThe Security Council,\r\n")]
    [InlineData("multipart/form-data", "--abc\r\n\r\n")]
    [InlineData("multipart/form-data; boundary=abc", "garbage without any boundary at all")]
    public async Task A_malformed_multipart_import_is_a_400(string contentType, string body)
    {
        await using var scenario = await Scenario.CreateAsync();
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await scenario.Penholder.PostAsync("/api/resolutions/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, (await scenario.Penholder.GetFromJsonAsync<JsonElement>("/api/resolutions")).GetArrayLength());
    }
}
