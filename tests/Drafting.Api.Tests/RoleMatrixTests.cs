using System.Net;
using System.Net.Http.Json;

namespace Drafting.Api.Tests;

/// <summary>Every role × endpoint cell: allowed roles succeed, other participants and outsiders get 403, anonymous 401.</summary>
public class RoleMatrixTests
{
    private static readonly string[] Everyone = ["penholder", "drafter", "observer", "secretary"];
    private static readonly string[] Editors = ["penholder", "drafter"];

    /// <summary>Endpoint name → (allowed roles, request for a role).</summary>
    private static readonly Dictionary<string, (string[] Allowed, Func<Scenario, string, HttpRequestMessage> Request)> Endpoints = new()
    {
        ["get resolution"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path())),
        ["lint"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/lint"))),
        ["list sponsors"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/sponsors"))),
        ["list participants"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/participants"))),
        ["list comments"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/comments"))),
        ["add comment"] = (["penholder", "drafter", "observer"], (s, role) => new(HttpMethod.Post, s.Path("/comments"))
        {
            Content = JsonContent.Create(new { clauseId = s.ClauseId("preambular", 0), quote = new { exact = "Charter" }, body = $"Note by the {role}" }),
        }),
        ["export md"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/export/md"))),
        ["name draft"] = (["penholder", "secretary"], (s, role) => new(HttpMethod.Patch, s.Path()) { Content = JsonContent.Create(new { session = $"Named by the {role}" }) }),
        ["naming history"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/names"))),
        ["participant candidates"] = (["penholder"], (s, _) => new(HttpMethod.Get, s.Path("/participants/candidates?q=gh"))),
        ["set sponsors"] = (["penholder"], (s, _) => new(HttpMethod.Put, s.Path("/sponsors")) { Content = JsonContent.Create(new[] { new { name = "France", role = "main" } }) }),
        ["add participant"] = (["penholder"], (s, _) => new(HttpMethod.Post, s.Path("/participants")) { Content = JsonContent.Create(new { userName = "secretary", role = "secretary" }) }),
        ["edit clause"] = (Editors, (s, role) => new(HttpMethod.Put, s.Path($"/clauses/{s.ClauseId("preambular", Array.IndexOf(Everyone, role) + 1)}"))
        {
            Content = JsonContent.Create(new { text = $"Recalling text edited by the {role},", baseVersion = 1, opId = $"edit-{role}" }),
        }),
        ["insert clause"] = (Editors, (s, role) => new(HttpMethod.Post, s.Path("/clauses")) { Content = JsonContent.Create(new { kind = "preambular", position = 0, text = $"Noting the {role}," }) }),
        ["delete clause"] = (Editors, (s, role) => new(HttpMethod.Delete, s.Path($"/clauses/{s.ClauseId("operative", Math.Max(Array.IndexOf(Everyone, role), 0))}"))),
        ["move clause"] = (Editors, (s, role) => new(HttpMethod.Post, s.Path($"/clauses/{s.ClauseId("operative", Array.IndexOf(Everyone, role) + 3)}/move")) { Content = JsonContent.Create(new { position = 0 }) }),
        ["list revisions"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/revisions"))),
        ["publish revision"] = (["penholder", "secretary"], (s, role) => new(HttpMethod.Post, s.Path("/revisions")) { Content = JsonContent.Create(new { label = $"By the {role}" }) }),
        ["read stage"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/stage"))),
        ["clause history"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path($"/clauses/{s.ClauseId("operative", 0)}/history"))),
        ["read mode"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/mode"))),
        ["set mode"] = (["penholder"], (s, _) => new(HttpMethod.Put, s.Path("/mode")) { Content = JsonContent.Create(new { mode = "open" }) }),
        ["list proposals"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/proposals"))),
        ["propose"] = (Editors, (s, role) => new(HttpMethod.Post, s.Path("/proposals")) { Content = JsonContent.Create(new { kind = "delete", clauseId = s.ClauseId("operative", Array.IndexOf(Everyone, role) + 1) }) }),
        ["read silence"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/silence"))),
        ["list silences"] = (Everyone, (s, _) => new(HttpMethod.Get, s.Path("/silences"))),
    };

    public static TheoryData<string> EndpointNames() => [.. Endpoints.Keys];

    [Theory]
    [MemberData(nameof(EndpointNames))]
    public async Task Each_role_is_allowed_or_refused_as_DESIGN_says(string endpoint)
    {
        await using var scenario = await Scenario.CreateAsync();
        var (allowed, request) = Endpoints[endpoint];
        // Refused callers first: their requests must change nothing for the allowed ones that follow.
        var order = new[] { "anonymous", "outsider" }.Concat(Everyone.Except(allowed)).Concat(allowed);
        foreach (var role in order)
        {
            using var response = await scenario.Clients[role].SendAsync(request(scenario, role));
            var expected = role == "anonymous" ? HttpStatusCode.Unauthorized : allowed.Contains(role) ? (HttpStatusCode?)null : HttpStatusCode.Forbidden;
            if (expected is { } status)
            {
                Assert.True(status == response.StatusCode, $"{endpoint} as {role}: expected {status}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else
            {
                Assert.True(response.IsSuccessStatusCode, $"{endpoint} as {role}: expected success, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    [Fact]
    public async Task Resolution_list_shows_only_the_resolutions_one_takes_part_in()
    {
        await using var scenario = await Scenario.CreateAsync();
        var observerList = await scenario.Clients["observer"].GetFromJsonAsync<List<Summary>>("/api/resolutions");
        var outsiderList = await scenario.Clients["outsider"].GetFromJsonAsync<List<Summary>>("/api/resolutions");
        Assert.Equal([(scenario.ResolutionId, "observer")], observerList!.Select(r => (r.Id, r.Role)));
        Assert.Empty(outsiderList!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await scenario.Clients["anonymous"].GetAsync("/api/resolutions")).StatusCode);
    }

    [Fact]
    public async Task Only_the_site_admin_creates_accounts()
    {
        await using var scenario = await Scenario.CreateAsync();
        var body = new { userName = "newcomer", password = "long-enough-password", displayName = "New", organization = "Peru" };
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Penholder.PostAsJsonAsync("/api/users", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await scenario.Clients["anonymous"].PostAsJsonAsync("/api/users", body)).StatusCode);
        using var admin = await scenario.App.AdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/users", body with { userName = "NEWCOMER" })).StatusCode);
    }

    [Fact]
    public async Task An_unknown_resolution_is_404_and_a_foreign_one_403()
    {
        await using var scenario = await Scenario.CreateAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await scenario.Penholder.GetAsync($"/api/resolutions/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await scenario.Clients["outsider"].GetAsync(scenario.Path())).StatusCode);
    }

    private sealed record Summary(Guid Id, string Role);
}
