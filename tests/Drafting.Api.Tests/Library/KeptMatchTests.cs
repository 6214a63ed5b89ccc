using System.Net.Http.Json;
using System.Text.Json;
using Drafting.Api.Features.Library;
using Drafting.Model.Library;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// A live mark's queries kept in memory under the library's version: the same candidates as the index gives, the next
/// pause's check read from memory, and never an answer for a library that has changed since.
/// </summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    /// <summary>
    /// Paragraphs of the corpus copied, lightly edited, cut to ten words and doubled: searched with their queries' matches
    /// kept, each gets exactly the candidates the index gives, in the same order with the same similarity, the first time
    /// (only remembered as asked), the second (read and kept) and the third (from memory, no query read again).
    /// </summary>
    [Fact]
    public async Task A_live_marks_kept_matches_give_exactly_the_candidates_of_the_index_and_are_read_once()
    {
        const int Seed = 3203;
        var random = new Random(Seed);
        var (version, frequencies) = await Corpus.App.Services.GetRequiredService<LibraryWordFrequencies>().VersionedAsync(Cancel);
        var texts = SampledParagraphs(80).Select((text, i) => (i % 4) switch
        {
            0 => text,
            1 => LightlyEdited(text, random),
            2 => string.Join(' ', text.Split(' ').Take(10)),
            _ => text + " " + text,
        }).ToList();
        var store = Corpus.App.Services.GetRequiredService<LibrarySearchStore>();
        var searched = texts.Select(text =>
        {
            var scorer = new SimilarityScorer(text);
            return (Search: CandidateSearch.For(AgreedLanguage.CandidateWords(text, w => frequencies.GetValueOrDefault(w)), scorer), Scorer: scorer);
        }).ToList();
        async Task<List<List<(long, double)>>> SearchAllAsync(long? keptUnder)
        {
            var found = new List<List<(long, double)>>();
            foreach (var (search, scorer) in searched)
            {
                var hits = await store.CandidatesAsync(search, (c, atLeast) => scorer.Score(c.Words, atLeast), 3, Cancel, keptUnder);
                found.Add([.. hits.Select(h => (h.Row.ParagraphId, h.Similarity))]);
            }

            return found;
        }

        var index = await SearchAllAsync(null);
        var askedOnce = await SearchAllAsync(version);
        var kept = await SearchAllAsync(version);
        var read = store.KeptMatchStatistics;
        var fromMemory = await SearchAllAsync(version);
        var again = store.KeptMatchStatistics;

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.True(index[i].SequenceEqual(askedOnce[i]), $"seed {Seed}, paragraph {i} (\"{texts[i]}\"): the index gives {string.Join(", ", index[i])}, asked once {string.Join(", ", askedOnce[i])}");
            Assert.True(index[i].SequenceEqual(kept[i]), $"seed {Seed}, paragraph {i}: the index gives {string.Join(", ", index[i])}, kept {string.Join(", ", kept[i])}");
            Assert.True(index[i].SequenceEqual(fromMemory[i]), $"seed {Seed}, paragraph {i}: the index gives {string.Join(", ", index[i])}, from memory {string.Join(", ", fromMemory[i])}");
        }

        Assert.True(Enumerable.Range(0, texts.Count).Count(i => i % 4 == 1 && kept[i].Count > 0) >= 15, "the edited paragraphs find their sources");
        Assert.Equal(read.TotalMisses, again.TotalMisses);
        Assert.True(again.TotalHits - read.TotalHits >= searched.Count(s => s.Search.Words.Count > 0), $"{again.TotalHits - read.TotalHits} queries from memory");
    }

    /// <summary>
    /// A delegate's paragraph is close to an adopted paragraph; typing on (words the search ignores) is checked from the
    /// kept queries from the third pause; a closer text imported since is the mark's source at the next pause, and once that text leaves the
    /// library the mark names the first again, as the whole draft's check does. Every word the search uses is in both
    /// adopted paragraphs, so the queries are the same throughout: only the library's version tells them apart.
    /// </summary>
    [Fact]
    public async Task A_live_mark_after_the_library_changed_answers_for_the_library_as_it_is_now()
    {
        (await Corpus.Admin.PostAsync("/api/library?file=zebu-1.xml", Xml(Minimal("S/RES/9030 (2031)", "Welcomes the zebu and gaur census of the wetlands in the region.")), Cancel)).EnsureSuccessStatusCode();
        using var drafter = await UserAsync("kept-marks");
        var created = await drafter.PostAsync("/api/resolutions/import", new StringContent(
            "The Security Council,\n\n*Recalling* its resolutions,\n\n1. *Welcomes* the zebu and gaur census of the wetlands;\n", System.Text.Encoding.UTF8, "text/plain"), Cancel);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Cancel));
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var (draftId, clauseId) = (draft.GetProperty("id").GetGuid(), draft.GetProperty("operative")[0].GetProperty("id").GetString());
        async Task<JsonElement> MarkAsync() =>
            (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draftId}/agreed-language?clause={clauseId}", Cancel)).GetProperty("clauses")[0].GetProperty("source");
        async Task<JsonElement> WholeCheckAsync() =>
            (await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draftId}/agreed-language", Cancel)).GetProperty("clauses").EnumerateArray()
                .Single(c => c.GetProperty("clauseId").GetString() == clauseId).GetProperty("source");

        Assert.Equal("S/RES/9030 (2031)", (await MarkAsync()).GetProperty("symbol").GetString());

        async Task<JsonElement> TypeAsync(string text, int baseVersion)
        {
            var edit = await drafter.PutAsJsonAsync($"/api/resolutions/{draftId}/clauses/{clauseId}", new { text, baseVersion, opId = $"kept-marks-{baseVersion}" }, Cancel);
            Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Cancel));
            return await MarkAsync();
        }

        // The second pause keeps the queries the first asked; the third reads them from memory.
        Assert.Equal("S/RES/9030 (2031)", (await TypeAsync("Welcomes also the zebu and gaur census of the wetlands;", 1)).GetProperty("symbol").GetString());
        var store = Corpus.App.Services.GetRequiredService<LibrarySearchStore>();
        var before = store.KeptMatchStatistics;
        var typed = await TypeAsync("Welcomes also the zebu and gaur census of all the wetlands;", 2);
        Assert.Equal("S/RES/9030 (2031)", typed.GetProperty("symbol").GetString());
        Assert.Contains("all", typed.GetProperty("diff").ToString(), StringComparison.Ordinal);
        var after = store.KeptMatchStatistics;
        Assert.Equal(before.TotalMisses, after.TotalMisses);
        Assert.True(after.TotalHits > before.TotalHits, "the next pause's queries are read from memory");

        var closer = await (await Corpus.Admin.PostAsync("/api/library?file=zebu-2.xml", Xml(Minimal("S/RES/9031 (2032)", "Welcomes also the zebu and gaur census of the wetlands today.")), Cancel))
            .Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var imported = await MarkAsync();
        Assert.Equal("S/RES/9031 (2032)", imported.GetProperty("symbol").GetString());
        Assert.Equal((await WholeCheckAsync()).ToString(), imported.ToString());

        var removed = await Corpus.Admin.DeleteAsync($"/api/library/{closer.GetProperty("imported")[0].GetProperty("id").GetGuid()}", Cancel);
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync(Cancel));
        var now = await MarkAsync();
        Assert.Equal(JsonValueKind.Object, now.ValueKind);
        Assert.Equal("S/RES/9030 (2031)", now.GetProperty("symbol").GetString());
        Assert.Equal((await WholeCheckAsync()).ToString(), now.ToString());
    }
}
