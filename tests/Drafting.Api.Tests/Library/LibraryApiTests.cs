using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Drafting.Api.Features.Library;
using Drafting.Model.Library;
using Drafting.Model.Tests.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests.Library;

/// <summary>
/// The library through its REST contract, on the 408 official resolutions imported once per class: import (good,
/// again, each bad input), who may list and read, search (phrase, all words, prefix, filters, paging, drafts), the
/// agreed-language check and a new draft from an adopted text. Run on SQLite and on PostgreSQL by the two classes below.
/// </summary>
public abstract partial class LibraryApiTests<TCorpus>(TCorpus corpus) : IClassFixture<TCorpus>
    where TCorpus : LibraryCorpus
{
    protected TCorpus Corpus { get; } = corpus;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Universal = "A/RES/78/113";

    private static ByteArrayContent Xml(string xml) => Xml(Encoding.UTF8.GetBytes(xml));

    private static ByteArrayContent Xml(byte[] xml)
    {
        var body = new ByteArrayContent(xml);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return body;
    }

    private static string Minimal(string symbol, string operative = "Decides to remain seized of the matter.") => $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
        <coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p></coverPage>
        <preamble><formula><p>The Security Council,</p></formula><container><p><span class="italic">Recalling</span> its resolutions,</p></container></preamble>
        <mainBody><paragraph><num>1.</num><content><p>{operative}</p></content></paragraph></mainBody>
        </statement></akomaNtoso>
        """;

    protected async Task<HttpClient> UserAsync(string prefix) => await Corpus.App.UserAsync($"{prefix}-{Guid.NewGuid():N}"[..30]);

    protected static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/library/search?{query}", Cancel);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    protected static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    /// <summary>A library hit's paragraph as its row is keyed: <c>@id</c> (the document) and <c>@position</c>, parameters of a query for it.</summary>
    protected static object StoredAt(JsonElement hit) =>
        new { id = hit.GetProperty("id").GetGuid().ToString(), position = long.Parse(hit.GetProperty("clauseId").GetString()![1..], System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>The hits of <paramref name="query"/> page after page, following each next cursor, until there is none or <paramref name="atMost"/> are read.</summary>
    protected static async Task<List<JsonElement>> AllHitsAsync(HttpClient client, string query, int atMost = int.MaxValue)
    {
        var hits = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await SearchAsync(client, after is null ? query : $"{query}&after={Uri.EscapeDataString(after)}");
            hits.AddRange(Items(page));
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null && hits.Count < atMost);

        return hits;
    }

    [Fact]
    public async Task Importing_the_corpus_as_a_zip_imports_all_408_resolutions_and_lists_each_once()
    {
        Assert.Equal(408, Corpus.Report.GetProperty("imported").GetArrayLength());
        Assert.Equal(0, Corpus.Report.GetProperty("refused").GetArrayLength());
        Assert.Equal(408, Corpus.Ids.Count);

        using var reader = await UserAsync("lister");
        var listed = (await ListedAsync(reader, "/api/library?limit=150")).Select(d => d.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Subset(listed.ToHashSet(), Corpus.Ids.Values.ToHashSet());
    }

    [Fact]
    public async Task Reimporting_a_file_updates_its_document_and_never_duplicates_it()
    {
        var file = LibraryCorpus.Files.Single(f => f.Contains("A_RES_78_113", StringComparison.Ordinal));
        var response = await Corpus.Admin.PostAsync("/api/library?file=again.xml", Xml(File.ReadAllBytes(file)), Cancel);
        response.EnsureSuccessStatusCode();
        var imported = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("imported").EnumerateArray().Single();
        Assert.Equal("again.xml", imported.GetProperty("file").GetString());
        Assert.Equal(Corpus.Ids[Universal], imported.GetProperty("id").GetGuid());
        Assert.True(imported.GetProperty("replaced").GetBoolean());

        var changed = Minimal("S/RES/9002 (2031)", "Decides to consider the matter further.");
        var first = await (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9002 (2031)")), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var second = await (await Corpus.Admin.PostAsync("/api/library", Xml(changed), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = first.GetProperty("imported")[0].GetProperty("id").GetGuid();
        Assert.Equal(id, second.GetProperty("imported")[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("imported")[0].GetProperty("replacedFile").ValueKind);
        Assert.Equal("upload.xml", second.GetProperty("imported")[0].GetProperty("replacedFile").GetString());
        var document = await Corpus.Admin.GetFromJsonAsync<JsonElement>($"/api/library/{id}", Cancel);
        Assert.Equal("Decides to consider the matter further.", document.GetProperty("operative").EnumerateArray().Single().GetProperty("text").GetString());
        var hits = Items(await SearchAsync(Corpus.Admin, "q=%22consider+the+matter+further%22&symbol=S/RES/9002"));
        Assert.Single(hits);
        Assert.Empty(Items(await SearchAsync(Corpus.Admin, "q=%22remain+seized%22&symbol=S/RES/9002")));
    }

    [Fact]
    public async Task A_resolution_in_parts_is_imported_as_a_document_per_part_and_another_file_of_a_symbol_names_the_file_it_replaced()
    {
        var files = AknCollection.FinancialReports(LibraryCorpus.Files);
        // Out of the way of the corpus's filters: session 97, adopted in 2097 and 2098.
        var collection = AknCollection.Of("A/RES/97/253 A-B", files)
            .Replace("\"2022-", "\"2097-", StringComparison.Ordinal).Replace("\"2023-", "\"2098-", StringComparison.Ordinal)
            .Replace("value=\"77\"", "value=\"97\"", StringComparison.Ordinal);
        var report = await (await Corpus.Admin.PostAsync("/api/library?file=parts.xml", Xml(collection), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var imported = report.GetProperty("imported").EnumerateArray().ToList();
        Assert.Equal(["A/RES/97/253 A", "A/RES/97/253 B"], imported.Select(i => i.GetProperty("symbol").GetString()));
        Assert.All(imported, i => Assert.Equal(("parts.xml", false), (i.GetProperty("file").GetString(), i.GetProperty("replaced").GetBoolean())));
        var partB = await Corpus.Admin.GetFromJsonAsync<JsonElement>($"/api/library/{imported[1].GetProperty("id").GetGuid()}", Cancel);
        using (var stream = File.OpenRead(files[1]))
        {
            Assert.Equal(
                AknLibraryReader.Read(stream).Text!.Paragraphs.Where(p => p.Kind == LibraryParagraphKind.Operative).Select(p => p.Text),
                partB.GetProperty("operative").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        }

        var hit = Items(await SearchAsync(Corpus.Admin, "q=%22audited+financial+statements%22&symbol=A/RES/97/253+B")).First();
        Assert.Equal("A/RES/97/253 B", hit.GetProperty("symbol").GetString());

        // The same parts from a file of another name: each says which file's text it replaced.
        report = await (await Corpus.Admin.PostAsync("/api/library?file=parts-again.xml", Xml(collection), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.All(report.GetProperty("imported").EnumerateArray(), i => Assert.Equal("parts.xml", i.GetProperty("replacedFile").GetString()));
        Assert.Equal(imported.Select(i => i.GetProperty("id").GetGuid()), report.GetProperty("imported").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_text_in_another_language_is_refused_and_leaves_the_english_text_in_place()
    {
        (await Corpus.Admin.PostAsync("/api/library?file=english.xml", Xml(Minimal("S/RES/9013 (2031)", "Decides to remain seized of the matter.")), Cancel)).EnsureSuccessStatusCode();
        var french = Minimal("S/RES/9013 (2031)", "Décide de rester saisi de la question.").Replace(
            "<statement name=\"resolution\">",
            "<statement name=\"resolution\"><meta><identification source=\"#un\"><FRBRExpression><FRBRlanguage language=\"fra\"/></FRBRExpression></identification></meta>",
            StringComparison.Ordinal);
        var report = await (await Corpus.Admin.PostAsync("/api/library?file=french.xml", Xml(french), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Empty(report.GetProperty("imported").EnumerateArray());
        var refused = report.GetProperty("refused").EnumerateArray().Single();
        Assert.Equal(("french.xml", "S/RES/9013 (2031) is in French (FRBRlanguage 'fra'): the library holds the English texts, which drafts are searched and checked against."),
            (refused.GetProperty("file").GetString(), refused.GetProperty("reason").GetString()));
        Assert.Single(Items(await SearchAsync(Corpus.Admin, "q=%22remain+seized%22&symbol=S/RES/9013")));
    }

    [Fact]
    public async Task The_word_counts_the_check_reads_follow_every_import_and_reimport()
    {
        // The same symbol imported three times, its words changing: each import adds its words and takes away the last one's.
        foreach (var operative in new[] { "Decides to remain seized of the matter.", "Decides to consider zebrafish and zorblax, zebrafish.", "Decides to remain seized of the matter." })
        {
            (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9010 (2031)", operative)), Cancel)).EnsureSuccessStatusCode();
        }

        (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9011 (2031)", "Welcomes the zebrafish report.")), Cancel)).EnsureSuccessStatusCode();

        await using var connection = Corpus.App.OpenDatabase();
        var kept = await KeptWordCountsAsync(connection);
        Assert.Equal(1, kept["zebrafish"]);
        Assert.False(kept.ContainsKey("zorblax"));
    }

    /// <summary>The word counts the library keeps (<c>library_words</c>), asserted equal to a count of its paragraphs' words afresh.</summary>
    protected static async Task<Dictionary<string, long>> KeptWordCountsAsync(System.Data.Common.DbConnection connection)
    {
        var kept = (await Dapper.SqlMapper.QueryAsync<(string Word, long Paragraphs)>(connection, "SELECT word, paragraphs FROM library_words"))
            .ToDictionary(w => w.Word, w => w.Paragraphs, StringComparer.Ordinal);
        var recounted = LibraryWordCounts.Of(await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT words FROM library_paragraphs WHERE kind <> 'heading'"));
        Assert.Equal(recounted.Count, kept.Count);
        Assert.All(recounted, r => Assert.Equal((r.Key, r.Value), (r.Key, kept.GetValueOrDefault(r.Key))));
        return kept;
    }

    /// <summary>
    /// SQLite stores a document's paragraphs by INSERT, PostgreSQL by one binary COPY (LibraryStore): on either engine every
    /// corpus paragraph holds, column by column, what the import computes from the model's text, and the paragraphs of
    /// one adoption date are keyed apart, in document order, within that date's keys.
    /// </summary>
    [Fact]
    public async Task Every_stored_paragraph_holds_what_the_import_computes_from_its_text()
    {
        await using var connection = Corpus.App.OpenDatabase();
        var stored = (await Dapper.SqlMapper.QueryAsync<StoredParagraph>(connection, """
            SELECT d.symbol_key, p.position, p.kind, p.depth, p.number, p.reference, p.opening, p.text, p.words, p.fingerprint, p.meta, p.search_key
            FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
            """)).ToList();
        var bySymbol = stored.ToLookup(p => p.SymbolKey, StringComparer.Ordinal);
        foreach (var text in LibraryCorpus.Texts)
        {
            var key = text.Symbol.ToUpperInvariant();
            var rows = bySymbol[key].OrderBy(p => p.Position).ToList();
            var expected = text.Paragraphs.Select(p => (p.Position, LibraryStore.KindName(p.Kind), p.Depth, p.Number, p.Reference, p.Opening, p.Text,
                SearchWords.Normalized(p.Text), AgreedLanguage.Fingerprint(p.Text), LibrarySearchMeta.Of(text.Organ, text.Session, key)));
            Assert.Equal(expected, rows.Select(r => ((int)r.Position, r.Kind, (int)r.Depth, r.Number, r.Reference, r.Opening, r.Text, r.Words, r.Fingerprint, r.Meta)));
            var day = text.AdoptedOn is { } date ? (date.Year * 10_000L) + (date.Month * 100) + date.Day : 0L;
            Assert.All(rows, r => Assert.InRange(r.SearchKey!.Value, day * LibraryStore.SearchKeysPerDay, ((day + 1) * LibraryStore.SearchKeysPerDay) - 1));
            Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => rows[0].SearchKey + i), rows.Select(r => r.SearchKey));
        }

        Assert.Equal(stored.Count, stored.Select(p => p.SearchKey).Distinct().Count());
    }

    private sealed class StoredParagraph
    {
        public string SymbolKey { get; set; } = "";

        public long Position { get; set; }

        public string Kind { get; set; } = "";

        public long Depth { get; set; }

        public string Number { get; set; } = "";

        public string Reference { get; set; } = "";

        public string? Opening { get; set; }

        public string Text { get; set; } = "";

        public string Words { get; set; } = "";

        public string Fingerprint { get; set; } = "";

        public string Meta { get; set; } = "";

        public long? SearchKey { get; set; }
    }

    [Fact]
    public async Task A_search_asked_again_after_an_import_finds_what_was_imported()
    {
        // Pages of hits are kept for the next reader who asks the same (LibrarySearchStore): never past a change of the library.
        const string query = "q=%22welcomes+the+quokka+census%22&organ=Security+Council";
        using var reader = await UserAsync("again");
        Assert.Empty(Items(await SearchAsync(reader, query)));
        Assert.Empty(Items(await SearchAsync(reader, query)));
        (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9012 (2031)", "Welcomes the quokka census.")), Cancel)).EnsureSuccessStatusCode();
        Assert.Equal("S/RES/9012 (2031)", Items(await SearchAsync(reader, query)).Single().GetProperty("symbol").GetString());

        (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9012 (2031)", "Welcomes the wombat census.")), Cancel)).EnsureSuccessStatusCode();
        Assert.Empty(Items(await SearchAsync(reader, query)));
    }

    [Fact]
    public async Task Each_bad_file_of_a_zip_is_refused_with_its_name_and_reason_while_the_rest_imports()
    {
        var bomb = Encoding.UTF8.GetBytes(Minimal("S/RES/9004 (2031)").Replace("<mainBody>", "<mainBody>" + new string(' ', 3 * 1024 * 1024), StringComparison.Ordinal));
        var huge = new byte[LibraryZipLimits.MaxEntryBytes + 1];
        Array.Fill(huge, (byte)' ');
        var zip = LibraryCorpus.Zip([
            ("good.xml", Encoding.UTF8.GetBytes(Minimal("S/RES/9003 (2031)"))),
            ("broken.xml", Encoding.UTF8.GetBytes(Minimal("S/RES/9005 (2031)").Replace("</mainBody>", "", StringComparison.Ordinal))),
            ("page.xml", Encoding.UTF8.GetBytes("<html><body>Decides</body></html>")),
            ("entity.xml", Encoding.UTF8.GetBytes("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Minimal("S/RES/9006 (2031)").Replace("Recalling", "&x;", StringComparison.Ordinal))),
            ("bomb.xml", bomb),
            ("huge.xml", huge),
            ("notes.txt", Encoding.UTF8.GetBytes("not a resolution")),
        ]);
        var response = await Corpus.Admin.PostAsync("/api/library", zip, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(["good.xml"], report.GetProperty("imported").EnumerateArray().Select(i => i.GetProperty("file").GetString()));
        var refused = report.GetProperty("refused").EnumerateArray().ToDictionary(r => r.GetProperty("file").GetString()!, r => r.GetProperty("reason").GetString()!);
        Assert.Equal(["broken.xml", "page.xml", "entity.xml", "bomb.xml", "huge.xml", "notes.txt"], refused.Keys);
        Assert.StartsWith("it is not well-formed XML (line 5", refused["broken.xml"], StringComparison.Ordinal);
        Assert.StartsWith("it is not Akoma Ntoso: the root element is <html>", refused["page.xml"], StringComparison.Ordinal);
        Assert.Contains("DTD", refused["entity.xml"], StringComparison.Ordinal);
        Assert.Contains("zip bomb", refused["bomb.xml"], StringComparison.Ordinal);
        Assert.Contains("more than the 8,388,608 a file may hold", refused["huge.xml"], StringComparison.Ordinal);
        Assert.StartsWith("not an .xml file", refused["notes.txt"], StringComparison.Ordinal);
        Assert.Single(Items(await SearchAsync(Corpus.Admin, "q=seized&symbol=S/RES/9003")));
        Assert.Empty(Items(await SearchAsync(Corpus.Admin, "q=seized&symbol=S/RES/9004")));
    }

    [Fact]
    public async Task A_zip_of_too_many_entries_is_read_up_to_the_limit_and_the_rest_refused_by_name()
    {
        var files = Enumerable.Range(0, LibraryZipLimits.MaxEntries + 2).Select(i => ($"f{i:D4}.txt", new byte[] { 32 }));
        var report = await (await Corpus.Admin.PostAsync("/api/library", LibraryCorpus.Zip(files), Cancel)).Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var refused = report.GetProperty("refused").EnumerateArray().ToList();
        Assert.Equal(LibraryZipLimits.MaxEntries + 2, refused.Count);
        Assert.Equal("f2001.txt", refused[^1].GetProperty("file").GetString());
        Assert.Equal("the archive holds 2,002 files; only the first 2,000 are read.", refused[^1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_unreadable_zip_or_another_content_type_is_refused_as_a_problem()
    {
        var broken = new ByteArrayContent(Encoding.UTF8.GetBytes("PK not really a zip"));
        broken.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        var response = await Corpus.Admin.PostAsync("/api/library", broken, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("invalid-request", problem.GetProperty("code").GetString());
        Assert.StartsWith("The .zip could not be opened", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var markdown = await Corpus.Admin.PostAsync("/api/library", new StringContent("# A", Encoding.UTF8, "text/markdown"), Cancel);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, markdown.StatusCode);
    }

    [Fact]
    public async Task Only_the_site_admin_imports_and_only_signed_in_users_list_read_and_search()
    {
        using var user = await UserAsync("delegate");
        var refused = await user.PostAsync("/api/library", Xml(Minimal("S/RES/9007 (2031)")), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(Items(await SearchAsync(Corpus.Admin, "q=seized&symbol=S/RES/9007")));

        using var anonymous = Corpus.App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/library", Xml(Minimal("S/RES/9007 (2031)")), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/library", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/library/{Corpus.Ids[Universal]}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/library/search?q=peace", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/library/{Corpus.Ids[Universal]}/draft", null, Cancel)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/library", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/api/library/{Corpus.Ids[Universal]}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_document_reads_as_a_resolution_with_its_printed_numbers_and_source()
    {
        using var user = await UserAsync("reader");
        var document = await user.GetFromJsonAsync<JsonElement>($"/api/library/{Corpus.Ids[Universal]}", Cancel);
        var text = LibraryCorpus.Texts.Single(t => t.Symbol == Universal);
        Assert.Equal(Universal, document.GetProperty("symbol").GetString());
        Assert.Equal("General Assembly", document.GetProperty("organ").GetString());
        Assert.Equal("2023-12-07", document.GetProperty("date").GetString());
        Assert.Equal(78, document.GetProperty("session").GetInt32());
        Assert.Equal("84", document.GetProperty("agendaItem").GetString());
        Assert.Equal("United Nations", document.GetProperty("source").GetString());
        Assert.Equal(text.Paragraphs.Where(p => p.Kind == LibraryParagraphKind.Preambular).Select(p => p.Text), document.GetProperty("preambular").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.Equal(text.Paragraphs.Where(p => p.Kind == LibraryParagraphKind.Operative).Select(p => p.Number), document.GetProperty("operative").EnumerateArray().Select(p => p.GetProperty("number").GetString()));
        Assert.Equal("Recalling", document.GetProperty("preambular")[1].GetProperty("opening").GetString());

        // Sub-paragraphs nest under their paragraph, as in a resolution's JSON.
        var nested = LibraryCorpus.Texts.First(t => t.Paragraphs.Any(p => p.Depth == 2));
        var withSubs = await user.GetFromJsonAsync<JsonElement>($"/api/library/{Corpus.Ids[nested.Symbol]}", Cancel);
        var deepest = withSubs.GetProperty("operative").EnumerateArray().SelectMany(o => o.GetProperty("subparagraphs").EnumerateArray()).SelectMany(s => s.GetProperty("subparagraphs").EnumerateArray());
        Assert.Equal(nested.Paragraphs.Count(p => p.Depth == 2 && p.Reference.StartsWith("OP", StringComparison.Ordinal)), deepest.Count());

        var missing = await user.GetAsync($"/api/library/{Guid.NewGuid()}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("not-found", (await missing.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_phrase_finds_the_words_in_that_order_and_marks_them()
    {
        using var user = await UserAsync("phrase");
        var hits = Items(await SearchAsync(user, "q=%22strongly+condemns+all+attacks%22&limit=100"));
        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Contains("strongly condemns all attacks", h.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<mark>", h.GetProperty("marked").GetString()!, StringComparison.Ordinal);
            Assert.Equal("library", h.GetProperty("kind").GetString());
        });
        var reversed = Items(await SearchAsync(user, "q=%22attacks+all+condemns+strongly%22"));
        Assert.Empty(reversed);
    }

    [Fact]
    public async Task All_words_and_prefixes_find_paragraphs_holding_each_and_the_marks_escape_the_rest()
    {
        using var user = await UserAsync("words");
        var all = Items(await SearchAsync(user, "q=peacekeepers+safety+condemns&limit=100"));
        Assert.NotEmpty(all);
        Assert.All(all, h => Assert.True(new[] { "peacekeepers", "safety", "condemns" }.All(w => SearchWords.Of(h.GetProperty("text").GetString()!).Any(x => x.Word == w))));

        var prefixed = Items(await SearchAsync(user, "q=peacekeep*&limit=100"));
        Assert.Equal(100, prefixed.Count);
        Assert.All(prefixed, h => Assert.Contains(SearchWords.Of(h.GetProperty("text").GetString()!), w => w.Word.StartsWith("peacekeep", StringComparison.Ordinal)));
        Assert.Contains(prefixed, h => h.GetProperty("marked").GetString()!.Contains("<mark>peacekeeping</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.All(prefixed, h => Assert.Equal(h.GetProperty("text").GetString(), System.Net.WebUtility.HtmlDecode(h.GetProperty("marked").GetString()!.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Filters_narrow_hits_to_an_organ_years_a_session_and_a_symbol_prefix()
    {
        using var user = await UserAsync("filters");
        var council = Items(await SearchAsync(user, "q=international&organ=Security+Council&limit=100"));
        Assert.NotEmpty(council);
        Assert.All(council, h => Assert.StartsWith("S/RES/", h.GetProperty("symbol").GetString()!, StringComparison.Ordinal));
        var years = Items(await SearchAsync(user, "q=international&yearFrom=2010&yearTo=2011&limit=100"));
        Assert.NotEmpty(years);
        Assert.All(years, h => Assert.InRange(DateOnly.Parse(h.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Year, 2010, 2011));
        var session = Items(await SearchAsync(user, "q=international&session=77&limit=100"));
        Assert.NotEmpty(session);
        Assert.All(session, h => Assert.StartsWith("A/RES/77/", h.GetProperty("symbol").GetString()!, StringComparison.Ordinal));
        var prefix = Items(await SearchAsync(user, "q=international&symbol=s/res/21&limit=100"));
        Assert.NotEmpty(prefix);
        Assert.All(prefix, h => Assert.StartsWith("S/RES/21", h.GetProperty("symbol").GetString()!, StringComparison.Ordinal));
        var whole = prefix[0].GetProperty("symbol").GetString()!;
        var one = Items(await SearchAsync(user, $"q=international&symbol={Uri.EscapeDataString(whole.ToLowerInvariant())}&limit=100"));
        Assert.NotEmpty(one);
        Assert.All(one, h => Assert.Equal(whole, h.GetProperty("symbol").GetString()));
        Assert.Empty(Items(await SearchAsync(user, $"q=international&symbol={Uri.EscapeDataString(whole)}0")));
        Assert.Empty(Items(await SearchAsync(user, "q=international&symbol=%25")));
    }

    /// <summary>Both engines rank the newest matches only, and page on through older ones newest first.</summary>
    [Fact]
    public async Task The_ranked_hits_are_the_newest_matches_and_older_ones_follow_newest_first()
    {
        using var reader = await UserAsync("aged");
        var hits = await AllHitsAsync(reader, "q=security&kind=library&limit=100", atMost: 400);

        Assert.Equal(400, hits.Count);
        await using var connection = Corpus.App.OpenDatabase();
        var keys = new List<long>();
        foreach (var hit in hits)
        {
            keys.Add(await Dapper.SqlMapper.QuerySingleAsync<long>(connection,
                "SELECT search_key FROM library_paragraphs WHERE document_id = @id AND position = @position",
                StoredAt(hit)));
        }

        var ranked = keys.Take(LibrarySearchStore.DefaultRankedMatches).ToList();
        var older = keys.Skip(LibrarySearchStore.DefaultRankedMatches).ToList();
        Assert.True(ranked.Min() >= older.Max(), "the ranked hits are the newest matches");
        Assert.Equal(older.OrderByDescending(k => k), older);
        Assert.NotEqual(ranked.OrderByDescending(k => k), ranked);
    }

    /// <summary>
    /// A broad query is ranked among its newest matches only (LibrarySearchStore.DefaultRankedMatches), on both engines:
    /// "the" is in thousands of the corpus's paragraphs, and its pages hold exactly the newest 1,000 of them, no deeper.
    /// </summary>
    [Fact]
    public async Task A_broad_search_ranks_its_newest_matches_and_pages_no_deeper()
    {
        using var reader = await UserAsync("broad");
        var hits = (await AllHitsAsync(reader, "q=the&limit=100")).Select(h => $"{h.GetProperty("id").GetGuid()}/{h.GetProperty("clauseId").GetString()}").ToList();

        await using var connection = Corpus.App.OpenDatabase();
        var newest = await Dapper.SqlMapper.QueryAsync<(string DocumentId, long Position)>(connection, $"""
            SELECT document_id, position FROM library_paragraphs
            WHERE kind <> 'heading' AND (' ' || words || ' ') LIKE '% the %'
            ORDER BY search_key DESC LIMIT {LibrarySearchStore.MaxDepth}
            """);
        Assert.Equal(LibrarySearchStore.MaxDepth, hits.Count);
        Assert.Equal(newest.Select(n => $"{Guid.Parse(n.DocumentId)}/p{n.Position}").Order(StringComparer.Ordinal), hits.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// "the" under one organ is common enough that PostgreSQL walks that organ's paragraphs newest first
    /// (LibraryReadPlan) instead of reading every match from its GIN index: the pages hold exactly that organ's
    /// newest matches, as a year range's do.
    /// </summary>
    [Theory]
    [InlineData("Security Council", "S/RES/", "")]
    [InlineData("General Assembly", "A/RES/", "&yearFrom=2015")]
    public async Task A_broad_search_under_an_organ_pages_that_organs_newest_matches(string organ, string symbols, string years)
    {
        using var reader = await UserAsync("organ");
        var hits = (await AllHitsAsync(reader, $"q=the&organ={Uri.EscapeDataString(organ)}{years}&limit=100"))
            .Select(h => $"{h.GetProperty("id").GetGuid()}/{h.GetProperty("clauseId").GetString()}|{h.GetProperty("symbol").GetString()}").ToList();

        await using var connection = Corpus.App.OpenDatabase();
        var newest = await Dapper.SqlMapper.QueryAsync<(string DocumentId, long Position, string Symbol)>(connection, $"""
            SELECT p.document_id, p.position, d.symbol FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
            WHERE p.kind <> 'heading' AND (' ' || p.words || ' ') LIKE '% the %' AND d.organ = @organ AND (@from IS NULL OR d.year >= @from)
            ORDER BY p.search_key DESC LIMIT {LibrarySearchStore.MaxDepth}
            """, new { organ, from = years.Length == 0 ? (long?)null : 2015 });
        Assert.Equal(newest.Count(), hits.Count);
        Assert.All(hits, h => Assert.Contains($"|{symbols}", h, StringComparison.Ordinal));
        Assert.Equal(newest.Select(n => $"{Guid.Parse(n.DocumentId)}/p{n.Position}|{n.Symbol}").Order(StringComparer.Ordinal), hits.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap_and_a_bad_query_or_cursor_is_a_400()
    {
        using var user = await UserAsync("pager");
        var first = await SearchAsync(user, "q=security&limit=7");
        var next = first.GetProperty("next").GetString();
        Assert.NotNull(next);
        var second = await SearchAsync(user, $"q=security&limit=7&after={next}");
        var firstKeys = Items(first).Select(h => $"{h.GetProperty("id")}/{h.GetProperty("clauseId")}").ToList();
        var secondKeys = Items(second).Select(h => $"{h.GetProperty("id")}/{h.GetProperty("clauseId")}").ToList();
        Assert.Equal(7, firstKeys.Count);
        Assert.Equal(7, secondKeys.Count);
        Assert.Empty(firstKeys.Intersect(secondKeys));
        var both = Items(await SearchAsync(user, "q=security&limit=14")).Select(h => $"{h.GetProperty("id")}/{h.GetProperty("clauseId")}");
        Assert.Equal(both, firstKeys.Concat(secondKeys));

        foreach (var bad in new[] { "q=", "q=%22%22", "q=peace&limit=0", "q=peace&after=nonsense", "q=peace&kind=memo", "q=peace&yearFrom=soon" })
        {
            var response = await user.GetAsync($"/api/library/search?{bad}", Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, bad);
            Assert.Equal("invalid-request", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task A_six_word_phrase_from_each_of_100_sampled_paragraphs_finds_it_at_rank_1()
    {
        // Paragraphs whose text recurs word for word elsewhere cannot be told apart by any phrase: sampled among the others,
        // each with a phrase of six words found in no other paragraph of the corpus.
        var paragraphs = LibraryCorpus.Texts.SelectMany(t => t.Clauses.Select(p => (Text: t, Paragraph: p, Words: " " + SearchWords.Normalized(p.Text) + " "))).ToList();
        var random = new Random(32);
        var sampled = new List<(AdoptedText Text, LibraryParagraph Paragraph, string Phrase)>();
        foreach (var candidate in paragraphs.OrderBy(_ => random.Next()))
        {
            var words = SearchWords.Of(candidate.Paragraph.Text).Select(w => w.Word).ToList();
            for (var start = words.Count / 3; start + 6 <= words.Count && sampled.Count < 100; start += 3)
            {
                var phrase = " " + string.Join(' ', words.Skip(start).Take(6)) + " ";
                if (paragraphs.Count(p => p.Words.Contains(phrase, StringComparison.Ordinal)) == 1)
                {
                    sampled.Add((candidate.Text, candidate.Paragraph, phrase.Trim()));
                    break;
                }
            }

            if (sampled.Count == 100)
            {
                break;
            }
        }

        Assert.Equal(100, sampled.Count);
        using var user = await UserAsync("sampler");
        var misses = new List<string>();
        foreach (var (text, paragraph, phrase) in sampled)
        {
            var hits = Items(await SearchAsync(user, $"q={Uri.EscapeDataString($"\"{phrase}\"")}&kind=library&limit=3"));
            if (hits.Count == 0 || hits[0].GetProperty("symbol").GetString() != text.Symbol || hits[0].GetProperty("number").GetString() != paragraph.Reference)
            {
                misses.Add($"\"{phrase}\" ({text.Symbol} {paragraph.Reference}): {(hits.Count == 0 ? "no hit" : $"{hits[0].GetProperty("symbol")} {hits[0].GetProperty("number")}")}");
            }
        }

        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public async Task Drafts_are_searched_for_their_participants_only()
    {
        using var author = await UserAsync("author");
        using var outsider = await UserAsync("outsider");
        var created = await author.PostAsJsonAsync("/api/resolutions", new { organ = "Security Council" }, Cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var inserted = await author.PostAsJsonAsync($"/api/resolutions/{id}/clauses", new { kind = "operative", text = "Requests the quokka observatory to report on zanzibarian tides;" }, Cancel);
        Assert.True(inserted.IsSuccessStatusCode, await inserted.Content.ReadAsStringAsync(Cancel));

        var hit = Items(await SearchAsync(author, "q=quokka+zanzibar*")).Single();
        Assert.Equal("draft", hit.GetProperty("kind").GetString());
        Assert.Equal(id, hit.GetProperty("id").GetGuid());
        Assert.Equal("OP 1", hit.GetProperty("number").GetString());
        Assert.Equal("Requests the <mark>quokka</mark> observatory to report on <mark>zanzibarian</mark> tides;", hit.GetProperty("marked").GetString());
        Assert.Empty(Items(await SearchAsync(outsider, "q=quokka+zanzibar*")));
        Assert.Empty(Items(await SearchAsync(author, "q=quokka&kind=library")));
    }

    [Fact]
    public async Task A_draft_changed_after_a_search_is_searched_as_it_now_stands()
    {
        using var author = await UserAsync("reviser");
        var created = await author.PostAsJsonAsync("/api/resolutions", new { organ = "Security Council" }, Cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var inserted = await author.PostAsJsonAsync($"/api/resolutions/{id}/clauses", new { kind = "operative", text = "Requests the wombat commission to survey marsupial burrows;" }, Cancel);
        Assert.True(inserted.IsSuccessStatusCode, await inserted.Content.ReadAsStringAsync(Cancel));
        var clauseId = Items(await SearchAsync(author, "q=wombat&kind=draft")).Single().GetProperty("clauseId").GetString();

        var edit = await author.PutAsJsonAsync($"/api/resolutions/{id}/clauses/{clauseId}", new { text = "Requests the platypus commission to survey marsupial burrows;", baseVersion = 1, opId = "reviser-1" }, Cancel);
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Cancel));
        Assert.Empty(Items(await SearchAsync(author, "q=wombat&kind=draft")));
        Assert.Equal("Requests the <mark>platypus</mark> commission to survey marsupial burrows;", Items(await SearchAsync(author, "q=platypus&kind=draft")).Single().GetProperty("marked").GetString());

        var second = await author.PostAsJsonAsync($"/api/resolutions/{id}/clauses", new { kind = "operative", text = "Decides that the platypus commission shall report yearly;" }, Cancel);
        Assert.True(second.IsSuccessStatusCode, await second.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["OP 1", "OP 2"], Items(await SearchAsync(author, "q=platypus&kind=draft")).Select(hit => hit.GetProperty("number").GetString()));
        var deleted = await author.DeleteAsync($"/api/resolutions/{id}/clauses/{clauseId}", Cancel);
        Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["OP 1"], Items(await SearchAsync(author, "q=platypus&kind=draft")).Select(hit => hit.GetProperty("number").GetString()));
    }

    [Fact]
    public async Task A_paragraph_with_three_words_changed_and_two_reordered_is_matched_to_its_source()
    {
        var source = LibraryCorpus.Texts.Single(t => t.Symbol == Universal).Paragraphs.Single(p => p.Reference == "PP 4");
        // "Noting the constructive dialogue in the Sixth Committee, including in the context of its working group, recognizing …"
        var edited = source.Text
            .Replace("constructive dialogue", "fruitful dialogue", StringComparison.Ordinal)
            .Replace("diversity of views", "variety of views", StringComparison.Ordinal)
            .Replace("continuing discussions", "further discussions", StringComparison.Ordinal)
            .Replace("abuse or misuse", "misuse or abuse", StringComparison.Ordinal);
        Assert.NotEqual(source.Text, edited);
        using var author = await UserAsync("checker");
        using var outsider = await UserAsync("nosy");
        var created = await author.PostAsJsonAsync("/api/resolutions", new { organ = "General Assembly" }, Cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var copied = LibraryCorpus.Texts.Single(t => t.Symbol == Universal).Paragraphs.Single(p => p.Reference == "OP 1");
        foreach (var (kind, text) in new[] { ("preambular", edited), ("operative", copied.Text), ("operative", "Invites the quokka observatory to study zanzibarian tides;") })
        {
            var inserted = await author.PostAsJsonAsync($"/api/resolutions/{id}/clauses", new { kind, text }, Cancel);
            Assert.True(inserted.IsSuccessStatusCode, await inserted.Content.ReadAsStringAsync(Cancel));
        }

        var check = await author.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/agreed-language", Cancel);
        var clauses = check.GetProperty("clauses").EnumerateArray().ToList();
        Assert.Equal(3, clauses.Count);
        var lightly = clauses[0].GetProperty("source");
        Assert.Equal(Universal, lightly.GetProperty("symbol").GetString());
        Assert.Equal("PP 4", lightly.GetProperty("number").GetString());
        Assert.False(lightly.GetProperty("identical").GetBoolean());
        Assert.InRange(lightly.GetProperty("wordsDiffer").GetInt32(), 3, 7);
        Assert.StartsWith($"as in {Universal} PP 4, ", lightly.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Contains(lightly.GetProperty("diff").EnumerateArray(), s => s.GetProperty("kind").GetString() == "inserted" && s.GetProperty("text").GetString()!.Contains("fruitful", StringComparison.Ordinal));
        var identical = clauses[1].GetProperty("source");
        Assert.Equal("identical", identical.GetProperty("summary").GetString());
        Assert.Equal(copied.Text, identical.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, clauses[2].GetProperty("source").ValueKind);

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/resolutions/{id}/agreed-language", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/api/resolutions/{Guid.NewGuid()}/agreed-language", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_checked_paragraph_is_checked_again_once_the_library_changes()
    {
        // The check keeps what each paragraph's words found until the library changes: a text adopted since must show.
        const string Words = "Urges the guild of lighthouse keepers to chart the shoals of the Kattegat by spring;";
        using var author = await UserAsync("checker");
        var created = await author.PostAsJsonAsync("/api/resolutions", new { organ = "Security Council" }, Cancel);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        (await author.PostAsJsonAsync($"/api/resolutions/{id}/clauses", new { kind = "operative", text = Words }, Cancel)).EnsureSuccessStatusCode();
        var before = await author.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/agreed-language", Cancel);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("clauses")[0].GetProperty("source").ValueKind);
        var again = await author.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/agreed-language", Cancel);
        Assert.Equal(JsonValueKind.Null, again.GetProperty("clauses")[0].GetProperty("source").ValueKind);

        (await Corpus.Admin.PostAsync("/api/library", Xml(Minimal("S/RES/9003 (2031)", Words)), Cancel)).EnsureSuccessStatusCode();
        var after = await author.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/agreed-language", Cancel);
        var source = after.GetProperty("clauses")[0].GetProperty("source");
        Assert.Equal("S/RES/9003 (2031)", source.GetProperty("symbol").GetString());
        Assert.True(source.GetProperty("identical").GetBoolean());
    }

    [Fact]
    public async Task A_draft_from_an_adopted_text_has_it_as_its_zero_draft_so_the_diff_shows_only_this_years_edits()
    {
        using var drafter = await UserAsync("rollover");
        var response = await drafter.PostAsync($"/api/library/{Corpus.Ids[Universal]}/draft", null, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal($"/api/resolutions/{id}", response.Headers.Location!.OriginalString);
        var adopted = LibraryCorpus.Texts.Single(t => t.Symbol == Universal);
        Assert.Equal(adopted.Paragraphs.Where(p => p.Kind == LibraryParagraphKind.Operative).Select(p => p.Text), draft.GetProperty("operative").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(adopted.Title, draft.GetProperty("title").GetString());
        Assert.Equal("penholder", draft.GetProperty("role").GetString());

        var revisions = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/revisions", Cancel);
        Assert.Equal($"Zero draft (from {Universal})", revisions.EnumerateArray().Single().GetProperty("label").GetString());
        var unchanged = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/diff?from=0", Cancel);
        Assert.Equal(0, unchanged.GetProperty("summary").GetProperty("modified").GetInt32());

        var clause = draft.GetProperty("operative")[1];
        var edit = await drafter.PutAsJsonAsync($"/api/resolutions/{id}/clauses/{clause.GetProperty("id").GetString()}",
            new { text = clause.GetProperty("text").GetString()![..^1] + ", as appropriate" + clause.GetProperty("text").GetString()![^1], baseVersion = 1, opId = "rollover-1" }, Cancel);
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Cancel));
        var diff = await drafter.GetFromJsonAsync<JsonElement>($"/api/resolutions/{id}/diff?from=0", Cancel);
        Assert.Equal(1, diff.GetProperty("summary").GetProperty("modified").GetInt32());
        Assert.Equal(0, diff.GetProperty("summary").GetProperty("inserted").GetInt32() + diff.GetProperty("summary").GetProperty("deleted").GetInt32());
        var changed = diff.GetProperty("operative").EnumerateArray().Single(c => c.GetProperty("change").GetString() != "unchanged");
        Assert.Equal(clause.GetProperty("id").GetString(), changed.GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await drafter.PostAsync($"/api/library/{Guid.NewGuid()}/draft", null, Cancel)).StatusCode);
    }
}

/// <summary>The library on the embedded SQLite database (FTS5).</summary>
public sealed class SqliteLibraryApiTests(SqliteLibraryCorpus corpus) : LibraryApiTests<SqliteLibraryCorpus>(corpus)
{
    /// <summary>
    /// Migration 0084 writes the index's word pairs of a library imported before it in SQL; imports write them in C#
    /// (<see cref="LibraryFtsQuery.Pairs"/>). Both must write the same pairs, or phrases would not find what was imported
    /// before the migration: the migration's expression, run over the corpus, against the C# one.
    /// </summary>
    [Theory]
    [InlineData("0084_library_pairs_and_words.sql")]
    [InlineData("0085_library_symbol_beginnings.sql")]
    public async Task The_migration_writes_the_same_word_pairs_as_an_import(string file)
    {
        var resource = typeof(LibraryFtsQuery).Assembly.GetManifestResourceNames().Single(n => n.EndsWith($"Sqlite/{file}", StringComparison.Ordinal));
        using var reader = new StreamReader(typeof(LibraryFtsQuery).Assembly.GetManifestResourceStream(resource)!);
        var migration = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var start = migration.IndexOf("SELECT p.search_key, p.words, ", StringComparison.Ordinal);
        var end = migration.IndexOf("FROM library_paragraphs p WHERE p.kind <> 'heading';", start, StringComparison.Ordinal);
        // The pairs' expression, without the meta after it.
        var select = migration[start..end].Replace("SELECT p.search_key, p.words, ", "SELECT p.words, ", StringComparison.Ordinal);
        select = select[..select.LastIndexOf(", p.meta", StringComparison.Ordinal)];

        await using var connection = Corpus.App.OpenDatabase();
        var rows = (await Dapper.SqlMapper.QueryAsync<(string Words, string Pairs)>(connection, $"{select} FROM library_paragraphs p WHERE p.kind <> 'heading'")).ToList();
        Assert.True(rows.Count > 14_000, $"{rows.Count} paragraphs");
        Assert.All(rows, r => Assert.Equal(LibraryFtsQuery.Pairs(r.Words), r.Pairs));
    }

    /// <summary>
    /// Migration 0085 writes the beginnings of each symbol into the index's meta in SQL; imports write them in C#
    /// (<see cref="LibrarySearchMeta.Beginnings"/>). The migration's expression, run over the corpus, must give each document the
    /// words an import gave its paragraphs, or a symbol filter would miss what was imported before it.
    /// </summary>
    [Fact]
    public async Task The_migration_writes_the_same_symbol_beginnings_as_an_import()
    {
        var resource = typeof(LibraryFtsQuery).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("Sqlite/0085_library_symbol_beginnings.sql", StringComparison.Ordinal));
        using var reader = new StreamReader(typeof(LibraryFtsQuery).Assembly.GetManifestResourceStream(resource)!);
        var migration = await reader.ReadToEndAsync(Cancel);
        var start = migration.IndexOf("WITH RECURSIVE beginning", StringComparison.Ordinal);
        var end = migration.IndexOf(';', start);
        await using var connection = Corpus.App.OpenDatabase();
        var beginnings = (await Dapper.SqlMapper.QueryAsync<(string Id, string Words)>(connection, migration[start..end])).ToDictionary(b => b.Id, b => b.Words);
        var documents = (await Dapper.SqlMapper.QueryAsync<(string Id, string SymbolKey)>(connection, "SELECT id, symbol_key FROM library_documents")).ToList();
        Assert.True(documents.Count >= 408, $"{documents.Count} documents");
        Assert.All(documents, d => Assert.Equal(" " + beginnings[d.Id], LibrarySearchMeta.Beginnings(d.SymbolKey)));
    }

    /// <summary>
    /// SQLite ranks the newest matches by length, reading each paragraph's number of words from FTS5's own docsize row
    /// (<see cref="LibraryRanking"/>): the order of four pages of "security", against the paragraphs' rows, and the
    /// decoded sizes against the words stored, so a change of FTS5's format would show here.
    /// </summary>
    [Fact]
    public async Task Hits_rank_the_shorter_paragraph_first_among_the_newest_then_continue_newest_first()
    {
        using var user = await UserAsync("ranker");
        var hits = await AllHitsAsync(user, "q=security&kind=library&limit=100", atMost: 400);

        Assert.Equal(400, hits.Count);
        await using var connection = Corpus.App.OpenDatabase();
        var keyed = new List<(long Key, int Words, long Indexed)>();
        foreach (var hit in hits)
        {
            var row = await Dapper.SqlMapper.QuerySingleAsync<(long Key, string Words, byte[] Sizes)>(connection,
                """
                SELECT p.search_key, p.words, s.sz FROM library_paragraphs p JOIN library_fts_docsize s ON s.id = p.search_key
                WHERE p.document_id = @id AND p.position = @position
                """,
                StoredAt(hit));
            keyed.Add((row.Key, row.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, LibraryRanking.WordsColumnSize(row.Sizes)));
        }

        Assert.All(keyed, k => Assert.Equal(k.Words, k.Indexed));
        var ranked = keyed.Take(LibrarySearchStore.DefaultRankedMatches).ToList();
        Assert.Equal(ranked.OrderBy(k => k.Words).ThenByDescending(k => k.Key), ranked);
        var older = keyed.Skip(LibrarySearchStore.DefaultRankedMatches).ToList();
        Assert.Equal(older.OrderByDescending(k => k.Key), older);
        Assert.True(ranked.Min(k => k.Key) > older.Max(k => k.Key), "the ranked hits are the newest matches");
    }

    /// <summary>SQLite writes a prefix as the library's words that begin with it: the same paragraphs as FTS5's own prefix query, alone and ending a phrase.</summary>
    [Theory]
    [InlineData("humanit*", "words : \"humanit\"*")]
    [InlineData("international-humanit*", "words : \"international humanit\"*")]
    [InlineData("sanction* council", "words : \"sanction\"* AND words : \"council\"")]
    public async Task A_prefix_finds_the_paragraphs_fts5s_own_prefix_query_finds(string query, string fts5)
    {
        using var user = await UserAsync("prefixer");
        var found = (await AllHitsAsync(user, $"q={Uri.EscapeDataString(query)}&kind=library&limit=100"))
            .Select(h => $"{h.GetProperty("id").GetGuid()}/{h.GetProperty("clauseId").GetString()}").ToHashSet(StringComparer.Ordinal);

        await using var connection = Corpus.App.OpenDatabase();
        var expected = (await Dapper.SqlMapper.QueryAsync<string>(connection,
            """
            SELECT p.document_id || '/p' || p.position FROM library_fts f JOIN library_paragraphs p ON p.search_key = f.rowid
            WHERE library_fts MATCH @fts5
            """,
            new { fts5 })).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(expected.Count, 2, LibrarySearchStore.MaxDepth);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Empty(Items(await SearchAsync(user, "q=zzyzxq*&kind=library")));
    }
}

/// <summary>The library on PostgreSQL (tsvector, GIN).</summary>
public sealed class PostgreSqlLibraryApiTests(PostgreSqlLibraryCorpus corpus) : LibraryApiTests<PostgreSqlLibraryCorpus>(corpus)
{
    /// <summary>
    /// PostgreSQL sends the check's candidate queries many to a statement: each paragraph must get exactly the candidates
    /// its own queries find, in the same order with the same similarity, as a store sending every query alone
    /// (<c>Drafting:Library:BatchedMatches</c> = 0) gives it. Paragraphs of the corpus copied, lightly edited (three
    /// words replaced, two swapped), with their rarest word taken from another paragraph (the narrow query finds nothing:
    /// the wide one in a batch of its own), and cut to their first words (fewer than three candidate words).
    /// </summary>
    [Fact]
    public async Task The_check_sending_its_queries_together_finds_what_each_paragraph_finds_alone()
    {
        const int Seed = 3201;
        var random = new Random(Seed);
        var frequencies = await Corpus.App.Services.GetRequiredService<LibraryWordFrequencies>().CurrentAsync(Cancel);
        long Frequency(string word) => frequencies.GetValueOrDefault(word);
        var sampled = SampledParagraphs(160);
        var rare = sampled.Select(t => AgreedLanguage.CandidateWords(t, Frequency) is [var first, ..] ? first : null).OfType<string>().ToList();
        var texts = sampled.Select((text, i) => (i % 4) switch
        {
            0 => text,
            1 => LightlyEdited(text, random),
            2 => AgreedLanguage.CandidateWords(text, Frequency) is [var rarest, ..]
                ? text.Replace(rarest, rare[(i + 7) % rare.Count], StringComparison.OrdinalIgnoreCase)
                : text,
            _ => string.Join(' ', text.Split(' ').Take(5)),
        }).ToList();
        var words = texts.Select(t => AgreedLanguage.CandidateWords(t, Frequency)).ToList();
        var scorers = texts.Select(t => new SimilarityScorer(t)).ToList();

        var searches = words.Select((w, i) => CandidateSearch.For(w, scorers[i])).ToList();
        var together = await Corpus.App.Services.GetRequiredService<LibrarySearchStore>().CandidatesAsync(searches, Frequency, (i, c, atLeast) => scorers[i].Score(c.Words, atLeast), 3, Cancel);
        using var aloneStore = new LibrarySearchStore(
            Corpus.App.Services.GetRequiredService<Drafting.Api.Platform.DraftingDatabase>(),
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Drafting:Library:BatchedMatches"] = "0" }).Build(),
            Corpus.App.Services.GetRequiredService<LibraryWordFrequencies>());
        var alone = await aloneStore.CandidatesAsync(searches, Frequency, (i, c, atLeast) => scorers[i].Score(c.Words, atLeast), 3, Cancel);

        for (var i = 0; i < texts.Count; i++)
        {
            var (expected, actual) = (alone[i].Select(h => (h.Row.ParagraphId, h.Similarity)), together[i].Select(h => (h.Row.ParagraphId, h.Similarity)));
            Assert.True(expected.SequenceEqual(actual), $"seed {Seed}, paragraph {i} (\"{texts[i]}\"): alone {string.Join(", ", expected)}, together {string.Join(", ", actual)}");
        }

        // The copied, edited and misled paragraphs found their sources; some cut ones went to the wide query with fewer
        // than three words (too short to be close to anything adopted: they find nothing either way).
        Assert.All(Enumerable.Range(0, 3), kind => Assert.True(Enumerable.Range(0, texts.Count).Count(i => i % 4 == kind && together[i].Count > 0) >= 30, $"kind {kind}"));
        Assert.Contains(Enumerable.Range(0, texts.Count), i => i % 4 == 3 && words[i].Count is > 0 and < 3);
    }
}

/// <summary>The archive limits, as the tests state them.</summary>
internal static class LibraryZipLimits
{
    public const int MaxEntries = LibraryZip.MaxEntries;

    public const long MaxEntryBytes = LibraryZip.MaxEntryBytes;
}
