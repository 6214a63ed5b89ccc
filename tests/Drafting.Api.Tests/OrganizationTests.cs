using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>An account's organization decides who reads organization-only comments: a typo must not put someone in an organization of one.</summary>
public class OrganizationTests
{
    [Fact]
    public async Task A_near_miss_of_a_known_organization_is_refused_with_the_name_meant()
    {
        await using var app = new DraftingApplication();
        using var admin = await app.AdminAsync();
        var typo = await admin.PostAsJsonAsync("/api/users", new { userName = "paris", password = "paris-password-123", displayName = "Claire", organization = "Frnace" });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Contains("did you mean 'France'", (await typo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var au = await admin.PostAsJsonAsync("/api/users", new { userName = "addis", password = "addis-password-123", displayName = "Amina", organization = "african union" });
        Assert.Equal("African Union", (await au.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organization").GetString());

        var other = await admin.PostAsJsonAsync("/api/users", new { userName = "wg", password = "wg-password-1234", displayName = "Working group", organization = "Peacebuilding Commission" });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        var id = (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PatchAsJsonAsync($"/api/users/{id}", new { organization = "Gahna" })).StatusCode);

        var list = await admin.GetFromJsonAsync<string[]>("/api/organizations");
        Assert.Contains("France", list!);
        Assert.Contains("European Union", list!);
        Assert.Contains("Secretariat", list!);
        Assert.Contains("Peacebuilding Commission", list!);
    }
}
