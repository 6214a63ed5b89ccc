using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>
/// A Word review spends the uploader's proposal and comment budgets like the REST calls: what the budget cannot pay
/// for is cut in file order and named, never stored, and the REST budget afterwards is what the review left.
/// </summary>
public class WordReviewBudgetTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ByteArrayContent WordBody(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return content;
    }

    [Fact]
    public async Task A_review_larger_than_the_budget_is_cut_in_file_order_naming_what_was_not_stored_and_spends_the_rest_budget()
    {
        // A bucket of 10 of each (the least a bucket holds), refilled at one per 100 minutes: nothing comes back during the test.
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopbackAfter(settings =>
        {
            settings["Drafting:Limits:ProposalsPerMinute"] = "0.01";
            settings["Drafting:Limits:CommentsPerMinute"] = "0.01";
        }));
        var drafter = scenario.Clients["drafter"];
        var export = await drafter.GetAsync(scenario.Path("/export/docx"), Cancel);
        export.EnsureSuccessStatusCode();
        using var edited = new ReturnedWordFile(await export.Content.ReadAsByteArrayAsync(Cancel));
        var paragraphs = scenario.Resolution.GetProperty("preambular").EnumerateArray().Concat(scenario.Resolution.GetProperty("operative").EnumerateArray())
            .Select(p => p.GetProperty("text").GetString()!).Where(text => text.Length >= 40).Take(12).ToList();
        Assert.Equal(12, paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            edited.Insert("drafter (Ghana)", paragraphs[i][..40], $" Ghana's addition {i}.").Comment("drafter (Ghana)", paragraphs[i][..40], $"Ghana's note {i}.");
        }

        var response = await drafter.PostAsync(scenario.Path("/word-review"), WordBody(edited.Bytes()), Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var review = JsonDocument.Parse(text).RootElement;
        var proposals = review.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("status").GetString()).ToList();
        var comments = review.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToList();
        // The upload itself is one proposal call (9 left); the cut falls at the end, in file order.
        Assert.Equal([.. Enumerable.Repeat("created", 9), .. Enumerable.Repeat("over-budget", 3)], proposals);
        Assert.Equal([.. Enumerable.Repeat("created", 10), .. Enumerable.Repeat("over-budget", 2)], comments);
        var warning = review.GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("code").GetString() == "over-budget").GetProperty("message").GetString();
        Assert.Contains("3 of 12 changes were not proposed", warning, StringComparison.Ordinal);
        Assert.Contains("2 of 12 comments were not added", warning, StringComparison.Ordinal);
        Assert.Equal(9, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"), Cancel)).GetArrayLength());
        Assert.Equal(10, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"), Cancel)).GetArrayLength());

        // The REST budget is what the review left: nothing.
        var clause = scenario.ClauseId("operative", 0);
        var rest = await drafter.PostAsJsonAsync(scenario.Path("/comments"), new { clauseId = clause, body = "One more.", visibility = "all" }, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, rest.StatusCode);
        Assert.Equal(10, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/comments"), Cancel)).GetArrayLength());
    }

    [Fact]
    public async Task A_review_the_budget_cannot_pay_any_of_is_refused_whole_saying_how_many_and_the_budget()
    {
        await using var scenario = await Scenario.CreateAsync(DraftingApplication.OnLoopbackAfter(settings =>
        {
            settings["Drafting:Limits:ProposalsPerMinute"] = "0.01";
            settings["Drafting:Limits:CommentsPerMinute"] = "0.01";
        }));
        var drafter = scenario.Clients["drafter"];
        var export = await drafter.GetAsync(scenario.Path("/export/docx"), Cancel);
        using var edited = new ReturnedWordFile(await export.Content.ReadAsByteArrayAsync(Cancel));
        var op1 = scenario.Resolution.GetProperty("operative")[0].GetProperty("text").GetString()!;
        edited.Insert("drafter (Ghana)", op1[..30], " Ghana's addition.");
        var clause = scenario.ClauseId("operative", 0);
        // Nine proposals through REST leave one token: the upload's own call takes it.
        for (var i = 0; i < 9; i++)
        {
            var proposed = await drafter.PostAsJsonAsync(scenario.Path("/proposals"),
                new { kind = "replace", clauseId = clause, text = $"Decides, variant {i};", baseVersion = 1, rationale = "why", opId = $"rest-{i}" }, Cancel);
            Assert.True(proposed.IsSuccessStatusCode, await proposed.Content.ReadAsStringAsync(Cancel));
        }

        var response = await drafter.PostAsync(scenario.Path("/word-review"), WordBody(edited.Bytes()), Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Contains("1 of 1 changes could not be proposed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("allows 10 at once", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, (await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/proposals"), Cancel)).GetArrayLength());
    }
}
