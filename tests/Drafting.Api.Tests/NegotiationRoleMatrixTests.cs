using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Drafting.Api.Tests;

/// <summary>
/// The role table for the negotiation operations that act on something (a proposal, a running silence): each attempt
/// gets a fresh one, so a refused caller and an allowed one are judged on the same state.
/// </summary>
public class NegotiationRoleMatrixTests
{
    private static readonly string[] Roles = ["anonymous", "outsider", "penholder", "drafter", "observer", "secretary", "kenya"];

    /// <summary>Operation → (allowed roles, set-up returning the path to send to, body).</summary>
    private static readonly Dictionary<string, (string[] Allowed, HttpMethod Method, Func<Scenario, Task<string>> Arrange, object? Body)> Operations = new()
    {
        ["support proposal"] = (["penholder", "drafter"], HttpMethod.Post, async s => s.Path($"/proposals/{await KenyaProposesAsync(s)}/support"), new { }),
        ["withdraw proposal"] = (["kenya"], HttpMethod.Post, async s => s.Path($"/proposals/{await KenyaProposesAsync(s)}/withdraw"), new { }),
        ["accept proposal"] = (["penholder"], HttpMethod.Post, async s => s.Path($"/proposals/{await KenyaProposesAsync(s)}/accept"), new { }),
        ["preview proposal"] = (["penholder", "drafter", "observer", "secretary", "kenya"], HttpMethod.Get, async s => s.Path($"/proposals/{await KenyaProposesAsync(s)}/preview"), null),
        ["reject proposal"] = (["penholder"], HttpMethod.Post, async s => s.Path($"/proposals/{await KenyaProposesAsync(s)}/reject"), new { reason = "Not now." }),
        ["start silence"] = (["penholder", "secretary"], HttpMethod.Post, async s => { await EndSilenceAsync(s); return s.Path("/silence"); }, null),
        ["break silence"] = (["drafter", "kenya"], HttpMethod.Post, async s => { await EndSilenceAsync(s); await StartSilenceAsync(s); return s.Path("/silence/break"); }, new { statement = "We cannot join." }),
        ["withdraw silence"] = (["penholder"], HttpMethod.Delete, async s => { await EndSilenceAsync(s); await StartSilenceAsync(s); return s.Path("/silence"); }, null),
    };

    public static TheoryData<string> OperationNames() => [.. Operations.Keys];

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Each_role_is_allowed_or_refused_as_the_role_table_says(string operation)
    {
        await using var scenario = await Scenario.CreateAsync();
        scenario.Clients["kenya"] = await scenario.App.UserAsync("kenya", "Kenya");
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/participants"), new { userName = "kenya", role = "drafter" })).EnsureSuccessStatusCode();
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/revisions"), new { label = "Rev.1" })).EnsureSuccessStatusCode();
        var (allowed, method, arrange, body) = Operations[operation];
        // The proposing delegation's own support is not a matter of role (a 409, tested with the proposals).
        foreach (var role in Roles.Where(r => !(operation == "support proposal" && r == "kenya")))
        {
            var path = await arrange(scenario);
            using var request = new HttpRequestMessage(method, path)
            {
                Content = operation == "start silence" ? JsonContent.Create(new { revision = 0, until = DateTimeOffset.UtcNow.AddHours(1) }) : body is null ? null : JsonContent.Create(body),
            };
            using var response = await scenario.Clients[role].SendAsync(request);
            var expected = role == "anonymous" ? HttpStatusCode.Unauthorized : allowed.Contains(role) ? (HttpStatusCode?)null : HttpStatusCode.Forbidden;
            var text = await response.Content.ReadAsStringAsync();
            if (expected is { } status)
            {
                Assert.True(status == response.StatusCode, $"{operation} as {role}: expected {status}, got {(int)response.StatusCode} {text}");
            }
            else
            {
                Assert.True(response.IsSuccessStatusCode, $"{operation} as {role}: expected success, got {(int)response.StatusCode} {text}");
            }
        }
    }

    private static async Task<string> KenyaProposesAsync(Scenario scenario)
    {
        var current = await scenario.CurrentAsync();
        var last = current.GetProperty("operative");
        var clause = last[last.GetArrayLength() - 1].GetProperty("id").GetString();
        var response = await scenario.Clients["kenya"].PostAsJsonAsync(scenario.Path("/proposals"), new { kind = "insert", insertKind = "operative", afterClauseId = clause, text = "Decides to remain seized of the matter." });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task StartSilenceAsync(Scenario scenario) =>
        (await scenario.Penholder.PostAsJsonAsync(scenario.Path("/silence"), new { revision = 0, until = DateTimeOffset.UtcNow.AddHours(1) })).EnsureSuccessStatusCode();

    private static async Task EndSilenceAsync(Scenario scenario)
    {
        var silence = await scenario.Penholder.GetFromJsonAsync<JsonElement>(scenario.Path("/silence"));
        if (silence.GetProperty("status").GetString() == "running")
        {
            (await scenario.Penholder.DeleteAsync(scenario.Path("/silence"))).EnsureSuccessStatusCode();
        }
    }
}
