using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests.Library;

/// <summary>The agreed-language mark of one paragraph checked again alone (the live mark), and the HTML export's column of notes beside the paragraphs.</summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    [Fact]
    public async Task One_changed_paragraph_is_checked_alone_and_an_unknown_one_is_a_404()
    {
        using var drafter = await UserAsync("live-mark");
        var draft = await DraftAsync(drafter);
        var resolution = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}", Cancel);
        var clause = resolution.GetProperty("operative")[0];
        var id = clause.GetProperty("id").GetString()!;

        var alone = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/agreed-language?clause={id}", Cancel);
        var only = alone.GetProperty("clauses").EnumerateArray().Single();
        Assert.Equal(id, only.GetProperty("clauseId").GetString());
        Assert.True(only.GetProperty("source").GetProperty("identical").GetBoolean());

        var text = clause.GetProperty("text").GetString()!;
        var edit = await drafter.PutAsJsonAsync($"/api/resolutions/{draft}/clauses/{id}",
            new { text = "Notes with appreciation " + text, baseVersion = 1, opId = "live-mark-1" }, Cancel);
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Cancel));
        var changed = (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/agreed-language?clause={id}", Cancel)).GetProperty("clauses")[0];
        Assert.False(changed.GetProperty("source").GetProperty("identical").GetBoolean());
        Assert.Contains("words differ", changed.GetProperty("source").GetProperty("label").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await drafter.GetAsync($"/api/resolutions/{draft}/agreed-language?clause=c-nope", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_paragraph_checked_alone_has_the_reference_and_source_the_whole_drafts_check_gives_it()
    {
        using var drafter = await UserAsync("live-reference");
        var text = "The Security Council,\n\n*Recalling* its resolutions,\n\n*Noting* the report,\n\n" +
            "1. *Decides* to renew the mandate;\n\n2. *Requests* the Secretary-General:\n\n(a) To report;\n\n(b) To include:\n\n" +
            "(i) The situation;\n\n(ii) The strongly condemned attacks on peacekeepers;\n\n(c) To brief;\n\n3. *Decides* to remain seized of the matter.\n";
        var created = await drafter.PostAsync("/api/resolutions/import", new StringContent(text, System.Text.Encoding.UTF8, "text/plain"), Cancel);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Cancel));
        var draft = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();

        var whole = (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/agreed-language", Cancel)).GetProperty("clauses").EnumerateArray().ToList();
        Assert.Contains(whole, c => c.GetProperty("number").GetString() == "OP 2 (b) (ii)");
        Assert.Contains(whole, c => c.GetProperty("number").GetString() == "PP 2");
        Assert.Contains(whole, c => c.GetProperty("number").GetString() == "OP 3");
        foreach (var expected in whole)
        {
            var alone = (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/agreed-language?clause={expected.GetProperty("clauseId").GetString()}", Cancel))
                .GetProperty("clauses").EnumerateArray().Single();
            Assert.Equal(expected.ToString(), alone.ToString());
        }
    }

    [Fact]
    public async Task The_html_export_shows_the_agreed_language_in_a_column_beside_each_paragraph_when_asked()
    {
        using var drafter = await UserAsync("html-agreed");
        var draft = await DraftAsync(drafter);
        var plain = await drafter.GetStringAsync($"/api/resolutions/{draft}/export/html", Cancel);
        Assert.DoesNotContain("class=\"agreed-language\"", plain, StringComparison.Ordinal);

        var html = await drafter.GetStringAsync($"/api/resolutions/{draft}/export/html?agreedLanguage=true", Cancel);
        var resolution = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}", Cancel);
        var first = resolution.GetProperty("operative")[0].GetProperty("id").GetString();
        // The first paragraph is copied word for word (from this text, or an earlier one with the same words).
        Assert.Matches($"<p class=\"agreed-language\" data-agreed-of=\"{first}\">as in [^<]+, identical</p>", html);

        var word = await drafter.GetAsync($"/api/resolutions/{draft}/export/docx?agreedLanguage=true", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
        Assert.Contains("agreedLanguage", await word.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
