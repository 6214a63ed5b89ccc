using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Model.Library;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// A library paragraph across the years: the same paragraph in the other resolutions of its series, oldest first, each
/// with its word diff to the one before; and a draft paragraph's: its closest adopted paragraph's series, then itself.
/// </summary>
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

    [Fact]
    public async Task A_council_paragraph_has_the_history_of_the_resolutions_under_its_agenda_item_and_not_of_another_item()
    {
        // Eleven of twenty words in common (a share of 0.55): the same series' threshold (0.5), below the check's (0.6).
        const string first = "Decides extend mandate mission Atlantis until March requests Secretary report ninety days implementation calls parties cooperate fully observers ceasefire monitoring.";
        const string next = "Decides extend mandate mission Atlantis until March requests Secretary report ninety welcomes progress elections urges donors support humanitarian relief programmes.";
        Assert.Equal(0.55, AgreedLanguage.Similarity(first, next), 3);
        var ids = new Dictionary<string, Guid>();
        foreach (var (symbol, date, item, operative) in new[]
        {
            ("S/RES/9201 (2031)", "2031-03-30", "The situation in Atlantis.", first),
            ("S/RES/9202 (2032)", "2032-03-29", "The situation in Atlantis.", next),
            ("S/RES/9203 (2032)", "2032-04-02", "The situation in Lemuria.", next),
        })
        {
            var xml = $"""
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
                <meta><classification source="#un"><keyword refersTo="agenda" value="X" dictionary="S/" showAs="{item}"/></classification></meta>
                <coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p><p><docDate date="{date}" refersTo="#adoptionDate">{date}</docDate></p></coverPage>
                <preamble><formula><p>The Security Council,</p></formula><container><p>Recalling its resolutions,</p></container></preamble>
                <mainBody><paragraph><num>1.</num><content><p>{operative}</p></content></paragraph></mainBody>
                </statement></akomaNtoso>
                """;
            var report = await (await Corpus.Admin.PostAsync("/api/library", Xml(xml), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
            ids[symbol] = report.GetProperty("imported")[0].GetProperty("id").GetGuid();
        }

        using var reader = await UserAsync("council-series");
        var history = await reader.GetFromJsonAsync<JsonElement>($"/api/library/paragraphs/{ids["S/RES/9201 (2031)"]}/p1/history", Cancel);
        Assert.Equal("The situation in Atlantis", history.GetProperty("title").GetString());
        Assert.Equal(["S/RES/9201 (2031)", "S/RES/9202 (2032)"], history.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("symbol").GetString()));
    }

    [Fact]
    public async Task A_draft_paragraph_has_the_history_of_its_closest_adopted_paragraph_then_its_own_text()
    {
        // This year's draft of "Convention on the Prohibition of the Use of Nuclear Weapons", started from A/RES/78/55,
        // with its first operative paragraph reworded: its history runs through 76/56, 77/82 and 78/55 to the draft.
        const string latest = "A/RES/78/55";
        using var drafter = await UserAsync("draft-years");
        var created = await drafter.PostAsync($"/api/library/{Corpus.Ids[latest]}/draft", null, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = draft.GetProperty("id").GetGuid();
        var clause = draft.GetProperty("operative")[0];
        var clauseId = clause.GetProperty("id").GetString()!;
        var adopted = clause.GetProperty("text").GetString()!;
        var words = adopted.Split(' ');
        words[^2] = "urgently";
        var edited = string.Join(' ', words);
        var edit = await drafter.PutAsJsonAsync($"/api/resolutions/{id}/clauses/{clauseId}", new { text = edited, baseVersion = 1, opId = "draft-years-1" }, Cancel);
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Cancel));

        var history = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/agreed-language/{clauseId}/history", Cancel);
        Assert.Equal(clauseId, history.GetProperty("clauseId").GetString());
        Assert.Equal(latest, history.GetProperty("source").GetProperty("symbol").GetString());
        var items = history.GetProperty("items").EnumerateArray().ToList();
        var symbols = items.SkipLast(1).Select(i => i.GetProperty("symbol").GetString()).ToList();
        Assert.Equal(["A/RES/76/56", "A/RES/77/82", latest], symbols.Where(s => s is "A/RES/76/56" or "A/RES/77/82" or latest));
        Assert.All(items.SkipLast(1), i => Assert.Equal("library", i.GetProperty("kind").GetString()));
        Assert.All(items.SkipLast(1), i => Assert.False(i.GetProperty("asked").GetBoolean()));
        var dates = items.SkipLast(1).Select(i => i.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        // The draft's own paragraph comes last, with the word diff from the adopted text before it.
        var own = items[^1];
        Assert.Equal("draft", own.GetProperty("kind").GetString());
        Assert.True(own.GetProperty("asked").GetBoolean());
        Assert.Equal(id, own.GetProperty("id").GetGuid());
        Assert.Equal(clauseId, own.GetProperty("paragraph").GetString());
        Assert.Equal(edited, own.GetProperty("text").GetString());
        Assert.Equal(adopted, items[^2].GetProperty("text").GetString());
        Assert.False(own.GetProperty("unchanged").GetBoolean());
        var changes = own.GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "inserted" && c.GetProperty("text").GetString()!.Contains("urgently", StringComparison.Ordinal));
        Assert.Equal(Words(edited), Words(string.Concat(changes.Where(c => c.GetProperty("kind").GetString() != "deleted").Select(c => c.GetProperty("text").GetString()))));

        // A paragraph that is no agreed language has its own text alone; an unknown clause is a 404, an outsider a 403.
        var inserted = await drafter.PostAsJsonAsync($"/api/resolutions/{id}/clauses", new { kind = "operative", text = "Requests the quokka observatory to report on zanzibarian tides;" }, Cancel);
        Assert.True(inserted.IsSuccessStatusCode, await inserted.Content.ReadAsStringAsync(Cancel));
        var newId = (await inserted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("clauseId").GetString();
        var alone = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/agreed-language/{newId}/history", Cancel);
        Assert.True(!alone.TryGetProperty("source", out var none) || none.ValueKind == JsonValueKind.Null, alone.ToString());
        Assert.Equal("draft", Assert.Single(alone.GetProperty("items").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await drafter.GetAsync($"/api/resolutions/{id}/agreed-language/c-nope/history", Cancel)).StatusCode);
        using var outsider = await UserAsync("draft-years-out");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/resolutions/{id}/agreed-language/{clauseId}/history", Cancel)).StatusCode);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
