using System.Text;
using CsCheck;

namespace Drafting.Api.Tests;

/// <summary>200 generated malformed bodies and imports: each gets a 4xx ProblemDetails and the database stays as it was.</summary>
public class MalformedInputTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    private sealed record BadRequest(string Who, HttpMethod Method, string Path, string ContentType, byte[] Body)
    {
        public override string ToString() => $"{Who} {Method} {Path} [{ContentType}] {Encoding.UTF8.GetString(Body)[..Math.Min(Body.Length, 120)]}";
    }

    private static Gen<string> Json(params string[] bodies) => Gen.OneOfConst(bodies);

    private static readonly Gen<string> Garbage = Gen.String[0, 80];

    private static readonly Gen<string> BrokenJson = Gen.OneOf(
        Json("{", "[1,2", "null", "\"just a string\"", "{\"text\": }", "{,}", "{\"text\": \"unterminated", "\u0000\u0001", "{\"baseVersion\": \"one\"}", "123"),
        Garbage.Select(s => "{\"text\": " + s));

    private static Gen<BadRequest> Requests(Scenario s)
    {
        var pp = s.ClauseId("preambular", 0);
        var op = s.ClauseId("operative", 0);
        Gen<BadRequest> JsonTo(string who, HttpMethod method, string path, Gen<string> body) =>
            body.Select(b => new BadRequest(who, method, path, "application/json", Encoding.UTF8.GetBytes(b)));

        var longText = new string('w', 20_001);
        return Gen.OneOf(
            JsonTo("anonymous", HttpMethod.Post, "/api/auth/token", Gen.OneOf(BrokenJson, Json("{}", "{\"userName\": \"penholder\", \"password\": \"wrong\"}", "{\"userName\": \"\", \"password\": \"\"}"))),
            JsonTo("admin", HttpMethod.Post, "/api/users", Gen.OneOf(BrokenJson, Json("{}", "{\"userName\": \"x\", \"password\": \"short\", \"displayName\": \"X\", \"organization\": \"Peru\"}",
                "{\"userName\": \"penholder\", \"password\": \"long-enough-password\", \"displayName\": \"X\", \"organization\": \"Peru\"}",
                "{\"userName\": \"bad\\u0007name\", \"password\": \"long-enough-password\", \"displayName\": \"X\", \"organization\": \"Peru\"}"))),
            JsonTo("penholder", HttpMethod.Post, "/api/resolutions", Gen.OneOf(BrokenJson, Json("{\"organ\": \"" + new string('o', 300) + "\"}"))),
            Gen.OneOf(
                Gen.Const(new BadRequest("penholder", HttpMethod.Post, "/api/resolutions/import", "text/plain", [])),
                Gen.Const(new BadRequest("penholder", HttpMethod.Post, "/api/resolutions/import", "text/plain", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0])),
                Gen.Const(new BadRequest("penholder", HttpMethod.Post, "/api/resolutions/import", "text/plain", [0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1])),
                Gen.Const(new BadRequest("penholder", HttpMethod.Post, "/api/resolutions/import", "application/pdf", Encoding.UTF8.GetBytes("%PDF-1.7"))),
                Gen.String[0, 200].Where(t => !t.Contains("The ", StringComparison.Ordinal)).Select(t => new BadRequest("penholder", HttpMethod.Post, "/api/resolutions/import", "text/markdown",
                    Encoding.UTF8.GetBytes("Distr.: General\n\n" + new string(t.Where(c => !char.IsLetter(c)).ToArray())))),
                Gen.Int[1, 9].Select(n => new BadRequest("penholder", HttpMethod.Post, "/api/resolutions/import", "text/markdown",
                    Encoding.UTF8.GetBytes($"The Security Council,\n\n*Recalling* {new string('r', 20_000 + n)},\n")))),
            JsonTo("drafter", HttpMethod.Put, s.Path($"/clauses/{pp}"), Gen.OneOf(BrokenJson, Json(
                "{\"text\": \"Recalling x,\"}", "{\"baseVersion\": 1}", "{\"text\": \"\", \"baseVersion\": 1}", "{\"text\": \"bell \\u0007\", \"baseVersion\": 1}",
                "{\"text\": \"Recalling y,\", \"baseVersion\": 7}", "{\"text\": \"" + longText + "\", \"baseVersion\": 1}",
                "{\"text\": \"Recalling z,\", \"baseVersion\": 1, \"opId\": \"" + new string('o', 101) + "\"}"))),
            JsonTo("drafter", HttpMethod.Put, s.Path("/clauses/no-such-clause"), Json("{\"text\": \"Recalling x,\", \"baseVersion\": 1}")),
            JsonTo("observer", HttpMethod.Put, s.Path($"/clauses/{op}"), Json("{\"text\": \"Requests x;\", \"baseVersion\": 1}")),
            JsonTo("drafter", HttpMethod.Post, s.Path("/clauses"), Gen.OneOf(BrokenJson, Json(
                "{\"text\": \"Noting x,\"}", "{\"kind\": \"banana\", \"text\": \"x\"}", "{\"kind\": \"subParagraph\", \"text\": \"x\"}",
                "{\"kind\": \"operative\", \"text\": \"x\", \"position\": -1}", "{\"kind\": \"preambular\", \"text\": \"   \"}",
                $"{{\"kind\": \"subParagraph\", \"parentId\": \"{pp}\", \"text\": \"Sub;\"}}", "{\"kind\": \"subParagraph\", \"parentId\": \"nope\", \"text\": \"Sub;\"}",
                $"{{\"kind\": \"preambular\", \"parentId\": \"{op}\", \"text\": \"x\"}}"))),
            JsonTo("drafter", HttpMethod.Post, s.Path($"/clauses/{op}/move"), Gen.OneOf(BrokenJson, Json("{}", "{\"position\": -3}", "{\"position\": \"first\"}"))),
            JsonTo("penholder", HttpMethod.Put, s.Path("/sponsors"), Gen.OneOf(BrokenJson, Json("{}", "[null]", "[{\"name\": \"\"}]", "[{\"name\": 5}]",
                "[{\"name\": \"France\"}, {\"name\": \"france\"}]", "[{\"name\": \"Chile\", \"role\": \"boss\"}]",
                "[{\"name\": \"Chile\", \"joined\": \"2020-05-01\", \"withdrawn\": \"2020-01-01\"}]"))),
            JsonTo("penholder", HttpMethod.Post, s.Path("/participants"), Gen.OneOf(BrokenJson, Json("{}", "{\"userName\": \"ghost\", \"role\": \"drafter\"}",
                "{\"userName\": \"outsider\", \"role\": \"king\"}", "{\"userName\": \"penholder\", \"role\": \"observer\"}"))),
            JsonTo("secretary", HttpMethod.Put, s.Path("/sponsors"), Json("[{\"name\": \"France\"}]")),
            JsonTo("observer", HttpMethod.Post, s.Path("/comments"), Gen.OneOf(BrokenJson, Json("{}", "{\"body\": \"no clause\"}",
                $"{{\"clauseId\": \"{pp}\", \"body\": \"\"}}", $"{{\"clauseId\": \"{pp}\", \"quote\": {{\"exact\": \"absent words\"}}, \"body\": \"x\"}}",
                "{\"parentId\": \"00000000-0000-0000-0000-000000000001\", \"body\": \"reply\"}", $"{{\"clauseId\": \"{pp}\", \"body\": \"x\", \"visibility\": \"secret\"}}"))),
            JsonTo("secretary", HttpMethod.Post, s.Path("/comments"), Json($"{{\"clauseId\": \"{pp}\", \"body\": \"x\"}}")));
    }

    [Fact]
    public async Task Malformed_requests_get_a_4xx_problem_and_leave_the_database_unchanged()
    {
        await using var scenario = await Scenario.CreateAsync();
        scenario.Clients["admin"] = await scenario.App.AdminAsync();
        var before = DatabaseSnapshot.Take(scenario.App.DatabaseFile);
        var statuses = new Dictionary<int, int>();

        Requests(scenario).Array[200].Sample(requests =>
        {
            foreach (var bad in requests)
            {
                using var message = new HttpRequestMessage(bad.Method, bad.Path) { Content = new ByteArrayContent(bad.Body) };
                message.Content.Headers.ContentType = new(bad.ContentType);
                using var response = scenario.Clients[bad.Who].SendAsync(message).GetAwaiter().GetResult();
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                Assert.True(status is >= 400 and < 500, $"{bad} → {status} {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
                if (status != 409)
                {
                    Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{bad} → {status} without ProblemDetails");
                }
            }
        }, seed: Seed, iter: 1, print: requests => string.Join("\n", requests));

        Assert.Equal(before, DatabaseSnapshot.Take(scenario.App.DatabaseFile));
        Assert.True(statuses.Count >= 5, "The generated requests should reach several kinds of refusal: " + string.Join(", ", statuses));
    }
}
