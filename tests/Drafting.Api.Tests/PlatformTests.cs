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

/// <summary>Small holes found by an adversarial review, each closed.</summary>
public class SmallHoleTests
{
    [Fact]
    public async Task The_database_file_is_readable_by_the_service_user_only()
    {
        await using var app = new DraftingApplication();
        using var _ = app.CreateClient();
        // On PostgreSQL (DRAFTING_TEST_DATABASE=postgresql) there is no file.
        if (!OperatingSystem.IsWindows() && app.ConnectionString.StartsWith("Data Source=", StringComparison.Ordinal))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(app.DatabaseFile));
        }
    }

    [Fact]
    public async Task A_refused_sign_in_says_when_to_try_again()
    {
        await using var app = new DraftingApplication();
        app.Settings["Drafting:SignInAttemptsPerMinute"] = "2";
        using var client = app.CreateClient();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5 && refused is null; i++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "wrong-password" });
            refused = response.StatusCode == System.Net.HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
    }

    [Fact]
    public async Task Guesses_against_one_account_are_limited_per_user_name_while_others_behind_the_same_address_sign_in()
    {
        await using var app = new DraftingApplication();
        app.Settings["Drafting:SignInAttemptsPerUserPerMinute"] = "3";
        using var admin = await app.AdminAsync();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "ghana", password = "ghana-password-123", displayName = "Ghana", organization = "Ghana" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "kenya", password = "kenya-password-123", displayName = "Kenya", organization = "Kenya" })).EnsureSuccessStatusCode();
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "ghana", password = "a-wrong-guess" })).StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/auth/token", new { userName = "GHANA", password = "ghana-password-123" });
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "kenya", password = "kenya-password-123" })).StatusCode);
    }
}
