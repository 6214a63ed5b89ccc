using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>
/// Deeply nested Markdown posted to the import endpoint: it used to answer 500 (Markdig refuses input nested past its
/// depth limit, and the importer let that exception out); now it imports, the marks read as text with a warning.
/// </summary>
public class ImportNestingApiTests
{
    [Theory]
    [InlineData("[", 5_000)]
    [InlineData("> ", 5_000)]
    [InlineData("*[_", 3_000)]
    public async Task Thousands_of_nested_marks_import_with_a_warning_instead_of_a_500(string mark, int count)
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var text = $"The Security Council,\n\n*Recalling* its resolutions,\n\n1. *Decides* {string.Concat(Enumerable.Repeat(mark, count))} to act.\n";
        var response = await client.PostAsync("/api/resolutions/import", new StringContent(text, Encoding.UTF8, "text/markdown"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var resolution = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, resolution.GetProperty("operative").GetArrayLength());
        if (mark != "> ")
        {
            Assert.Contains(resolution.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "markup-ignored" && w.GetProperty("line").GetInt32() == 5);
        }
    }

    [Fact]
    public async Task A_sponsor_name_longer_than_any_state_is_a_400_with_its_line()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        var text = $"Security Council\n\n{new string('x', 300)}: draft resolution\n\nThe Security Council,\n\n1. *Decides* to remain seized.\n";
        var response = await client.PostAsync("/api/resolutions/import", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(("sponsor-too-long", 3), (error.GetProperty("code").GetString(), error.GetProperty("line").GetInt32()));
    }
}
