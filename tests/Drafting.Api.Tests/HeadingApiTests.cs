using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>Headings inside the operative part: in the JSON, stored, moved with their paragraph and copied into revisions.</summary>
public class HeadingApiTests
{
    private const string Sanctions = """
        The Security Council,

        *Acting* under Chapter VII of the Charter of the United Nations,

        Arms embargo

        1. *Decides* to renew the arms embargo;

        2. *Calls upon* all Member States to inspect vessels;

        Assets freeze

        3. *Decides* to renew the assets freeze;

        4. *Decides* to remain seized of the matter.
        """;

    [Fact]
    public async Task Imported_headings_are_stored_shown_on_their_paragraph_and_kept_in_revisions()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var created = await client.PostAsync("/api/resolutions/import", new StringContent(Sanctions, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}");
        var operative = stored.GetProperty("operative");
        Assert.Equal("Arms embargo", operative[0].GetProperty("heading").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, operative[1].GetProperty("heading").ValueKind);
        Assert.Equal("Assets freeze", operative[2].GetProperty("heading").GetProperty("text").GetString());
        Assert.Equal(3, operative[2].GetProperty("number").GetInt32());
        var headingId = operative[2].GetProperty("heading").GetProperty("id").GetString();

        var published = await client.PostAsJsonAsync($"/api/resolutions/{id}/revisions", new { label = "Zero draft" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var number = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        // Removing the first paragraph takes its heading along; the other heading keeps its id.
        (await client.DeleteAsync($"/api/resolutions/{id}/clauses/{operative[0].GetProperty("id").GetString()}")).EnsureSuccessStatusCode();
        var after = (await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}")).GetProperty("operative");
        Assert.Equal(JsonValueKind.Null, after[0].GetProperty("heading").ValueKind);
        Assert.Equal(headingId, after[1].GetProperty("heading").GetProperty("id").GetString());

        var revision = await client.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/revisions/{number}");
        Assert.Equal("Arms embargo", revision.GetProperty("resolution").GetProperty("operative")[0].GetProperty("heading").GetProperty("text").GetString());
    }
}
