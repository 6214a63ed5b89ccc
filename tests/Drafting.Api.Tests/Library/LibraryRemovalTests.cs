using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// A text taken out of the library by the site admin: gone from reading, listing, search (pages kept before included),
/// the index and the word counts, in one step; the answer says what went and how many draft paragraphs cite it, and
/// those keep their source.
/// </summary>
public abstract partial class LibraryApiTests<TCorpus>
{
    [Fact]
    public async Task A_removed_text_leaves_reading_search_the_index_and_the_word_counts_and_its_citations_keep_their_source()
    {
        var report = await (await Corpus.Admin.PostAsync("/api/library?file=quagga.xml", Xml(Minimal("S/RES/9020 (2031)", "Welcomes the quagga and okapi census.")), Cancel))
            .Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = report.GetProperty("imported")[0].GetProperty("id").GetGuid();
        (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9021 (2031)", "Welcomes the okapi count.")), Cancel)).EnsureSuccessStatusCode();

        // A drafter takes the paragraph into a draft, and a search of it is kept as a page.
        using var drafter = await UserAsync("removal");
        var draft = await DraftAsync(drafter);
        const string query = "q=quagga+okapi&organ=Security+Council";
        var hit = Items(await SearchAsync(drafter, query)).Single(h => h.GetProperty("kind").GetString() == "library");
        var inserted = await drafter.PostAsJsonAsync($"/api/resolutions/{draft}/clauses", new
        {
            kind = "operative", position = 0, text = hit.GetProperty("text").GetString(), opId = "removal-1",
            source = new { libraryId = id, paragraph = hit.GetProperty("clauseId").GetString() },
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, inserted.StatusCode);
        var clauseId = (await inserted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("clauseId").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.DeleteAsync($"/api/library/{id}", Cancel)).StatusCode);
        var unknown = await Corpus.Admin.DeleteAsync($"/api/library/{Guid.NewGuid()}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        var response = await Corpus.Admin.DeleteAsync($"/api/library/{id}", Cancel);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        var removed = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal((id, "S/RES/9020 (2031)", "quagga.xml", 2, 1), (
            removed.GetProperty("id").GetGuid(), removed.GetProperty("symbol").GetString(), removed.GetProperty("file").GetString(),
            removed.GetProperty("paragraphs").GetInt32(), removed.GetProperty("cited").GetInt32()));

        Assert.Equal(HttpStatusCode.NotFound, (await drafter.GetAsync($"/api/library/{id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Corpus.Admin.DeleteAsync($"/api/library/{id}", Cancel)).StatusCode);
        Assert.DoesNotContain(Items(await SearchAsync(drafter, query)), h => h.GetProperty("kind").GetString() == "library");
        Assert.Equal("S/RES/9021 (2031)", Items(await SearchAsync(drafter, "q=okapi&organ=Security+Council&kind=library")).Single().GetProperty("symbol").GetString());

        await using (var connection = Corpus.App.OpenDatabase())
        {
            Assert.Equal(0, await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM library_documents WHERE symbol = 'S/RES/9020 (2031)'"));
            Assert.Equal(0, await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM library_paragraphs WHERE document_id = @id", new { id = id.ToString() }));
            Assert.False((await KeptWordCountsAsync(connection)).ContainsKey("quagga"));
            if (connection is SqliteConnection)
            {
                // SQLite's index keeps no text: a row left behind would be found and then silently dropped by the page's read.
                Assert.Equal(0, await connection.QuerySingleAsync<long>("SELECT COUNT(*) FROM library_fts WHERE library_fts MATCH 'quagga'"));
            }
        }

        // The draft's paragraph still says where its words came from.
        var history = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{draft}/clauses/{clauseId}/history", Cancel);
        Assert.Equal("from S/RES/9020 (2031), OP 1", history.EnumerateArray().Single().GetProperty("source").GetProperty("label").GetString());

        // Imported again, it is a new document that search finds.
        var again = await (await Corpus.Admin.PostAsync("/api/library?file=quagga.xml", Xml(Minimal("S/RES/9020 (2031)", "Welcomes the quagga and okapi census.")), Cancel))
            .Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.False(again.GetProperty("imported")[0].GetProperty("replaced").GetBoolean());
        Assert.Equal("S/RES/9020 (2031)", Items(await SearchAsync(drafter, "q=quagga&kind=library")).Single().GetProperty("symbol").GetString());
    }
}
