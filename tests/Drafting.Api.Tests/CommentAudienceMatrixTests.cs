using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drafting.Api.Features.Comments;
using Drafting.Api.Live;
using Drafting.Api.Platform;
using Drafting.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// Who reads a comment, for each of the three audiences and each kind of reader, in every read: the REST list, the live
/// event, catch-up and every export format. The African Union's observer writes; the readers are herself, a drafter of
/// her own organization, the pen-holder (France), a drafter of another delegation (Ghana), an observer of another
/// organization (the European Union) and the secretary.
/// </summary>
public class CommentAudienceMatrixTests
{
    private static readonly string[] Readers = ["observer", "au-delegate", "penholder", "drafter", "eu-observer", "secretary"];

    /// <summary>Who reads what: everyone the public note; the African Union and the pen-holder the second; the African Union alone the third.</summary>
    private static readonly Dictionary<string, string[]> Audience = new()
    {
        ["all"] = Readers,
        ["penholder"] = ["observer", "au-delegate", "penholder"],
        ["organization"] = ["observer", "au-delegate"],
    };

    private static string Body(string visibility) => $"Audience check {visibility} coordinate with A3 before raising";

    [Fact]
    public async Task Each_audience_reaches_exactly_its_readers_over_rest_live_catch_up_and_every_export()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        await AddAsync(scenario, "au-delegate", "African Union", "drafter");
        await AddAsync(scenario, "eu-observer", "European Union", "observer");

        var live = new Dictionary<string, (HubConnection Connection, Channel<CommentDto> Heard)>();
        foreach (var reader in Readers)
        {
            var connection = await scenario.ConnectAsync(reader);
            var heard = Channel.CreateUnbounded<CommentDto>();
            connection.OnComment(nameof(IDraftingClient.CommentAdded), c => heard.Writer.TryWrite(c));
            await connection.InvokeAsync<JsonElement>("JoinResolution", scenario.ResolutionId);
            live[reader] = (connection, heard);
        }

        try
        {
            var clause = scenario.ClauseId("operative", 0);
            foreach (var visibility in Audience.Keys)
            {
                (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = Body(visibility), visibility }))
                    .EnsureSuccessStatusCode();
            }

            // A last public note: each connection hears it after whatever reached it before (one connection's messages keep their order).
            (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "End of the check.", visibility = "all" }))
                .EnsureSuccessStatusCode();

            foreach (var reader in Readers)
            {
                var listed = await scenario.Clients[reader].GetStringAsync(scenario.Path("/comments"), TestContext.Current.CancellationToken);
                var heard = await HeardUntilTheEndAsync(live[reader].Heard);
                var caughtUp = JsonSerializer.Serialize(await live[reader].Connection.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L));
                foreach (var (visibility, readers) in Audience)
                {
                    var reads = readers.Contains(reader);
                    var body = Body(visibility);
                    Assert.True(listed.Contains(body, StringComparison.Ordinal) == reads, $"REST list: {reader} {(reads ? "must" : "must not")} read the {visibility} comment.");
                    Assert.True(heard.Contains(body) == reads, $"Live: {reader} {(reads ? "must" : "must not")} hear the {visibility} comment.");
                    Assert.True(caughtUp.Contains(body, StringComparison.Ordinal) == reads, $"Catch-up: {reader} {(reads ? "must" : "must not")} get the {visibility} comment.");
                }
            }

            // Observers export too: their files carry the text and exactly the comments they read.
            foreach (var reader in Readers)
            {
                foreach (var format in new[] { "docx", "html", "md", "akn" })
                {
                    var exported = await ExportTextAsync(scenario.Clients[reader], scenario.Path($"/export/{format}?comments=all"));
                    foreach (var (visibility, readers) in Audience.Where(a => !a.Value.Contains(reader)))
                    {
                        Assert.False(exported.Contains(Body(visibility), StringComparison.Ordinal), $"{format} export of {reader} carries the {visibility} comment.");
                    }

                    // Word (as Word comments) and HTML (after the text) carry comments; the others must simply never leak one.
                    if (format is "docx" or "html")
                    {
                        foreach (var (visibility, readers) in Audience.Where(a => a.Value.Contains(reader)))
                        {
                            Assert.True(exported.Contains(Body(visibility), StringComparison.Ordinal), $"{format} export of {reader} lacks the {visibility} comment.");
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var (connection, _) in live.Values)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_private_export_names_each_comments_audience_in_plain_words()
    {
        await using var scenario = await Scenario.CreateAsync();
        await AddAsync(scenario, "au-delegate", "African Union", "drafter");
        var clause = scenario.ClauseId("operative", 0);
        foreach (var visibility in new[] { "penholder", "organization" })
        {
            (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = Body(visibility), visibility }))
                .EnsureSuccessStatusCode();
        }

        var word = await ExportTextAsync(scenario.Clients["au-delegate"], scenario.Path("/export/docx?comments=all"));
        Assert.Contains($"[African Union and the pen-holder] {Body("penholder")}", word, StringComparison.Ordinal);
        Assert.Contains($"[African Union only] {Body("organization")}", word, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organization_only_comments_written_before_the_pen_holder_audience_keep_the_pen_holder_as_a_reader()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var comment = await (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"),
            new { clauseId = scenario.ClauseId("operative", 0), body = "Written when organization-only meant the pen-holder too.", visibility = "organization" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Written when", await scenario.Penholder.GetStringAsync(scenario.Path("/comments"), TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // The migration that introduced the audience, run again over a comment and its event in the old form (no audience
        // columns yet), then the one that fills the events' audience columns from their payloads.
        var database = scenario.App.Services.GetRequiredService<DraftingDatabase>();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("UPDATE events SET visibility = NULL, audience = NULL");
            await connection.ExecuteAsync(MigrationSql("0010_penholder_audience.sql"));
            var columns = MigrationSql("0013_event_audience.sql");
            await connection.ExecuteAsync(columns[columns.IndexOf("UPDATE events", StringComparison.Ordinal)..]);
        }

        var listed = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"), TestContext.Current.CancellationToken);
        var migrated = Assert.Single(listed.EnumerateArray(), c => c.GetProperty("id").GetString() == comment.GetProperty("id").GetString());
        Assert.Equal("penholder", migrated.GetProperty("visibility").GetString());
        await using var penholder = await scenario.ConnectAsync("penholder");
        var events = await penholder.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L);
        Assert.Contains(events, e => e.Type == EventTypes.CommentAdded && e.Payload.GetProperty("visibility").GetString() == "penholder");
        await using var drafter = await scenario.ConnectAsync("drafter");
        var ghana = JsonSerializer.Serialize(await drafter.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L));
        Assert.DoesNotContain("Written when", ghana, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_may_read_an_event_is_stored_in_its_own_columns_and_catch_up_decides_from_them()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopback());
        var clause = scenario.ClauseId("operative", 0);
        foreach (var visibility in new[] { "all", "penholder", "organization" })
        {
            (await scenario.Clients["observer"].PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = $"Note for {visibility}.", visibility }))
                .EnsureSuccessStatusCode();
        }

        var database = scenario.App.Services.GetRequiredService<DraftingDatabase>();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            var rows = (await connection.QueryAsync<(string Type, string? Visibility, string? Audience)>(
                "SELECT type, visibility, audience FROM events WHERE resolution_id = @rid ORDER BY seq", new { rid = scenario.ResolutionId.ToString() })).ToList();
            Assert.All(rows.Where(r => r.Type != EventTypes.CommentAdded), r => Assert.Equal((null, null), (r.Visibility, r.Audience)));
            Assert.Equal([("All", "African Union"), ("Penholder", "African Union"), ("Organization", "African Union")],
                rows.Where(r => r.Type == EventTypes.CommentAdded).Select(r => (r.Visibility, r.Audience)));

            // The columns decide, not the payload: an event whose payload claims "all" but whose columns keep it to the
            // African Union stays hidden from Ghana.
            await connection.ExecuteAsync(
                "UPDATE events SET payload = REPLACE(payload, '\"visibility\":\"organization\"', '\"visibility\":\"all\"') WHERE resolution_id = @rid AND visibility = 'Organization'",
                new { rid = scenario.ResolutionId.ToString() });
        }

        await using var drafter = await scenario.ConnectAsync("drafter");
        var ghana = JsonSerializer.Serialize(await drafter.InvokeAsync<List<LiveEvent>>("CatchUp", scenario.ResolutionId, 0L));
        Assert.Contains("Note for all.", ghana, StringComparison.Ordinal);
        Assert.DoesNotContain("Note for organization.", ghana, StringComparison.Ordinal);
        Assert.DoesNotContain("Note for penholder.", ghana, StringComparison.Ordinal);
    }

    private static string MigrationSql(string name)
    {
        var assembly = typeof(DraftingDatabase).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Drafting.Api.Migrations.Sqlite/{name}")
            ?? assembly.GetManifestResourceStream($"Drafting.Api.Migrations.Sqlite.{name}")
            ?? throw new InvalidOperationException($"No migration {name}: {string.Join(", ", assembly.GetManifestResourceNames())}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task AddAsync(Scenario scenario, string userName, string organization, string role)
    {
        scenario.Clients[userName] = await scenario.App.UserAsync(userName, organization);
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName, role })).EnsureSuccessStatusCode();
    }

    /// <summary>The bodies a connection heard, up to and including the last public note.</summary>
    private static async Task<HashSet<string>> HeardUntilTheEndAsync(Channel<CommentDto> heard)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var bodies = new HashSet<string>();
        while (true)
        {
            var comment = await heard.Reader.ReadAsync(timeout.Token);
            bodies.Add(comment.Body);
            if (comment.Body == "End of the check.")
            {
                return bodies;
            }
        }
    }

    /// <summary>An export's text: a Word file's body and comments as read (runs joined), or the file itself.</summary>
    private static async Task<string> ExportTextAsync(HttpClient client, string path)
    {
        var bytes = await (await client.GetAsync(path, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        if (bytes is not [(byte)'P', (byte)'K', ..])
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        return string.Join('\n', main.Document!.InnerText, main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Select(c => c.InnerText) is { } comments ? string.Join('\n', comments) : "");
    }
}
