using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Drafting.Model.Import.Docx;

namespace Drafting.Api.Tests;

/// <summary>
/// A small .docx nested thousands deep used to end the whole process (a stack overflow while the OpenXml SDK built its
/// tree, which no handler catches). Now a streaming reader measures the depth first and the file is refused with a 400
/// that names the depth and the limit, on import and on Word review alike, and the server answers on.
/// </summary>
public class WordNestingApiTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Run = "<w:r><w:t>Decides to remain seized of the matter.</w:t></w:r>";

    /// <summary>Each kind of nesting the attack used, as (opening, closing, inside) around one paragraph or run.</summary>
    public static TheoryData<string> Kinds => ["sdt", "customXml", "table", "hyperlink", "ins", "smartTag"];

    /// <summary>A Word package whose body holds <paramref name="depth"/> levels of <paramref name="kind"/>.</summary>
    public static byte[] Nested(string kind, int depth)
    {
        var (open, close, inner, inParagraph) = kind switch
        {
            "sdt" => ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", $"<w:p>{Run}</w:p>", false),
            "customXml" => ("<w:customXml w:element=\"x\">", "</w:customXml>", $"<w:p>{Run}</w:p>", false),
            "table" => ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", $"<w:p>{Run}</w:p>", false),
            "hyperlink" => ("<w:hyperlink w:anchor=\"a\">", "</w:hyperlink>", Run, true),
            "ins" => ("<w:ins w:id=\"1\" w:author=\"A\">", "</w:ins>", Run, true),
            _ => ("<w:smartTag w:uri=\"u\" w:element=\"x\">", "</w:smartTag>", Run, true),
        };
        var body = new StringBuilder();
        body.Append(inParagraph ? "<w:p>" : "");
        for (var i = 0; i < depth; i++)
        {
            body.Append(open);
        }

        body.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            body.Append(close);
        }

        body.Append(inParagraph ? "</w:p>" : "");
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>The Security Council,</w:t></w:r></w:p>{body}</w:body></w:document>";
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var part = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            main.FeedData(part);
        }

        return stream.ToArray();
    }

    private static ByteArrayContent WordBody(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(Docx);
        return content;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_word_file_nested_thousands_deep_is_a_400_naming_depth_and_limit_on_import_and_review_and_the_server_answers_on(string kind)
    {
        await using var scenario = await Scenario.CreateAsync();
        var drafter = scenario.Clients["drafter"];
        foreach (var depth in new[] { 1_000, 10_000, 100_000 })
        {
            var file = Nested(kind, depth);
            foreach (var path in new[] { "/api/resolutions/import", scenario.Path("/word-review") })
            {
                var response = await drafter.PostAsync(path, WordBody(file));
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind} × {depth:N0} on {path}: {(int)response.StatusCode} {text}");
                var problem = JsonDocument.Parse(text).RootElement;
                Assert.Equal("invalid-request", problem.GetProperty("code").GetString());
                Assert.Equal("nested-too-deep", problem.GetProperty("reason").GetString());
                var detail = problem.GetProperty("detail").GetString()!;
                Assert.Contains($"at most {WordNestingCheck.MaxDepth:N0}", detail, StringComparison.Ordinal);
                Assert.Matches(@"nests its elements [\d,]+ deep", detail);
            }

            // The process is alive and nothing was stored.
            var list = await drafter.GetFromJsonAsync<JsonElement>("/api/resolutions");
            Assert.Equal(1, list.GetArrayLength());
            Assert.Equal(0, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"))).GetArrayLength());
        }
    }

    [Fact]
    public async Task A_word_file_nested_as_deep_as_the_limit_allows_still_imports()
    {
        await using var app = new DraftingApplication();
        using var client = await app.UserAsync("delegate");
        // The body and the paragraph around it take their own levels: the content controls fill what is left.
        var response = await client.PostAsync("/api/resolutions/import", WordBody(Nested("sdt", (WordNestingCheck.MaxDepth - 6) / 2)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>How long the depth check takes is measured by WordNestingBenchmarks in bench/Drafting.Benchmarks, not here.</summary>
    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_file_nested_100_000_deep_is_refused_as_too_deep(string kind)
    {
        var (text, problem) = WordDocumentReader.Read(Nested(kind, 100_000));
        Assert.Null(text);
        Assert.Equal(WordFileProblemKind.TooDeep, problem!.Kind);
    }
}
