using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

public class PlatformTests
{
    [Fact]
    public async Task Health_answers_anonymously_when_the_database_answers()
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_public_contract()
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/auth/token", paths);
        Assert.Contains("/api/resolutions/import", paths);
        Assert.Contains("/api/resolutions/{id}/clauses/{clauseId}", paths);
        Assert.Contains("/api/resolutions/{id}/export/{format}", paths);
    }

    [Fact]
    public async Task Wrong_password_is_401_and_a_token_works_only_in_the_header()
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "nope" })).StatusCode);
        var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = DraftingApplication.AdminPassword }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/resolutions?access_token={Uri.EscapeDataString(token!)}")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/resolutions")).StatusCode);
    }
}
