using System.Net;
using System.Net.Http.Json;
using Drafting.Api.Tests;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Drafting.Web.Tests;

public class PagesTests
{
    [Fact]
    public async Task Sign_in_page_is_public_and_has_the_userName_and_password_fields()
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient();
        var response = await client.GetAsync("/sign-in");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"userName\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolutions_page_sends_anonymous_visitors_to_sign_in()
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookie_sign_in_opens_the_resolutions_page_and_its_script()
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new { userName = "admin", password = DraftingApplication.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"resolutions\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var script = await client.GetAsync("/_content/Drafting.Web/js/pages/resolutions.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/resolutions")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/sign-out", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/resolutions")).StatusCode);
    }
}
