using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Drafting.Api.Tests;

/// <summary>
/// A page on another origin of the same site (another port, a sibling subdomain) carries the browser's cookie:
/// it must not reach the hub, read through the API or change anything.
/// </summary>
public class CrossSiteTests
{
    private const string ForeignOrigin = "http://localhost:8081";

    private static async Task<HttpClient> CookieClientAsync(Scenario scenario, string userName)
    {
        var client = scenario.App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { userName, password = $"{userName}-password-123" }) };
        signIn.Headers.Add("X-Requested-With", "XMLHttpRequest");
        (await client.SendAsync(signIn)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task AssertCrossSiteAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cross-site", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cookie_state_change_without_the_page_header_is_refused_and_stores_nothing()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var secretary = await CookieClientAsync(scenario, "secretary");

        // What a cross-site form can send: the cookie, a simple content type, no custom header.
        var forged = await secretary.PostAsync(scenario.Path("/revisions"), new StringContent("{\"label\":\"Rev.1\"}", System.Text.Encoding.UTF8, "text/plain"));
        await AssertCrossSiteAsync(forged);
        var importForged = await secretary.PostAsync("/api/resolutions/import", new StringContent("The Security Council,\n\n1. Decides;", System.Text.Encoding.UTF8, "text/plain"));
        await AssertCrossSiteAsync(importForged);

        var revisions = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/revisions"));
        Assert.Equal(0, revisions.GetArrayLength());
        var list = await scenario.Penholder.GetFromJsonAsync<JsonElement>("/api/resolutions");
        Assert.Equal(1, list.GetArrayLength());

        // Our page sends the header: the same publication goes through.
        using var fromPage = new HttpRequestMessage(HttpMethod.Post, scenario.Path("/revisions")) { Content = JsonContent.Create(new { label = "Rev.1" }) };
        fromPage.Headers.Add("X-Requested-With", "XMLHttpRequest");
        fromPage.Headers.Add("Origin", "http://localhost");
        Assert.Equal(HttpStatusCode.Created, (await secretary.SendAsync(fromPage)).StatusCode);
    }

    [Fact]
    public async Task A_cookie_request_from_another_origin_is_refused_even_with_the_header()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var observer = await CookieClientAsync(scenario, "observer");

        using var read = new HttpRequestMessage(HttpMethod.Get, scenario.Path("/comments"));
        read.Headers.Add("Origin", ForeignOrigin);
        await AssertCrossSiteAsync(await observer.SendAsync(read));

        using var post = new HttpRequestMessage(HttpMethod.Post, scenario.Path("/comments"))
        {
            Content = JsonContent.Create(new { clauseId = scenario.ClauseId("operative", 0), body = "forged", visibility = "public" }),
        };
        post.Headers.Add("Origin", ForeignOrigin);
        post.Headers.Add("X-Requested-With", "XMLHttpRequest");
        await AssertCrossSiteAsync(await observer.SendAsync(post));
        var comments = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"));
        Assert.DoesNotContain(comments.EnumerateArray(), comment => comment.GetProperty("body").GetString() == "forged");
    }

    [Fact]
    public async Task The_hub_handshake_from_another_origin_is_refused()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var observer = await CookieClientAsync(scenario, "observer");

        using var negotiate = new HttpRequestMessage(HttpMethod.Post, "/hubs/drafting/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Origin", ForeignOrigin);
        negotiate.Headers.Add("X-Requested-With", "XMLHttpRequest");
        await AssertCrossSiteAsync(await observer.SendAsync(negotiate));

        var sockets = scenario.App.Server.CreateWebSocketClient();
        sockets.ConfigureRequest = request => request.Headers.Origin = ForeignOrigin;
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => sockets.ConnectAsync(new Uri(scenario.App.Server.BaseAddress, "/hubs/drafting"), CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);

        using var ownPage = new HttpRequestMessage(HttpMethod.Post, "/hubs/drafting/negotiate?negotiateVersion=1");
        ownPage.Headers.Add("Origin", "http://localhost");
        ownPage.Headers.Add("X-Requested-With", "XMLHttpRequest");
        Assert.Equal(HttpStatusCode.OK, (await observer.SendAsync(ownPage)).StatusCode);
    }

    [Fact]
    public async Task Configured_origins_are_accepted_and_bearer_clients_need_no_page_header()
    {
        var app = new DraftingApplication();
        app.Settings["Drafting:AllowedOrigins"] = "https://drafting.example.org, http://localhost:8081";
        await using var scenario = await Scenario.CreateAsync(app);
        using var observer = await CookieClientAsync(scenario, "observer");

        using var read = new HttpRequestMessage(HttpMethod.Get, scenario.Path("/comments"));
        read.Headers.Add("Origin", ForeignOrigin);
        Assert.Equal(HttpStatusCode.OK, (await observer.SendAsync(read)).StatusCode);

        // An API client with a token is not a browser riding on a cookie.
        var published = await scenario.Clients["secretary"].PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
    }

    [Fact]
    public async Task Publishing_needs_a_body()
    {
        await using var scenario = await Scenario.CreateAsync();
        var bodiless = await scenario.Clients["secretary"].PostAsync(scenario.Path("/revisions"), null);
        Assert.Equal(HttpStatusCode.BadRequest, bodiless.StatusCode);
        var problem = await bodiless.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("JSON body", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/revisions"))).GetArrayLength());
    }
}
