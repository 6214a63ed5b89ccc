using System.Reflection;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Hubs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Drafting.Api.Tests;

/// <summary>
/// Every endpoint of a resolution and every hub method is judged by a role-matrix test: one added without a row in
/// the matrix fails here, so the matrix stays complete as the contract grows.
/// </summary>
public class RoleMatrixCompletenessTests
{
    /// <summary>Endpoint (method and route pattern) → the matrix row that judges it.</summary>
    private static readonly Dictionary<string, string> Endpoints = new()
    {
        ["GET /api/resolutions/{id:guid}"] = "RoleMatrixTests: get resolution",
        ["GET /api/resolutions/{id:guid}/lint"] = "RoleMatrixTests: lint",
        ["GET /api/resolutions/{id:guid}/sponsors/"] = "RoleMatrixTests: list sponsors",
        ["PUT /api/resolutions/{id:guid}/sponsors/"] = "RoleMatrixTests: set sponsors",
        ["GET /api/resolutions/{id:guid}/participants/"] = "RoleMatrixTests: list participants",
        ["POST /api/resolutions/{id:guid}/participants/"] = "RoleMatrixTests: add participant",
        ["GET /api/resolutions/{id:guid}/comments/"] = "RoleMatrixTests: list comments",
        ["POST /api/resolutions/{id:guid}/comments/"] = "RoleMatrixTests: add comment",
        ["PATCH /api/resolutions/{id:guid}/comments/{commentId:guid}"] = "CommentTests: resolve is for the author or pen-holder",
        ["GET /api/resolutions/{id:guid}/export/{format}"] = "RoleMatrixTests: export md",
        ["PATCH /api/resolutions/{id:guid}/"] = "RoleMatrixTests: name draft",
        ["GET /api/resolutions/{id:guid}/names"] = "RoleMatrixTests: naming history",
        ["GET /api/resolutions/{id:guid}/participants/candidates"] = "RoleMatrixTests: participant candidates",
        ["PUT /api/resolutions/{id:guid}/clauses/{clauseId}"] = "RoleMatrixTests: edit clause",
        ["POST /api/resolutions/{id:guid}/clauses/"] = "RoleMatrixTests: insert clause",
        ["DELETE /api/resolutions/{id:guid}/clauses/{clauseId}"] = "RoleMatrixTests: delete clause",
        ["POST /api/resolutions/{id:guid}/clauses/{clauseId}/move"] = "RoleMatrixTests: move clause",
        ["GET /api/resolutions/{id:guid}/revisions/"] = "RoleMatrixTests: list revisions",
        ["POST /api/resolutions/{id:guid}/revisions/"] = "RoleMatrixTests: publish revision",
        ["GET /api/resolutions/{id:guid}/revisions/{number:int}"] = "RevisionTests: a published revision never changes",
        ["GET /api/resolutions/{id:guid}/stage/"] = "RoleMatrixTests: read stage",
        ["PUT /api/resolutions/{id:guid}/stage/"] = "RevisionTests: stage moves follow the lifecycle and the roles",
        ["GET /api/resolutions/{id:guid}/diff"] = "RevisionTests: the diff",
        ["GET /api/resolutions/{id:guid}/clauses/{clauseId}/history"] = "RoleMatrixTests: clause history",
        ["GET /api/resolutions/{id:guid}/mode/"] = "RoleMatrixTests: read mode",
        ["PUT /api/resolutions/{id:guid}/mode/"] = "RoleMatrixTests: set mode",
        ["GET /api/resolutions/{id:guid}/proposals/"] = "RoleMatrixTests: list proposals",
        ["GET /api/resolutions/{id:guid}/proposals/{proposalId:guid}"] = "ProposalTests: rejection carries its reason (read by the drafter)",
        ["POST /api/resolutions/{id:guid}/proposals/"] = "RoleMatrixTests: propose",
        ["POST /api/resolutions/{id:guid}/proposals/{proposalId:guid}/support"] = "NegotiationRoleMatrixTests: support proposal",
        ["POST /api/resolutions/{id:guid}/proposals/{proposalId:guid}/withdraw"] = "NegotiationRoleMatrixTests: withdraw proposal",
        ["POST /api/resolutions/{id:guid}/proposals/{proposalId:guid}/accept"] = "NegotiationRoleMatrixTests: accept proposal",
        ["GET /api/resolutions/{id:guid}/proposals/{proposalId:guid}/preview"] = "NegotiationRoleMatrixTests: preview proposal",
        ["POST /api/resolutions/{id:guid}/proposals/{proposalId:guid}/reject"] = "NegotiationRoleMatrixTests: reject proposal",
        ["GET /api/resolutions/{id:guid}/silence/"] = "RoleMatrixTests: read silence",
        ["GET /api/resolutions/{id:guid}/silences/"] = "RoleMatrixTests: list silences",
        ["POST /api/resolutions/{id:guid}/silence/"] = "NegotiationRoleMatrixTests: start silence",
        ["DELETE /api/resolutions/{id:guid}/silence/"] = "NegotiationRoleMatrixTests: withdraw silence",
        ["POST /api/resolutions/{id:guid}/silence/break"] = "NegotiationRoleMatrixTests: break silence",
        ["POST /api/resolutions/{id:guid}/word-review"] = "WordApiTests: word review is for drafters and pen-holders",
        ["GET /api/resolutions/{id:guid}/agreed-language"] = "LibraryApiTests: a paragraph with three words changed and two reordered is matched (403 for a non-participant)",
        ["GET /api/resolutions/{id:guid}/agreed-language/{clauseId}/history"] = "LibraryApiTests: a draft paragraph has the history of its closest adopted paragraph, then its own text (403 for a non-participant)",
    };

    /// <summary>Hub method → the test that judges who may call it.</summary>
    private static readonly Dictionary<string, string> HubMethods = new()
    {
        [nameof(DraftingHub.JoinResolution)] = "GuardedRulesTests: someone who takes no part can neither join nor catch up nor read presence",
        [nameof(DraftingHub.CatchUp)] = "GuardedRulesTests: someone who takes no part can neither join nor catch up nor read presence",
        [nameof(DraftingHub.GetPresence)] = "GuardedRulesTests: someone who takes no part can neither join nor catch up nor read presence",
        [nameof(DraftingHub.LeaveResolution)] = "HubTests: presence (leaving a group one is not in changes nothing)",
        [nameof(DraftingHub.SetFocus)] = "HubTests: presence (focus needs a join, which needs a role)",
        [nameof(DraftingHub.EditClause)] = "HubTests: observer edit through the hub is refused; ErrorCodeTests",
        [nameof(DraftingHub.AddComment)] = "HubTests: organization comments; CommentTests: secretaries cannot comment",
        [nameof(DraftingHub.Propose)] = "ProposalTests: in proposals mode drafters propose, observers are refused",
    };

    [Fact]
    public async Task Every_endpoint_that_requires_a_permission_names_its_resolution_by_a_guid_in_its_route()
    {
        await using var app = new DraftingApplication();
        using var _ = app.CreateClient();
        var guarded = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<Model.Participants.Permission>().Any())
            .ToList();
        Assert.NotEmpty(guarded);
        var unconstrained = guarded.Where(e => e.RoutePattern.ParameterPolicies.GetValueOrDefault("id") is not [{ Content: "guid" }]).Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(unconstrained.Count == 0, "Endpoints requiring a permission without {id:guid}:\n" + string.Join("\n", unconstrained));
    }

    [Fact]
    public void Reading_the_callers_role_where_no_permission_was_required_is_a_programming_error_named_as_such()
    {
        var unguarded = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        var error = Assert.Throws<InvalidOperationException>(() => ResolutionAccess.Role(unguarded));
        Assert.Equal("RequirePermission did not run for this endpoint.", error.Message);
    }

    [Fact]
    public async Task Every_endpoint_of_a_resolution_has_a_row_in_the_role_matrix()
    {
        await using var app = new DraftingApplication();
        using var _ = app.CreateClient();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/resolutions/{id", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => $"{method} {e.RoutePattern.RawText}"))
            .Distinct()
            .ToList();
        var missing = routes.Where(r => !Endpoints.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a role-matrix row:\n" + string.Join("\n", missing));
        Assert.Empty(Endpoints.Keys.Except(routes));
    }

    [Fact]
    public void Every_hub_method_has_a_role_test()
    {
        var methods = typeof(DraftingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name != nameof(DraftingHub.OnDisconnectedAsync))
            .Select(m => m.Name)
            .ToHashSet();
        var missing = methods.Where(m => !HubMethods.ContainsKey(m)).ToList();
        Assert.True(missing.Count == 0, "Hub methods without a role test: " + string.Join(", ", missing));
        Assert.Empty(HubMethods.Keys.Except(methods));
    }
}
