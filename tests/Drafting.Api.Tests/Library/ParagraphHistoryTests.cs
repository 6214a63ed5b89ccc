using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Model.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>A library paragraph across the years: the same paragraph in the other resolutions of its series, oldest first, each with its word diff to the one before.</summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    [Fact]
    public async Task A_paragraph_has_its_history_across_the_sessions_of_its_series_oldest_first_with_word_diffs()
    {
        // "Convention on the Prohibition of the Use of Nuclear Weapons" comes back each session: A/RES/76/56, 77/82, 78/55.
        const string latest = "A/RES/78/55";
        var text = LibraryCorpus.Texts.Single(t => t.Symbol == latest);
        var paragraph = text.Paragraphs.First(p => p.Kind == LibraryParagraphKind.Operative);
        using var reader = await UserAsync("across-years");

        var history = await reader.GetFromJsonAsync<JsonElement>($"/api/library/paragraphs/{Corpus.Ids[latest]}/p{paragraph.Position}/history", Cancel);
        var items = history.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(text.Title, history.GetProperty("title").GetString());
        var symbols = items.Select(i => i.GetProperty("symbol").GetString()).ToList();
        Assert.Equal(symbols.Distinct(), symbols);
        Assert.Contains("A/RES/76/56", symbols);
        Assert.Contains("A/RES/77/82", symbols);
        var asked = items.Single(i => i.GetProperty("asked").GetBoolean());
        Assert.Equal(latest, asked.GetProperty("symbol").GetString());
        Assert.Equal(paragraph.Text, asked.GetProperty("text").GetString());

        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Empty(items[0].GetProperty("changes").EnumerateArray());
        for (var i = 1; i < items.Count; i++)
        {
            var changes = items[i].GetProperty("changes").EnumerateArray().ToList();
            Assert.NotEmpty(changes);
            // The diff rebuilds both texts: its equal and deleted words are the one before, its equal and inserted words this one.
            Assert.Equal(Words(items[i - 1].GetProperty("text").GetString()!), Words(string.Concat(changes.Where(c => c.GetProperty("kind").GetString() != "inserted").Select(c => c.GetProperty("text").GetString()))));
            Assert.Equal(Words(items[i].GetProperty("text").GetString()!), Words(string.Concat(changes.Where(c => c.GetProperty("kind").GetString() != "deleted").Select(c => c.GetProperty("text").GetString()))));
            Assert.Equal(changes.All(c => c.GetProperty("kind").GetString() == "equal"), items[i].GetProperty("unchanged").GetBoolean());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync($"/api/library/paragraphs/{Corpus.Ids[latest]}/OP1/history", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/library/paragraphs/{Guid.NewGuid()}/p1/history", Cancel)).StatusCode);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
