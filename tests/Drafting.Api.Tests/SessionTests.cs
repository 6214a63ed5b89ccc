using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Drafting.Api.Tests;

/// <summary>Sessions end when they should: sign-out, sign-out everywhere, refresh rotation, a new password, a disabled account.</summary>
public class SessionTests
{
    private const string Password = "ghana-password-123";

    private static async Task<JsonElement> TokensAsync(DraftingApplication app, string userName = "ghana", string password = Password)
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpClient Bearer(DraftingApplication app, JsonElement tokens)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient client) => (await client.GetAsync("/api/users/me")).StatusCode;

    private static async Task<DraftingApplication> AppWithGhanaAsync()
    {
        var app = new DraftingApplication();
        using var admin = await app.AdminAsync();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "ghana", password = Password, displayName = "Ama Mensah", organization = "Ghana" })).EnsureSuccessStatusCode();
        return app;
    }

    [Fact]
    public async Task Signing_out_ends_that_token_and_no_other()
    {
        await using var app = await AppWithGhanaAsync();
        using var laptop = Bearer(app, await TokensAsync(app));
        using var phone = Bearer(app, await TokensAsync(app));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(laptop));

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.PostAsync("/api/auth/sign-out", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(laptop));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(phone));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_token_of_the_account()
    {
        await using var app = await AppWithGhanaAsync();
        using var laptop = Bearer(app, await TokensAsync(app));
        using var phone = Bearer(app, await TokensAsync(app));

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.PostAsync("/api/auth/sign-out?everywhere=true", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(laptop));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(phone));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(Bearer(app, await TokensAsync(app))));
    }

    [Fact]
    public async Task A_signed_out_cookie_replayed_is_refused()
    {
        await using var app = await AppWithGhanaAsync();
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { userName = "ghana", password = Password }) };
        signIn.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var signedIn = await browser.SendAsync(signIn);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("drafting=", StringComparison.Ordinal)).Split(';')[0];

        HttpRequestMessage WithCookie(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Cookie", cookie);
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
            return request;
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(WithCookie(HttpMethod.Get, "/api/users/me"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(WithCookie(HttpMethod.Post, "/api/auth/sign-out"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(WithCookie(HttpMethod.Get, "/api/users/me"))).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_ends_the_pair_it_came_with()
    {
        await using var app = await AppWithGhanaAsync();
        var first = await TokensAsync(app);
        using var anonymous = app.CreateClient();

        var refreshed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, await MeAsync(Bearer(app, second)));
        Assert.True(second.GetProperty("expiresIn").GetInt32() <= 3600, "access tokens live an hour at most");

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Bearer(app, first)));
        var replayed = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        var garbage = await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" });
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task A_new_password_ends_the_other_sessions_and_the_old_password()
    {
        await using var app = await AppWithGhanaAsync();
        using var laptop = Bearer(app, await TokensAsync(app));
        using var phone = Bearer(app, await TokensAsync(app));

        var wrong = await laptop.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-my-password", newPassword = "a-new-password-456" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var tooShort = await laptop.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(phone));

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "a-new-password-456" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(phone));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "ghana", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(Bearer(app, await TokensAsync(app, password: "a-new-password-456"))));
    }

    [Fact]
    public async Task A_disabled_account_loses_its_tokens_its_hub_connection_and_cannot_sign_in()
    {
        await using var app = DraftingApplication.OnLoopback();
        using var admin = await app.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "ghana", password = Password, displayName = "Ama Mensah", organization = "Ghana" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var ghana = await app.ClientForAsync("ghana", Password);
        await using var connection = await LiveConnection.StartAsync(app.HubUrl, ghana);
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        using var notAdmin = await ghana.PatchAsJsonAsync($"/api/users/{id}", new { disabled = true });
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        var disabled = await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isDisabled").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(ghana));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        using var client = app.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/auth/token", new { userName = "ghana", password = Password });
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Contains("disabled", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/users/{id}", new { disabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(Bearer(app, await TokensAsync(app))));
    }

    [Fact]
    public async Task The_site_admin_lists_renames_and_resets_a_password()
    {
        await using var app = await AppWithGhanaAsync();
        using var admin = await app.AdminAsync();
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        var ghana = users.EnumerateArray().Single(user => user.GetProperty("userName").GetString() == "ghana");
        var id = ghana.GetProperty("id").GetString();

        var renamed = await admin.PatchAsJsonAsync($"/api/users/{id}", new { displayName = "Kofi Boateng", password = "reset-password-789" });
        Assert.Equal("Kofi Boateng", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.OK, await MeAsync(Bearer(app, await TokensAsync(app, password: "reset-password-789"))));
        var bad = await admin.PatchAsJsonAsync($"/api/users/{id}", new { organization = "Gh\nana" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var ghanaClient = Bearer(app, await TokensAsync(app, password: "reset-password-789"));
        Assert.Equal(HttpStatusCode.Forbidden, (await ghanaClient.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Resetting_the_admin_password_prints_a_new_one_and_ends_the_admins_sessions()
    {
        await using var app = new DraftingApplication();
        using var before = await app.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, await MeAsync(before));

        var password = await AdminPasswordReset.ResetAsync(app.Services, null, CancellationToken.None);

        Assert.NotNull(password);
        Assert.True(password.Length >= 20);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(before));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = DraftingApplication.AdminPassword })).StatusCode);
        using var after = await app.ClientForAsync("admin", password);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(after));
    }
}
