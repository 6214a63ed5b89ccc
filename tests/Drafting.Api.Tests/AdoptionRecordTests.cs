using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace Drafting.Api.Tests;

/// <summary>Recording adoption or the vote: meeting, date, vote and symbol travel with the stage change into the JSON and the Word file.</summary>
public class AdoptionRecordTests
{
    [Fact]
    public async Task Adoption_records_meeting_date_vote_and_symbol_and_the_word_file_prints_them()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        var adopted = await scenario.Clients["secretary"].PutAsJsonAsync(scenario.Path("/stage"), new
        {
            stage = "adopted",
            meeting = "9490th meeting",
            date = "2023-12-01",
            vote = new { inFavour = 13, against = 0, abstaining = 2 },
            symbol = "S/RES/2713 (2023)",
        });
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        var stage = await adopted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("9490th meeting", stage.GetProperty("decided").GetProperty("meeting").GetString());
        Assert.Equal("S/RES/2713 (2023)", stage.GetProperty("symbol").GetString());

        var current = await scenario.CurrentAsync();
        Assert.Equal("adopted", current.GetProperty("stage").GetString());
        Assert.Equal("S/RES/2713 (2023)", current.GetProperty("symbol").GetString());
        Assert.Equal("2023-12-01", current.GetProperty("date").GetString());
        var decided = current.GetProperty("decided");
        Assert.Equal("9490th meeting", decided.GetProperty("meeting").GetString());
        Assert.Equal("2023-12-01", decided.GetProperty("date").GetString());
        Assert.Equal(13, decided.GetProperty("vote").GetProperty("inFavour").GetInt32());
        Assert.Equal(2, decided.GetProperty("vote").GetProperty("abstaining").GetInt32());

        var docx = await scenario.Clients["secretary"].GetByteArrayAsync(scenario.Path("/export/docx"));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Resolution 2713 (2023)", text, StringComparison.Ordinal);
        Assert.Contains("Adopted by the Security Council at its 9490th meeting, on 1 December 2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adoption_without_details_is_dated_and_has_no_vote()
    {
        await using var scenario = await Scenario.CreateAsync();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "adopted" })).EnsureSuccessStatusCode();
        var decided = (await scenario.CurrentAsync()).GetProperty("decided");
        Assert.True(DateOnly.TryParse(decided.GetProperty("date").GetString(), out _));
        Assert.False(decided.TryGetProperty("vote", out var vote) && vote.ValueKind != JsonValueKind.Null);
    }

    [Theory]
    [InlineData("inBlue", """{"stage":"inBlue","meeting":"9490th meeting"}""", "recorded only")]
    [InlineData("adopted", """{"stage":"adopted","meeting":"9490th\nmeeting"}""", "meeting")]
    [InlineData("adopted", """{"stage":"adopted","vote":{"inFavour":200,"against":0,"abstaining":0}}""", "vote")]
    [InlineData("adopted", """{"stage":"adopted","vote":{"inFavour":13}}""", "vote")]
    [InlineData("adopted", """{"stage":"adopted","symbol":"S/RES/\u00012713"}""", "symbol")]
    [InlineData("adopted", """{"stage":"adopted","meeting":"9490th\u2028meeting"}""", "meeting")]
    [InlineData("adopted", """{"stage":"adopted","date":"0001-01-01"}""", "date: between 1945-01-01 and")]
    [InlineData("adopted", """{"stage":"adopted","date":"1944-12-31"}""", "date: between 1945-01-01 and")]
    [InlineData("adopted", """{"stage":"adopted","date":"9999-12-31"}""", "date: between 1945-01-01 and")]
    public async Task A_bad_record_is_a_400_naming_the_field_and_the_stage_is_unchanged(string to, string body, string named)
    {
        await using var scenario = await Scenario.CreateAsync();
        if (to == "adopted")
        {
            (await scenario.Penholder.PutAsJsonAsync(scenario.Path("/stage"), new { stage = "inBlue" })).EnsureSuccessStatusCode();
        }

        var before = (await scenario.CurrentAsync()).GetProperty("stage").GetString();
        var response = await scenario.Penholder.PutAsync(scenario.Path("/stage"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await scenario.CurrentAsync();
        Assert.Equal(before, after.GetProperty("stage").GetString());
        Assert.False(after.TryGetProperty("decided", out var decided) && decided.ValueKind != JsonValueKind.Null);
    }
}
