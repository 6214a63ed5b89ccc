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
        var opened = await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "AU only", visibility = "organization" });
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
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["observer"].GetAsync(scenario.Path("/export/html"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["observer"].GetAsync(scenario.Path("/diff?from=0&format=html"))).StatusCode);
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
