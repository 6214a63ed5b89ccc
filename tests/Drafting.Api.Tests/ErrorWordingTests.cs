using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Drafting.Api.Features.Clauses;
using Drafting.Api.Features.Comments;
using Drafting.Api.Features.Resolutions;

namespace Drafting.Api.Tests;

/// <summary>Errors speak the contract's words: the field, where it is, what it accepts; never a .NET type name.</summary>
public class ErrorWordingTests
{
    private static async Task<string> DetailOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.DoesNotContain("Drafting.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        return detail;
    }

    [Fact]
    public async Task A_bad_role_names_the_field_and_the_roles_there_are()
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.PostAsync(scenario.Path("/participants"),
            new StringContent("{\"userName\": \"outsider\", \"role\": \"boss\"}", Encoding.UTF8, "application/json"));
        var detail = await DetailOfAsync(response);
        Assert.Contains("role", detail, StringComparison.Ordinal);
        Assert.Contains("penholder", detail, StringComparison.Ordinal);
        Assert.Contains("observer", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_kind_of_value_names_the_field_and_its_line()
    {
        await using var scenario = await Scenario.CreateAsync();
        var clause = scenario.ClauseId("operative", 0);
        var response = await scenario.Clients["drafter"].PutAsync(scenario.Path($"/clauses/{clause}"),
            new StringContent("{\n  \"text\": \"Decides x;\",\n  \"baseVersion\": \"one\"\n}", Encoding.UTF8, "application/json"));
        var detail = await DetailOfAsync(response);
        Assert.Contains("baseVersion: expected a whole number", detail, StringComparison.Ordinal);
        Assert.Contains("line 3", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_says_so_and_where()
    {
        await using var scenario = await Scenario.CreateAsync();
        var response = await scenario.Penholder.PostAsync(scenario.Path("/participants"), new StringContent("{\"userName\": ", Encoding.UTF8, "application/json"));
        var detail = await DetailOfAsync(response);
        Assert.StartsWith("The body is not valid JSON (line 1", detail, StringComparison.Ordinal);
    }
}

/// <summary>The OpenAPI document tells client authors which fields they must send.</summary>
public class OpenApiContractTests
{
    [Theory]
    [InlineData("CredentialsRequest", "userName,password", "")]
    [InlineData("EditClauseRequest", "text,baseVersion", "opId")]
    [InlineData("AddParticipantRequest", "userName,role", "")]
    [InlineData("AddCommentRequest", "body", "clauseId,quote,visibility,parentId")]
    [InlineData("CreateUserRequest", "userName,password,displayName,organization", "isAdmin")]
    public async Task Required_and_optional_fields_are_marked_as_the_server_treats_them(string schema, string required, string optional)
    {
        await using var app = new DraftingApplication();
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var definition = document.GetProperty("components").GetProperty("schemas").GetProperty(schema);
        var marked = definition.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        foreach (var field in required.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(field, marked);
        }

        foreach (var field in optional.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain(field, marked);
        }
    }
}
